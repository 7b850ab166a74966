import { REDACTED, spsProblem, type SpsIniProblem, type SpsMessageVars } from './sps-ini-message';

/**
 * configparser's BasicInterpolation, applied when an option is read (tpam-cli.md §6.1):
 * `%(name)s` is replaced by option `name` (lower-cased) of the same section or of [DEFAULT];
 * `%%` is a literal `%`; any other `%` is an error. Referenced values are interpolated in turn,
 * to at most 10 levels as in Python (MAX_INTERPOLATION_DEPTH); a reference back to an option
 * already being expanded is reported as a loop, which Python reports as too deep.
 */

export const MAX_INTERPOLATION_DEPTH = 10;

const REFERENCE = /^%\(([^)]+)\)s/;

export interface InterpolationTarget {
  section: string;
  option: string;
  /** The raw value of the option being read (for messages). */
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
  const vars = { option: target.option, section: target.section, value: target.secret ? REDACTED : target.raw };
  const where = (text: string): SpsMessageVars => (target.secret ? {} : { found: text });

  function expand(rest: string, chain: string[]): SpsIniProblem | null {
    if (chain.length > MAX_INTERPOLATION_DEPTH) {
      return spsProblem('Configuration setting nests interpolation references too deeply', { ...vars, chain: chain.join(' -> ') });
    }
    let text = rest;
    // Each pass consumes at least one character, so the loop ends.
    while (text.length > 0) {
      const p = text.indexOf('%');
      if (p < 0) {
        out.push(text);
        return null;
      }
      out.push(text.slice(0, p));
      text = text.slice(p);
      const next = text.charAt(1);
      if (next === '%') {
        out.push('%');
        text = text.slice(2);
        continue;
      }
      if (next !== '(') {
        return spsProblem("Configuration setting has a '%' that is not followed by '%' or '(' (write %% for a literal %)", { ...vars, ...where(text) });
      }
      const match = REFERENCE.exec(text);
      if (!match) {
        return spsProblem('Configuration setting has a bad interpolation reference (expected %(name)s)', { ...vars, ...where(text) });
      }
      const name = (match[1] ?? '').toLowerCase();
      text = text.slice(match[0].length);
      onReference(name);
      const referenced = lookup(name);
      if (referenced === undefined) {
        return spsProblem('Configuration setting refers to an option that does not exist', { ...vars, reference: name });
      }
      if (chain.includes(name)) {
        return spsProblem('Configuration setting has an interpolation loop', { ...vars, chain: [...chain, name].join(' -> ') });
      }
      if (referenced.includes('%')) {
        const error = expand(referenced, [...chain, name]);
        if (error) return error;
      } else {
        out.push(referenced);
      }
    }
    return null;
  }

  const error = expand(target.raw, [target.option]);
  return error ? { ok: false, error } : { ok: true, value: out.join('') };
}
