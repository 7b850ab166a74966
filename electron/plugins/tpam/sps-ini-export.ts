import { EcmError } from '../../../shared/errors';
import type { DraftValue } from '../../../shared/plugin/draft-values';
import { isKeepStored, isPlainValue } from '../../../shared/plugin/secret-values';
import type { SettingField } from '../../../shared/plugin/settings-schema';
import {
  ECM_TPAM_OPTIONS,
  PLUGIN_SECTION,
  SPS_TPAM_OPTIONS,
  SUPPORTED_CONFIG_VERSION,
  TPAM_SECTION,
} from './sps-ini-options';
import { DEFAULT_TPAM_LOG_LEVEL, tpamLogLevelOf } from './tpam-log-level';
import { TPAM_SETTINGS } from './tpam-settings';

/**
 * Writes the ECM's TPAM settings as an SPS plugin configuration (the tutorial's [tpam] and
 * [plugin] layout) that `importSpsIni` reads back to the same values. Secrets are never written:
 * every secret is `$`, which SPS resolves from the credential store named by `cred_store`.
 * Values are escaped for configparser: `%` → `%%`, a lone `$` → `$$`, and multi-line values
 * (known_hosts lines, …) continue on lines indented by one space.
 */

export interface SpsIniExportOptions {
  /** The SPS local Credential Store holding the `$` values; a commented placeholder when absent. */
  credStore?: string | null;
}

type ExportValues = Readonly<Record<string, DraftValue | undefined>>;

const WRAP = 96;
const HEADER = [
  '# TPAM credential-store plugin configuration for One Identity Safeguard for Privileged Sessions (SPS),',
  '# written by ECM Configurator. Lines starting with # or ; are comments.',
  '# Secrets are written as $: SPS reads them from the local Credential Store named by cred_store in',
  '# [plugin] (Host = the section name, tpam; Username = the option name, e.g. server_user_key).',
  '# In values, %% stands for a literal % and $$ for a literal $.',
];

export function exportSpsIni(values: ExportValues, options: SpsIniExportOptions = {}): string {
  const fields = new Map(TPAM_SETTINGS.map((f) => [f.key, f]));
  const field = (key: string): SettingField => {
    const f = fields.get(key);
    if (!f) throw new Error(`no TPAM setting '${key}'`); // a programming error: the option lists and fields disagree
    return f;
  };
  const lines: string[] = [...HEADER, '', `[${TPAM_SECTION}]`];
  for (const key of SPS_TPAM_OPTIONS) lines.push(...optionBlock(field(key), values[key]));
  for (const key of ECM_TPAM_OPTIONS)
    lines.push(...optionBlock(field(key), values[key], 'ECM Configurator only; SPS ignores this option.'));

  lines.push(`[${PLUGIN_SECTION}]`);
  lines.push(
    ...comment('The version number of the configuration format.'),
    `config_version=${SUPPORTED_CONFIG_VERSION}`,
    '',
  );
  lines.push(...comment('The name of the local Credential Store on SPS that holds the values written as $ above.'));
  const credStore = options.credStore?.trim();
  lines.push(
    credStore
      ? `cred_store=${valueLines('cred_store', credStore).join('\n')}`
      : '; cred_store=<name-of-credential-store-hosting-sensitive-data>',
    '',
  );
  const level = tpamLogLevelOf(values.log_level) ?? DEFAULT_TPAM_LOG_LEVEL;
  lines.push(...comment(field('log_level').description), `log_level=${level}`);
  return `${lines.join('\n')}\n`;
}

function optionBlock(field: SettingField, value: DraftValue | undefined, note?: string): string[] {
  const description = note ? `${field.description} ${note}` : field.description;
  const out = [...comment(description)];
  if (field.type === 'secret') {
    const given = isKeepStored(value) || (typeof value === 'string' && value !== '');
    // A required secret is always `$` (the SPS plugin reads the key from its store regardless).
    out.push(given || field.required ? `${field.key}=$` : `; ${field.key}=$`);
  } else {
    out.push(`${field.key}=${valueLines(field.key, textOf(field, value)).join('\n')}`);
  }
  out.push('');
  return out;
}

function textOf(field: SettingField, value: DraftValue | undefined): string {
  const v = isPlainValue(value) ? value : field.default;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v)) return v.join(', ');
  return v === undefined ? '' : String(v);
}

/** The value as ini lines: first line follows `key=`, the rest are continuation lines. */
function valueLines(key: string, text: string): string[] {
  if (text.trim() === '$$') {
    throw new EcmError({
      code: 'VALIDATION',
      field: `values.${key}`,
      message: `${key}: the value $$ cannot be written in an SPS configuration (SPS reads $$ as $).`,
    });
  }
  const escaped = text.trim() === '$' ? '$$' : text.replace(/%/g, '%%');
  const [first = '', ...rest] = escaped.split(/\r?\n/).map((line) => line.trim());
  const continuation: string[] = [];
  for (const line of rest) {
    if (line === '') {
      continuation.push('');
    } else if (line.startsWith('#') || line.startsWith(';')) {
      // SPS would read this line as a comment. In known_hosts it is one, so dropping it keeps the meaning.
      if (key === 'server_public_key') continue;
      throw new EcmError({
        code: 'VALIDATION',
        field: `values.${key}`,
        message: `${key}: a line of the value starts with '${line.charAt(0)}', which SPS would read as a comment; it cannot be written in an SPS configuration.`,
      });
    } else {
      continuation.push(` ${line}`);
    }
  }
  while (continuation.at(-1) === '') continuation.pop();
  return [first, ...continuation];
}

function comment(text: string): string[] {
  const out: string[] = [];
  let line = '#';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.length + 1 + word.length > WRAP && line !== '#') {
      out.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  if (line !== '#') out.push(line);
  return out;
}
