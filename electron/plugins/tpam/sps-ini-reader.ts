import { keepStored, type KeepStoredSecret } from '../../../shared/plugin/secret-values';
import { interpolate } from './sps-ini-interpolate';
import { choiceList, iniProblem, quoted, type IniPlace, type SpsIniProblem } from './sps-ini-message';
import type { IniDocument, IniOption } from './sps-ini-parse';
import { closestName } from './sps-ini-suggest';

/**
 * Typed reads of a parsed ini with the SPS SDK's `PluginConfiguration` semantics:
 * `has` is configparser's `has_option` (a [DEFAULT] value counts only if the section exists),
 * values are interpolated on read, `$` means "from the credential store" and `$$` is a literal `$`,
 * booleans are `yes`/`no` in any case, integers are what Python's `int()` accepts. Problems are
 * collected (every one is reported at once), each naming its line.
 */

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

  /** `secretOptions`: names whose value no other option may take in through a reference (it would then appear in messages). */
  constructor(
    private readonly document: IniDocument,
    private readonly secretOptions: ReadonlySet<string> = new Set(),
  ) {}

  /** configparser `has_option`: a missing section has no options, not even [DEFAULT]'s. */
  has(section: string, option: string): boolean {
    return this.option(section, option) !== undefined;
  }

  /** Where an option is (its line, in the section or in [DEFAULT]); without a line when absent. */
  place(section: string, option: string): IniPlace {
    const line = this.option(section, option)?.line;
    return line === undefined ? { section, option } : { line, section, option };
  }

  /** Records a problem of a present option, at its line. */
  problem(section: string, option: string, text: string): void {
    this.errors.push(iniProblem(this.place(section, option), text));
  }

  /** Records that a required option is absent, saying whether its section is there at all. */
  missing(section: string, option: string): void {
    const s = this.document.sections.get(section);
    const near = s ? null : closestName(section, this.document.sections.keys());
    const noSection = `the file has no [${section}] section${near ? ` (it has [${near}]: section names must be written exactly)` : ''}`;
    this.errors.push(
      iniProblem(
        { section, option },
        `missing; this option is required${s ? ` (section [${section}] starts at line ${s.line})` : ` and ${noSection}`}.`,
      ),
    );
  }

  /** The interpolated value; `$` → `{ stored: true }` for secrets; undefined when absent or on error (recorded). */
  get(section: string, option: string, opts: ReadOptions = {}): string | KeepStoredSecret | undefined {
    const found = this.option(section, option);
    if (found === undefined) return undefined;
    const used = this.referenced.get(section) ?? new Set<string>();
    this.referenced.set(section, used);
    let secretReference: string | null = null;
    const result = interpolate(
      { section, option, line: found.line, raw: found.value, secret: opts.secret === true },
      // A plain option never takes in a secret: its value is shown in messages and on screen.
      (name) =>
        !opts.secret && this.secretOptions.has(name)
          ? ((secretReference = name), undefined)
          : this.option(section, name)?.value,
      (name) => used.add(name),
    );
    if (secretReference !== null) {
      this.problem(
        section,
        option,
        `%(${secretReference})s refers to a secret, which may not be copied into another option; write the value itself.`,
      );
      return undefined;
    }
    if (!result.ok) {
      this.errors.push(result.error);
      return undefined;
    }
    if (result.value === '$') {
      if (opts.secret) return keepStored();
      this.problem(
        section,
        option,
        '$ means "read it from the SPS credential store", which the ECM cannot read; write the value itself.',
      );
      return undefined;
    }
    return result.value === '$$' ? '$' : result.value;
  }

  /** Like `get` for a plain text option; a required one must be present and not empty. */
  getText(section: string, option: string, required: boolean): string | undefined {
    if (required && !this.has(section, option)) {
      this.missing(section, option);
      return undefined;
    }
    const value = this.get(section, option);
    if (typeof value !== 'string') return undefined;
    // The SDK accepts `server =` as present; the ECM cannot connect without a value, so it says so now.
    if (required && value.trim() === '') {
      this.problem(section, option, 'empty; this option is required.');
      return undefined;
    }
    return value;
  }

  /** SDK `getint`. */
  getInt(section: string, option: string): number | undefined {
    const value = this.get(section, option);
    if (typeof value !== 'string') return undefined;
    if (!PYTHON_INT.test(value)) {
      this.problem(section, option, `${quoted(value)} is not a whole number.`);
      return undefined;
    }
    return Number(value.replace(/_/g, ''));
  }

  /** SDK `getboolean`: `getienum(('yes', 'no'))`, i.e. yes/no in any case and nothing else. */
  getYesNo(section: string, option: string): boolean | undefined {
    const value = this.getChoice(section, option, ['yes', 'no']);
    return value === undefined ? undefined : value === 'yes';
  }

  /** SDK `getienum`: lower-cased, one of `choices`. */
  getChoice<T extends string>(section: string, option: string, choices: readonly T[]): T | undefined {
    const value = this.get(section, option);
    if (typeof value !== 'string') return undefined;
    const lower = value.toLowerCase();
    if ((choices as readonly string[]).includes(lower)) return lower as T;
    this.problem(section, option, `${quoted(value)} is not allowed; write ${choiceList(choices)}.`);
    return undefined;
  }

  private option(section: string, option: string): IniOption | undefined {
    const s = this.document.sections.get(section);
    if (!s) return undefined;
    return s.options.get(option) ?? this.document.defaults.get(option);
  }
}
