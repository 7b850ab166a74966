import { iniProblem, quoted, type SpsIniProblem } from './sps-ini-message';

/**
 * Reads ini text the way SPS does: the SDK hands it to Python's `configparser.ConfigParser()`
 * with the standard library defaults. Reproduced here line by line because
 * the details decide what an SPS administrator's file means:
 * - `#` and `;` start full-line comments only (after any indentation); an inline `; x` stays in the value;
 * - option names are lower-cased, section names are case-sensitive, `=` or `:` separates;
 * - values are stripped; a line indented deeper than its option line continues the value (joined
 *   with `\n`); blank lines inside a value are kept, trailing ones dropped;
 * - `[DEFAULT]` holds values visible in every section;
 * - a repeated section or option, an option before any section, or a line that is neither an
 *   option nor a section header is an error.
 * Values are returned raw: `%(name)s` interpolation happens on read (sps-ini-interpolate.ts).
 */

export const DEFAULT_SECTION = 'DEFAULT';

export interface IniOption {
  /** Lower-cased, as configparser's `optionxform` stores it. */
  name: string;
  /** The raw (uninterpolated) value. */
  value: string;
  /** 1-based line of the option's first line. */
  line: number;
}

export interface IniSection {
  name: string;
  line: number;
  options: Map<string, IniOption>;
}

export interface IniDocument {
  defaults: Map<string, IniOption>;
  /** In file order. */
  sections: Map<string, IniSection>;
}

export interface IniParseResult {
  document: IniDocument;
  /** Syntax errors, each naming its line; empty when the text is usable. */
  errors: SpsIniProblem[];
}

const COMMENT_PREFIXES = ['#', ';'];
/** configparser's SECTCRE, matched at the start of the stripped line (not anchored at the end). */
const SECTION_HEADER = /^\[(.+)\]/;
/** configparser's OPTCRE: the option name is everything before the first `=` or `:`. */
const OPTION_LINE = /^(.*?)\s*([=:])\s*(.*)$/;

interface OpenOption {
  option: IniOption;
  lines: string[];
}

export function parseIni(text: string): IniParseResult {
  const document: IniDocument = { defaults: new Map(), sections: new Map() };
  const errors: SpsIniProblem[] = [];
  let current: Map<string, IniOption> | null = null;
  let currentName = '';
  let open: OpenOption | null = null;
  let indentLevel = 0;
  let reportedMissingHeader = false;
  const finished: OpenOption[] = [];

  // Python reads the string through StringIO, which splits on \n only; strip() then removes a \r.
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const stripped = rawLine.trim();
    const isComment = COMMENT_PREFIXES.some((p) => stripped.startsWith(p));
    if (stripped === '' || isComment) {
      // A blank line inside a value is part of it; a comment line is not, and neither ends it.
      if (!isComment && open) open.lines.push('');
      return;
    }
    const indent = rawLine.search(/\S/);
    if (current && open && indent > indentLevel) {
      open.lines.push(stripped);
      return;
    }
    indentLevel = indent;
    const header = SECTION_HEADER.exec(stripped);
    if (header) {
      const name = header[1] ?? '';
      open = null;
      if (name === DEFAULT_SECTION) {
        current = document.defaults;
      } else {
        const first = document.sections.get(name);
        if (first) {
          errors.push(
            iniProblem(
              { line: lineNo },
              `section [${name}] appears a second time (first at line ${first.line}); write each section once.`,
            ),
          );
        }
        const section = document.sections.get(name) ?? { name, line: lineNo, options: new Map<string, IniOption>() };
        document.sections.set(name, section);
        current = section.options;
      }
      currentName = name;
      return;
    }
    if (!current) {
      if (!reportedMissingHeader) {
        errors.push(
          iniProblem(
            { line: lineNo },
            `${quoted(stripped)} comes before any [section] header; put options under [tpam] or [plugin].`,
          ),
        );
        reportedMissingHeader = true;
      }
      return;
    }
    const option = OPTION_LINE.exec(stripped);
    const name = option?.[1]?.trimEnd().toLowerCase() ?? '';
    if (!option || name === '') {
      errors.push(
        iniProblem(
          { line: lineNo, section: currentName },
          `${quoted(stripped)} is neither an option (name = value) nor a [section] header.`,
        ),
      );
      open = null;
      return;
    }
    const earlier = current.get(name);
    if (earlier) {
      errors.push(
        iniProblem(
          { line: lineNo, section: currentName, option: name },
          `the option appears a second time in this section (first at line ${earlier.line}); write it once.`,
        ),
      );
    }
    const entry: IniOption = { name, value: '', line: lineNo };
    current.set(name, entry);
    open = { option: entry, lines: [(option[3] ?? '').trim()] };
    finished.push(open);
  });

  for (const { option, lines: valueLines } of finished) {
    option.value = valueLines.join('\n').trimEnd();
  }
  return { document, errors };
}
