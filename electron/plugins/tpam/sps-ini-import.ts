import { EcmError } from '../../../shared/errors';
import type { DraftValue, DraftValues } from '../../../shared/ipc/payload-schemas';
import type { SettingField } from '../../../shared/plugin/settings-schema';
import { validateField } from '../../../shared/plugin/settings-validation';
import { spsProblem, type SpsIniProblem } from './sps-ini-message';
import {
  KNOWN_OPTIONS,
  LEGACY_CREDENTIAL_STORE_SECTION,
  LEGACY_LOGGING_SECTION,
  PLUGIN_SECTION,
  SUPPORTED_CONFIG_VERSION,
  TPAM_SECTION,
} from './sps-ini-options';
import { DEFAULT_SECTION, parseIni, type IniDocument } from './sps-ini-parse';
import { SpsIniReader, pythonTuple } from './sps-ini-reader';
import { TPAM_LOG_LEVELS, tpamLogLevelOf } from './tpam-log-level';
import { TPAM_SETTINGS } from './tpam-settings';

/**
 * Import of an SPS TPAM plugin configuration into the ECM's TPAM settings.
 *
 * Missing optional options take the plugin's defaults (that is what SPS would use), so every
 * non-secret setting is in `values`. A secret written as `$` lives in SPS's credential store,
 * which the ECM cannot read: it comes back as `{ stored: true }` ("keep what the ECM has sealed"),
 * as does a missing `server_user_key` (the SPS plugin never reads it from the ini anyway).
 * Every problem is reported at once; options the plugin does not know become warnings.
 */
export interface SpsIniImport {
  values: DraftValues;
  warnings: string[];
  /** [plugin] config_version, or null when not given. */
  configVersion: number | null;
  /** [plugin] cred_store (or legacy [credential_store] name): the SPS store behind the `$` values. */
  credStore: string | null;
}

export function importSpsIni(text: string): SpsIniImport {
  const parsed = parseIni(text);
  if (parsed.errors.length > 0) throw importError(parsed.errors);
  const document = parsed.document;
  const reader = new SpsIniReader(document);
  const warnings: string[] = [];

  const values: DraftValues = {};
  for (const field of TPAM_SETTINGS) {
    const value = field.key === 'log_level' ? readLogLevel(reader, warnings) : readField(reader, field, warnings);
    if (value !== undefined) values[field.key] = value;
  }
  const configVersion = readConfigVersion(reader);
  const credStore = readCredStore(reader, warnings);
  warnings.push(...unknownOptionWarnings(document, reader));

  if (reader.errors.length > 0) throw importError(reader.errors);
  return { values, warnings, configVersion, credStore };
}

function readField(reader: SpsIniReader, field: SettingField, warnings: string[]): DraftValue | undefined {
  const option = field.key;
  const section = TPAM_SECTION;
  const present = reader.has(section, option);
  if (field.type === 'secret') return readSecret(reader, field, present, warnings);
  if (!present) {
    if (!field.required) return field.default ?? (field.type === 'boolean' ? false : '');
    reader.errors.push(spsProblem('Required configuration setting missing', { option, section }));
    return undefined;
  }

  let value: DraftValue | undefined;
  switch (field.type) {
    case 'number':
      value = reader.getInt(section, option);
      break;
    case 'boolean':
      value = reader.getYesNo(section, option);
      break;
    case 'enum':
      value = reader.getChoice(section, option, (field.options ?? []).map((o) => o.value));
      break;
    default:
      value = reader.getText(section, option, field.required === true);
  }
  if (value === undefined || typeof value === 'object') return undefined;
  // Range and format rules of the ECM's own settings form (e.g. port 1–65535).
  const problem = validateField(field, value);
  if (problem) {
    reader.errors.push(spsProblem(`Configuration setting is not valid: ${problem.replace(/\.$/, '')}`, { option, section, value: String(value) }));
    return undefined;
  }
  return value;
}

function readSecret(reader: SpsIniReader, field: SettingField, present: boolean, warnings: string[]): DraftValue | undefined {
  const option = field.key;
  if (!present) {
    if (field.required) {
      warnings.push(
        `[${TPAM_SECTION}] ${option} is not in the file: the SPS plugin reads it from its credential store (host '${TPAM_SECTION}', user '${option}'), so the ECM keeps the one it has sealed.`,
      );
      return { stored: true };
    }
    return undefined;
  }
  const value = reader.get(TPAM_SECTION, option, { secret: true });
  if (value === undefined || typeof value === 'object') return value;
  if (field.required && value.trim() === '') {
    reader.errors.push(spsProblem('Required configuration setting is empty', { option, section: TPAM_SECTION }));
    return undefined;
  }
  if (value !== '') {
    warnings.push(`[${TPAM_SECTION}] ${option} is written in the file itself: the ECM seals it in its store; remove it from the file and write ${option}=$ instead.`);
  }
  return value;
}

