import { iniProblem, quoted, type IniPlace, type SpsIniProblem } from './sps-ini-message';

/**
 * configparser's BasicInterpolation, applied when an option is read:
 * `%(name)s` is replaced by option `name` (lower-cased) of the same section or of [DEFAULT];
 * `%%` is a literal `%`; any other `%` is an error. Referenced values are interpolated in turn,
 * to at most 10 levels as in Python (MAX_INTERPOLATION_DEPTH); a reference back to an option
 * already being expanded is reported as a loop, which Python reports as too deep.
 *
 * Two bounds Python does not have keep a hostile file from blocking the process ("billion laughs":
 * ten levels of options that each name the next one ten times expand 10^10 times from a few hundred
 * bytes): one value expands to at most MAX_EXPANDED_LENGTH characters and uses at most
 * MAX_EXPANSIONS references in all, counting nested ones. A real SPS configuration uses a handful.
 */

export const MAX_INTERPOLATION_DEPTH = 10;
/** 64 KiB: far more than any setting (a known_hosts list or a PEM key is a few KiB). */
export const MAX_EXPANDED_LENGTH = 64 * 1024;
/** References substituted while reading one value, nested ones included. */
export const MAX_EXPANSIONS = 1000;

const REFERENCE = /%\(([^)]+)\)s/y;

export interface InterpolationTarget extends IniPlace {
  section: string;
  option: string;
  /** The raw value of the option being read. */
  raw: string;
  /** A secret: messages show neither its value nor any part of it. */
  secret: boolean;
}

export type InterpolationResult = { ok: true; value: string } | { ok: false; error: SpsIniProblem };

/**
 * `lookup` gives the raw value of a (lower-cased) name visible from the section, or undefined;
 * `onReference` hears each name used, so unused [DEFAULT] values can be reported.
 */
export function interpolate(
  target: InterpolationTarget,
  lookup: (name: string) => string | undefined,
  onReference: (name: string) => void = () => {},
): InterpolationResult {
  const out: string[] = [];
  let length = 0;
  let expansions = 0;
  const place: IniPlace = { line: target.line, section: target.section, option: target.option };
  const problem = (text: string) => iniProblem(place, text);
  const at = (text: string) => (target.secret ? '' : ` (at ${quoted(text)})`);

  const emit = (text: string): SpsIniProblem | null => {
    length += text.length;
    if (length > MAX_EXPANDED_LENGTH) {
      return problem(
        `the %(name)s references make the value longer than ${MAX_EXPANDED_LENGTH} characters (64 KiB), the most the ECM reads; check the references, one of them probably repeats an option many times.`,
      );
    }
    out.push(text);
    return null;
  };

  function expand(text: string, chain: string[]): SpsIniProblem | null {
    if (chain.length > MAX_INTERPOLATION_DEPTH) {
      return problem(
        `the %(name)s references are nested more than ${MAX_INTERPOLATION_DEPTH} deep (${chain.join(' -> ')}).`,
      );
    }
    let i = 0;
    while (i < text.length) {
      const p = text.indexOf('%', i);
      if (p < 0) return emit(text.slice(i));
      const plain = emit(text.slice(i, p));
      if (plain) return plain;
      const next = text.charAt(p + 1);
      if (next === '%') {
        const percent = emit('%');
        if (percent) return percent;
        i = p + 2;
        continue;
      }
      if (next !== '(')
        return problem(`a "%" is not followed by "%" or "("${at(text.slice(p))}; write %% for a literal %.`);
      REFERENCE.lastIndex = p;
      const match = REFERENCE.exec(text);
      if (!match) return problem(`a reference is not written %(name)s${at(text.slice(p))}.`);
      i = p + match[0].length;
      const name = (match[1] ?? '').toLowerCase();
      onReference(name);
      expansions += 1;
      if (expansions > MAX_EXPANSIONS) {
        return problem(
          `the value uses more than ${MAX_EXPANSIONS} %(name)s references (nested ones counted), the most the ECM follows; check the references, one of them probably repeats an option many times.`,
        );
      }
      const referenced = lookup(name);
      if (referenced === undefined)
        return problem(`%(${name})s names an option that is neither in [${target.section}] nor in [DEFAULT].`);
      if (chain.includes(name))
        return problem(`the %(name)s references form a loop (${[...chain, name].join(' -> ')}).`);
      const error = referenced.includes('%') ? expand(referenced, [...chain, name]) : emit(referenced);
      if (error) return error;
    }
    return null;
  }

  const error = expand(target.raw, [target.option]);
  return error ? { ok: false, error } : { ok: true, value: out.join('') };
}
