import { EcmError } from '../../../shared/errors';
import type { DraftValue, DraftValues } from '../../../shared/plugin/draft-values';
import { isPlainValue } from '../../../shared/plugin/secret-values';
import type { SettingField, SettingValue, SettingsValues } from '../../../shared/plugin/settings-schema';
import { validateSettings } from '../../../shared/plugin/settings-validation';
import { clip } from '../text/clip';
import type { StoredValue } from './settings-document';

/*
 * A draft laid over the stored settings, as Save and Test Settings read it: the draft's plain
 * value wins, else the stored one, else the field's default; then everything is validated.
 * Secrets are merged by sealed-settings.ts.
 */

/** The draft's value for a non-secret field, else the stored one. */
export function pickPlain(given: DraftValue | undefined, kept: StoredValue | undefined): SettingValue | undefined {
  if (isPlainValue(given)) return given;
  return isPlainValue(kept) ? kept : undefined;
}

/** A missing value takes the field's default before validation, so a required field with a default is never "missing". */
export function fillDefaults(fields: readonly SettingField[], values: Partial<SettingsValues>): string[] {
  const filled: string[] = [];
  for (const field of fields) {
    if (field.type !== 'secret' && values[field.key] === undefined && field.default !== undefined) {
      values[field.key] = field.default;
      filled.push(field.key);
    }
  }
  return filled;
}

export function rejectUnknownKeys(fields: readonly SettingField[], draft: DraftValues | undefined): void {
  if (!draft) return;
  const known = new Set(fields.map((f) => f.key));
  const unknown = Object.keys(draft).filter((k) => !known.has(k));
  const first = unknown[0];
  if (first !== undefined) {
    const name = clip(first);
    throw new EcmError({
      code: 'VALIDATION',
      field: `values.${name}`,
      message: `'${name}' is not a setting of this plugin.`,
      hint: `Known settings: ${[...known].join(', ')}.`,
    });
  }
}

export function assertValid(
  fields: readonly SettingField[],
  values: Partial<SettingsValues>,
  storedSecrets: Set<string>,
  hint: string,
): void {
  const problems = validateSettings(fields, values, storedSecrets);
  const first = problems[0];
  if (first) {
    throw new EcmError({
      code: 'VALIDATION',
      field: `values.${first.key}`,
      message: problems.map((p) => p.message).join(' '),
      hint,
    });
  }
}
