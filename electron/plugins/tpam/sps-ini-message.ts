/**
 * How a problem in an SPS ini is worded: where it is first (the line number, the [section] and the
 * option), then what is wrong in plain words, e.g.
 * `Line 7, [tpam] server_port: "abc" is not a whole number.` One problem is one line, so a list of
 * them reads (and greps) line by line.
 */

/** Shown instead of the value of a secret option: an error message must never carry a key. */
export const REDACTED = '<redacted>';

/** Where a problem is; any part may be unknown (a missing option has no line). */
export interface IniPlace {
  line?: number;
  section?: string;
  option?: string;
}

/** One problem found in an ini file: the worded message plus where it is, for the form to point at. */
export interface SpsIniProblem extends IniPlace {
  message: string;
}

export function iniProblem(place: IniPlace, text: string): SpsIniProblem {
  return { ...definedOnly(place), message: `${placeText(place)}${text}` };
}

/** `Line 7, [tpam] server: ` / `Line 7: ` / `[tpam] server: ` */
export function placeText({ line, section, option }: IniPlace): string {
  const what = section === undefined ? '' : option === undefined ? `[${section}]` : `[${section}] ${option}`;
  if (line !== undefined) return what ? `Line ${line}, ${what}: ` : `Line ${line}: `;
  return what ? `${what}: ` : '';
}

/** A value in a message: quoted, on one line, long ones cut. */
export function quoted(value: string): string {
  const oneLine = value.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  return `"${oneLine.length > 120 ? `${oneLine.slice(0, 120)}…` : oneLine}"`;
}

/** `a, b or c`, as a sentence lists choices. */
export function choiceList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function definedOnly(place: IniPlace): IniPlace {
  return Object.fromEntries(Object.entries(place).filter(([, v]) => v !== undefined)) as IniPlace;
}
