import { interpolate } from './sps-ini-interpolate';
import { spsProblem, type SpsIniProblem } from './sps-ini-message';
import type { IniDocument } from './sps-ini-parse';

/**
 * Typed reads of a parsed ini with the SPS SDK's `PluginConfiguration` semantics (tpam-cli.md §6.1):
 * `has` is configparser's `has_option` (a [DEFAULT] value counts only if the section exists),
 * values are interpolated on read, `$` means "from the credential store" and `$$` is a literal `$`,
 * booleans are `yes`/`no` in any case, integers are what Python's `int()` accepts. Problems are
 * collected (every one is reported at once) in the SDK's message format.
 */

/** The draft value that keeps the secret already sealed in the ECM's store. */
export type KeepStored = { stored: true };

/** Python `int()` on a stripped string: optional sign, digits, single underscores between digits. */
const PYTHON_INT = /^[+-]?\d+(?:_\d+)*$/;

export interface ReadOptions {
  /** The option is a secret: `$` is allowed (kept stored) and its value never appears in a message. */
  secret?: boolean;
}

export class SpsIniReader {
  readonly errors: SpsIniProblem[] = [];
  /** Lower-cased names used in `%(name)s` references, per section ([DEFAULT] names appear under every section that used them). */
  readonly referenced = new Map<string, Set<string>>();

  constructor(private readonly document: IniDocument) {}

  /** configparser `has_option`: a missing section has no options, not even [DEFAULT]'s. */
  has(section: string, option: string): boolean {
    const s = this.document.sections.get(section);
    if (!s) return false;
    return s.options.has(option) || this.document.defaults.has(option);
  }

  /** The interpolated value; `$` → `{ stored: true }` for secrets; undefined when absent or on error (recorded). */
  get(section: string, option: string, opts: ReadOptions = {}): string | KeepStored | undefined {
    const raw = this.rawValue(section, option);
    if (raw === undefined) return undefined;
    const used = this.referenced.get(section) ?? new Set<string>();
    this.referenced.set(section, used);
    const result = interpolate({ section, option, raw, secret: opts.secret === true }, (name) => this.rawValue(section, name), (name) => used.add(name));
    if (!result.ok) {
      this.errors.push(result.error);
      return undefined;
    }
    if (result.value === '$') {
      if (opts.secret) return { stored: true };
      this.errors.push(
        spsProblem('Configuration setting is taken from the SPS credential store ($), which the ECM cannot read; write the value itself', { option, section, value: '$' }),
      );
      return undefined;
    }
    return result.value === '$$' ? '$' : result.value;
  }

  /** Like `get` for a plain text option; a required one must be present and not empty. */
  getText(section: string, option: string, required: boolean): string | undefined {
    if (required && !this.has(section, option)) {
      this.errors.push(spsProblem('Required configuration setting missing', { option, section }));
      return undefined;
    }
    const value = this.get(section, option);
    if (typeof value !== 'string') return undefined;
    // The SDK accepts `server =` as present; the ECM cannot connect without a value, so it says so now.
    if (required && value.trim() === '') {
      this.errors.push(spsProblem('Required configuration setting is empty', { option, section }));
      return undefined;
    }
    return value;
  }

  /** SDK `getint`. */
  getInt(section: string, option: string): number | undefined {
    const value = this.get(section, option);
    if (typeof value !== 'string') return undefined;
    if (!PYTHON_INT.test(value)) {
      this.errors.push(spsProblem('Configuration setting is not an integer', { option, section, value }));
      return undefined;
    }
    return Number(value.replace(/_/g, ''));
  }

  /** SDK `getboolean`: `getienum(('yes', 'no'))`, i.e. yes/no in any case and nothing else. */
  getYesNo(section: string, option: string): boolean | undefined {
    const value = this.getChoice(section, option, ['yes', 'no']);
    return value === undefined ? undefined : value === 'yes';
  }

  /** SDK `getienum`: lower-cased, one of `choices`; the message shows the Python tuple. */
  getChoice<T extends string>(section: string, option: string, choices: readonly T[]): T | undefined {
    const value = this.get(section, option);
    if (typeof value !== 'string') return undefined;
    const lower = value.toLowerCase();
    if ((choices as readonly string[]).includes(lower)) return lower as T;
    this.errors.push(spsProblem(`Configuration setting is not one of ${pythonTuple(choices)}`, { option, section, value: lower }));
    return undefined;
  }

  private rawValue(section: string, option: string): string | undefined {
    const s = this.document.sections.get(section);
    if (!s) return undefined;
    return (s.options.get(option) ?? this.document.defaults.get(option))?.value;
  }
}

/** `('yes', 'no')`, as Python prints a tuple of strings. */
export function pythonTuple(items: readonly string[]): string {
  return items.length === 1 ? `('${items[0]}',)` : `(${items.map((i) => `'${i}'`).join(', ')})`;
}