/** [plugin] log_level (tutorial), else [logging] log_level (default.cfg); names or 10…50. */
function readLogLevel(reader: SpsIniReader, warnings: string[]): DraftValue | undefined {
  const inPlugin = reader.has(PLUGIN_SECTION, 'log_level');
  const inLogging = reader.has(LEGACY_LOGGING_SECTION, 'log_level');
  if (inPlugin && inLogging) warnings.push(`[${LEGACY_LOGGING_SECTION}] log_level is ignored: [${PLUGIN_SECTION}] log_level is used.`);
  if (!inPlugin && !inLogging) return 'info';
  const section = inPlugin ? PLUGIN_SECTION : LEGACY_LOGGING_SECTION;
  const value = reader.get(section, 'log_level');
  if (typeof value !== 'string') return undefined;
  const level = tpamLogLevelOf(value);
  if (level === null) {
    reader.errors.push(
      spsProblem(`Configuration setting is not one of ${pythonTuple(TPAM_LOG_LEVELS)} or 10, 20, 30, 40, 50`, { option: 'log_level', section, value: value.toLowerCase() }),
    );
    return undefined;
  }
  return level;
}

function readConfigVersion(reader: SpsIniReader): number | null {
  if (!reader.has(PLUGIN_SECTION, 'config_version')) return null;
  const version = reader.getInt(PLUGIN_SECTION, 'config_version');
  if (version === undefined) return null;
  if (version !== SUPPORTED_CONFIG_VERSION) {
    reader.errors.push(
      spsProblem(`Configuration version is not supported (the ECM reads version ${SUPPORTED_CONFIG_VERSION})`, { option: 'config_version', section: PLUGIN_SECTION, value: String(version) }),
    );
    return null;
  }
  return version;
}

function readCredStore(reader: SpsIniReader, warnings: string[]): string | null {
  const inPlugin = reader.has(PLUGIN_SECTION, 'cred_store');
  const inLegacy = reader.has(LEGACY_CREDENTIAL_STORE_SECTION, 'name');
  if (inPlugin && inLegacy) warnings.push(`[${LEGACY_CREDENTIAL_STORE_SECTION}] name is ignored: [${PLUGIN_SECTION}] cred_store is used.`);
  if (!inPlugin && !inLegacy) return null;
  const value = inPlugin ? reader.get(PLUGIN_SECTION, 'cred_store') : reader.get(LEGACY_CREDENTIAL_STORE_SECTION, 'name');
  return typeof value === 'string' ? value : null;
}

/** Every option the TPAM plugin does not read, so nothing in the file disappears unnoticed. */
function unknownOptionWarnings(document: IniDocument, reader: SpsIniReader): string[] {
  const warnings: string[] = [];
  const usedInReferences = (section: string, option: string) => reader.referenced.get(section)?.has(option) === true;
  const referencedAnywhere = (option: string) => [...reader.referenced.values()].some((names) => names.has(option));

  for (const section of document.sections.values()) {
    const known = KNOWN_OPTIONS.get(section.name);
    if (!known) {
      const hint = KNOWN_OPTIONS.has(section.name.toLowerCase()) ? ` (section names are case-sensitive: did you mean [${section.name.toLowerCase()}]?)` : '';
      const names = [...section.options.keys()];
      warnings.push(
        `Section [${section.name}] is not used by the TPAM plugin${hint}; ${names.length === 0 ? 'it is empty' : `not imported: ${names.join(', ')}`}.`,
      );
      continue;
    }
    for (const option of section.options.keys()) {
      if (known.has(option)) continue;
      warnings.push(
        usedInReferences(section.name, option)
          ? `Option '${option}' in [${section.name}] is not a TPAM plugin option; it is used only in %(${option})s references and is not imported.`
          : `Option '${option}' in [${section.name}] is not a TPAM plugin option; it is not imported.`,
      );
    }
  }
  for (const option of document.defaults.keys()) {
    const readAsSetting = [...KNOWN_OPTIONS.entries()].some(([section, known]) => known.has(option) && document.sections.has(section));
    if (readAsSetting || referencedAnywhere(option)) continue;
    warnings.push(`Option '${option}' in [${DEFAULT_SECTION}] is not a TPAM plugin option and no option refers to it; it is not imported.`);
  }
  return warnings;
}

function importError(problems: SpsIniProblem[]): EcmError {
  const first = problems[0];
  const knownKey = first?.option !== undefined && TPAM_SETTINGS.some((f) => f.key === first.option);
  return new EcmError({
    code: 'VALIDATION',
    message: problems.map((p) => p.message).join('\n'),
    field: knownKey ? `values.${first?.option}` : 'ini',
    hint: problems.length > 1 ? `${problems.length} problems in the configuration; fix each line named above.` : 'Fix the line named above and import again.',
  });
}
