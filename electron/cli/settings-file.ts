import { promises as fs } from 'node:fs';
import { EcmError } from '../../shared/errors';
import type { DraftValue, DraftValues } from '../../shared/ipc/payload-schemas';
import type { SettingField } from '../../shared/plugin/settings-schema';

/**
 * Settings files for the CLI: JSON whose keys are the plugin's settings keys. Values are
 * literal (a key or certificate is its PEM text, not a path). For convenience a list may be a
 * comma-separated string and a boolean may be "yes"/"no"; everything else must have its JSON type.
 */
export async function readJsonFile(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new EcmError({
      code: 'VALIDATION',
      field: what,
      message: `Cannot read the ${what} file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`,
      hint: 'Check the path.',
    });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')); // Notepad writes a BOM
  } catch (err) {
    throw new EcmError({
      code: 'VALIDATION',
      field: what,
      message: `The ${what} file ${file} is not valid JSON: ${(err as Error).message}.`,
      hint: 'Fix the file; a JSON validator shows the exact place.',
    });
  }
}

/** Coerces one file's object into draft values for `fields`; names the key and file on any problem. */
export function coerceSettings(fields: readonly SettingField[], raw: unknown, source: string, allowStoredMarker = false): DraftValues {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new EcmError({ code: 'VALIDATION', field: 'settings', message: `${source}: the settings must be a JSON object of key: value.` });
  }
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const out: DraftValues = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = byKey.get(key);
    if (!field) {
      throw new EcmError({
        code: 'VALIDATION',
        field: `settings.${key}`,
        message: `${source}: '${key}' is not a setting of this plugin.`,
        hint: `Known settings: ${[...byKey.keys()].join(', ')}.`,
      });
    }
    out[key] = coerceValue(field, value, source, allowStoredMarker);
  }
  return out;
}

function coerceValue(field: SettingField, value: unknown, source: string, allowStoredMarker: boolean): DraftValue {
  const bad = (expected: string): EcmError =>
    new EcmError({
      code: 'VALIDATION',
      field: `settings.${field.key}`,
      message: `${source}: '${field.key}' (${field.label}) must be ${expected}; found ${describe(value)}.`,
    });
  if (field.type === 'secret' && allowStoredMarker && isStoredMarker(value)) return { stored: true };
  switch (field.type) {
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string' && /^(yes|no|true|false)$/i.test(value.trim())) return /^(yes|true)$/i.test(value.trim());
      throw bad('true/false (or "yes"/"no")');
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      throw bad('a number');
    case 'list':
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
      if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter(Boolean);
      throw bad('a list of strings (or one comma-separated string)');
    default:
      if (typeof value === 'string') return value;
      throw bad('a string');
  }
}

function isStoredMarker(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { stored?: unknown }).stored === true && Object.keys(value).length === 1;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
}
