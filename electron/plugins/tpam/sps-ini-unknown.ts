import { iniProblem, type SpsIniProblem } from './sps-ini-message';
import { KNOWN_OPTIONS } from './sps-ini-options';
import { DEFAULT_SECTION, type IniDocument } from './sps-ini-parse';
import type { SpsIniReader } from './sps-ini-reader';
import { closestName } from './sps-ini-suggest';

/**
 * Every section and option the TPAM plugin does not read, so nothing in the file disappears
 * unnoticed: one warning each, at its line, with the name it most likely should have been
 * (`sever_port` → "did you mean server_port?", `log_level` in [tpam] → "it belongs in [plugin]").
 */
export function unknownOptionWarnings(document: IniDocument, reader: SpsIniReader): SpsIniProblem[] {
  const warnings: SpsIniProblem[] = [];
  const usedInReferences = (section: string, option: string) => reader.referenced.get(section)?.has(option) === true;
  const referencedAnywhere = (option: string) => [...reader.referenced.values()].some((names) => names.has(option));

  for (const section of document.sections.values()) {
    const known = KNOWN_OPTIONS.get(section.name);
    if (!known) {
      const guess = closestName(section.name, KNOWN_OPTIONS.keys());
      const hint = guess
        ? ` (did you mean [${guess}]?${guess === section.name.toLowerCase() ? ' Section names are case-sensitive.' : ''})`
        : '';
      const names = [...section.options.keys()];
      warnings.push(
        iniProblem(
          { line: section.line },
          `section [${section.name}] is not used by the TPAM plugin${hint}; ${names.length === 0 ? 'it is empty' : `not imported: ${names.join(', ')}`}.`,
        ),
      );
      continue;
    }
    for (const option of section.options.values()) {
      if (known.has(option.name)) continue;
      const place = { line: option.line, section: section.name, option: option.name };
      if (usedInReferences(section.name, option.name)) {
        warnings.push(
          iniProblem(
            place,
            `not a TPAM plugin option; it is used only in %(${option.name})s references and is not imported.`,
          ),
        );
      } else {
        warnings.push(
          iniProblem(place, `not a TPAM plugin option${suggestion(section.name, option.name)}; it is not imported.`),
        );
      }
    }
  }
  for (const option of document.defaults.values()) {
    const readAsSetting = [...KNOWN_OPTIONS.entries()].some(
      ([section, known]) => known.has(option.name) && document.sections.has(section),
    );
    if (readAsSetting || referencedAnywhere(option.name)) continue;
    warnings.push(
      iniProblem(
        { line: option.line, section: DEFAULT_SECTION, option: option.name },
        'not a TPAM plugin option and no option refers to it; it is not imported.',
      ),
    );
  }
  return warnings;
}

/** ` (did you mean server_port?)`, ` (it belongs in [plugin])` or nothing. */
function suggestion(section: string, option: string): string {
  const home = [...KNOWN_OPTIONS.entries()].find(([name, known]) => name !== section && known.has(option));
  if (home) return ` here (it belongs in [${home[0]}])`;
  const guess = closestName(option, KNOWN_OPTIONS.get(section) ?? []);
  return guess ? ` (did you mean ${guess}?)` : '';
}
