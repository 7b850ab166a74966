import { assertNever } from '../../../shared/assert-never';
import { EcmError } from '../../../shared/errors';
import type { DraftValue, DraftValues } from '../../../shared/plugin/draft-values';
import { isPlainValue, keepStored } from '../../../shared/plugin/secret-values';
import type { SettingField } from '../../../shared/plugin/settings-schema';
import { validateField } from '../../../shared/plugin/settings-validation';
import { iniProblem, quoted, type SpsIniProblem } from './sps-ini-message';
import {
  LEGACY_CREDENTIAL_STORE_SECTION,
  LEGACY_LOGGING_SECTION,
  PLUGIN_SECTION,
  SUPPORTED_CONFIG_VERSION,
  TPAM_SECTION,
} from './sps-ini-options';
import { parseIni } from './sps-ini-parse';
import { SpsIniReader } from './sps-ini-reader';
import { unknownOptionWarnings } from './sps-ini-unknown';
import { TPAM_LOG_LEVELS, tpamLogLevelOf } from './tpam-log-level';
import { TPAM_SETTINGS } from './tpam-settings';

/**
 * Import of an SPS TPAM plugin configuration into the ECM's TPAM settings.
 *
 * Missing optional options take the plugin's defaults (that is what SPS would use), so every
 * non-secret setting is in `values`. A secret written as `$` lives in SPS's credential store,
 * which the ECM cannot read: it comes back as `{ stored: true }` ("keep what the ECM has sealed"),
 * as does a missing `server_user_key` (the SPS plugin never reads it from the ini anyway).
 * Every problem is reported at once, one per line of the message, each starting with the ini line
 * it is on; options the plugin does not know become warnings (with a "did you mean").
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
  const reader = new SpsIniReader(
    document,
    new Set(TPAM_SETTINGS.filter((f) => f.type === 'secret').map((f) => f.key)),
  );
  const warnings: SpsIniProblem[] = [];

  const values: DraftValues = {};
  for (const field of TPAM_SETTINGS) {
    const value = field.key === 'log_level' ? readLogLevel(reader, warnings) : readField(reader, field, warnings);
    if (value !== undefined) values[field.key] = value;
  }
  const configVersion = readConfigVersion(reader);
  const credStore = readCredStore(reader, warnings);
  warnings.push(...unknownOptionWarnings(document, reader));

  if (reader.errors.length > 0) throw importError(inLineOrder(reader.errors));
  return { values, warnings: inLineOrder(warnings).map((w) => w.message), configVersion, credStore };
}

function readField(reader: SpsIniReader, field: SettingField, warnings: SpsIniProblem[]): DraftValue | undefined {
  const option = field.key;
  const section = TPAM_SECTION;
  const present = reader.has(section, option);
  if (field.type === 'secret') return readSecret(reader, field, present, warnings);
  if (!present) {
    if (!field.required) return field.default ?? (field.type === 'boolean' ? false : '');
    reader.missing(section, option);
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
      value = reader.getChoice(
        section,
        option,
        (field.options ?? []).map((o) => o.value),
      );
      break;
    // TPAM has no list setting; a list would be read as text and refused by validateField below.
    case 'string':
    case 'multiline':
    case 'list':
      value = reader.getText(section, option, field.required === true);
      break;
    default:
      return assertNever(field.type, 'field type');
  }
  if (!isPlainValue(value)) return undefined;
  // Range and format rules of the ECM's own settings form (e.g. port 1–65535).
  const problem = validateField(field, value);
  if (problem) {
    reader.problem(section, option, `${quoted(String(value))}: ${problem}`);
    return undefined;
  }
  return value;
}

function readSecret(
  reader: SpsIniReader,
  field: SettingField,
  present: boolean,
  warnings: SpsIniProblem[],
): DraftValue | undefined {
  const option = field.key;
  if (!present) {
    if (field.required) {
      warnings.push(
        iniProblem(
          { section: TPAM_SECTION, option },
          `not in the file: the SPS plugin reads it from its credential store (host ${TPAM_SECTION}, user ${option}), so the ECM keeps the one it has sealed.`,
        ),
      );
      return keepStored();
    }
    return undefined;
  }
  const value = reader.get(TPAM_SECTION, option, { secret: true });
  if (!isPlainValue(value)) return value;
  if (field.required && value.trim() === '') {
    reader.problem(
      TPAM_SECTION,
      option,
      'empty; this option is required (write $ to keep the key the ECM has sealed).',
    );
    return undefined;
  }
  if (value !== '') {
    warnings.push(
      iniProblem(
        reader.place(TPAM_SECTION, option),
        `the secret is written in the file itself: the ECM seals it in its store on Save; remove it from the file and write ${option}=$ instead.`,
      ),
    );
  }
  return value;
}

/** [plugin] log_level (tutorial), else [logging] log_level (default.cfg); names or 10…50. */
function readLogLevel(reader: SpsIniReader, warnings: SpsIniProblem[]): DraftValue | undefined {
  const inPlugin = reader.has(PLUGIN_SECTION, 'log_level');
  const inLogging = reader.has(LEGACY_LOGGING_SECTION, 'log_level');
  if (inPlugin && inLogging) {
    warnings.push(
      iniProblem(reader.place(LEGACY_LOGGING_SECTION, 'log_level'), `ignored: [${PLUGIN_SECTION}] log_level is used.`),
    );
  }
  if (!inPlugin && !inLogging) return 'info';
  const section = inPlugin ? PLUGIN_SECTION : LEGACY_LOGGING_SECTION;
  const value = reader.get(section, 'log_level');
  if (typeof value !== 'string') return undefined;
  const level = tpamLogLevelOf(value);
  if (level === null) {
    reader.problem(
      section,
      'log_level',
      `${quoted(value)} is not allowed; write ${TPAM_LOG_LEVELS.join(', ')} (or 10, 20, 30, 40, 50).`,
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
    reader.problem(
      PLUGIN_SECTION,
      'config_version',
      `version ${version} is not supported; the ECM reads version ${SUPPORTED_CONFIG_VERSION}.`,
    );
    return null;
  }
  return version;
}

function readCredStore(reader: SpsIniReader, warnings: SpsIniProblem[]): string | null {
  const inPlugin = reader.has(PLUGIN_SECTION, 'cred_store');
  const inLegacy = reader.has(LEGACY_CREDENTIAL_STORE_SECTION, 'name');
  if (inPlugin && inLegacy) {
    warnings.push(
      iniProblem(
        reader.place(LEGACY_CREDENTIAL_STORE_SECTION, 'name'),
        `ignored: [${PLUGIN_SECTION}] cred_store is used.`,
      ),
    );
  }
  if (!inPlugin && !inLegacy) return null;
  const value = inPlugin
    ? reader.get(PLUGIN_SECTION, 'cred_store')
    : reader.get(LEGACY_CREDENTIAL_STORE_SECTION, 'name');
  return typeof value === 'string' ? value : null;
}

/** Problems in the order of the file; those without a line (a missing option) after the others. */
function inLineOrder(problems: SpsIniProblem[]): SpsIniProblem[] {
  return [...problems].sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
}

function importError(problems: SpsIniProblem[]): EcmError {
  const first = problems[0];
  const knownKey = first?.option !== undefined && TPAM_SETTINGS.some((f) => f.key === first.option);
  return new EcmError({
    code: 'VALIDATION',
    message: problems.map((p) => p.message).join('\n'),
    field: knownKey ? `values.${first?.option}` : 'ini',
    hint: `${problems.length > 1 ? `${problems.length} problems in the file; fix each line named above` : 'Fix the line named above'} and import again. Nothing was imported.`,
  });
}
