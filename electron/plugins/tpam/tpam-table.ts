import { EcmError } from '../../../shared/errors';

/**
 * The shape of TPAM CLI list output: a header row of column names, then one
 * TAB-separated row per object, CRLF line ends (LF accepted too); or the single line
 * `No <Things> to list` when nothing matches; or TPAM's help text (`Usage: …`) when it did not
 * accept the command line. Cells are kept as sent; `get` trims them because TPAM left-pads
 * numbers with spaces (`        90`). A header may end with an extra TAB (seen in one TPAM version).
 */

export interface TpamRow {
  /** The cells as sent (line end removed). */
  readonly cells: readonly string[];
  /** The cell under the first column called `name` (exact, case-sensitive), trimmed; undefined if there is no such column. */
  get(name: string): string | undefined;
  /** The cell at `index`, trimmed; '' past the end of the row (TPAM drops empty trailing cells in some versions). */
  at(index: number): string;
  /** The cell under `name` as an integer (padding allowed); null when absent, empty or not a number. */
  getNumber(name: string): number | null;
}

export type TpamTable =
  | { kind: 'empty'; /** e.g. `No Systems to list` */ message: string }
  | { kind: 'rows'; header: readonly string[]; rows: readonly TpamRow[] };

const NOTHING_TO_LIST = /^No .+ to list$/;

/** The text's lines without line ends; a trailing empty line (after the last CRLF) is not a line. */
export function outputLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Throws EcmError 'PROTOCOL' quoting TPAM's words when the output is its help text. */
export function assertNotUsageText(text: string, command: string): void {
  if (!/(^|\n)\s*Usage:/.test(text)) return;
  const first =
    outputLines(text)
      .find((l) => l.includes('Usage:'))
      ?.trim() ?? 'Usage:';
  throw new EcmError({
    code: 'PROTOCOL',
    message: `TPAM did not accept the ${command} command line and answered with its help text: "${first}".`,
    hint: 'The TPAM version may name this option differently; compare the help text with the command sent.',
    serverText: text.trim(),
  });
}

/** Parses list output of `command` (used in messages). */
export function parseTpamTable(text: string, command: string): TpamTable {
  assertNotUsageText(text, command);
  const lines = outputLines(text);
  const headerLine = lines[0];
  if (headerLine === undefined || headerLine.trim() === '') {
    throw new EcmError({ code: 'PROTOCOL', message: `TPAM answered ${command} with no output.`, serverText: text });
  }
  if (NOTHING_TO_LIST.test(headerLine.trim())) return { kind: 'empty', message: headerLine.trim() };
  // TPAM ends every line with CRLF: a table whose last line has no end was cut off on the way.
  if (!/\n$/.test(text)) {
    throw new EcmError({
      code: 'PROTOCOL',
      message: `TPAM's answer to ${command} was cut off in the middle of a line.`,
      hint: "The TPAM CLI or the connection stopped early; try again, and check TPAM's health if it repeats.",
      serverText: text.slice(-200),
    });
  }

  // Blank lines between or after rows carry no object (the SPS plugin would crash on them).
  const dataLines = lines.slice(1).filter((line) => line.trim() !== '');
  // Every TPAM list has many tab-separated columns: a first line without a tab is a sentence
  // (an error, a banner), never a header, whatever follows it.
  if (!headerLine.includes('\t')) {
    // Not a table: an error sentence such as "… not authorized …".
    throw new EcmError({
      code: 'PROTOCOL',
      message: `TPAM answered ${command} with "${headerLine.trim()}" instead of a list.`,
      serverText: text.trim(),
    });
  }
  const header = headerLine.split('\t');
  while (header.length > 0 && header.at(-1) === '') header.pop();
  const columns = new Map<string, number>();
  header.forEach((name, index) => {
    if (!columns.has(name)) columns.set(name, index);
  });
  return { kind: 'rows', header, rows: dataLines.map((line) => makeRow(line.split('\t'), columns)) };
}

function makeRow(cells: string[], columns: ReadonlyMap<string, number>): TpamRow {
  const at = (index: number) => (cells[index] ?? '').trim();
  const get = (name: string) => {
    const index = columns.get(name);
    return index === undefined ? undefined : at(index);
  };
  return {
    cells,
    at,
    get,
    getNumber(name) {
      const text = get(name);
      return text !== undefined && /^-?\d+$/.test(text) ? Number(text) : null;
    },
  };
}

/** The rows of a table, [] for `No … to list`. */
export function tableRows(table: TpamTable): readonly TpamRow[] {
  return table.kind === 'empty' ? [] : table.rows;
}
