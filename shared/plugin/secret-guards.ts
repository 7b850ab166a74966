import type { SettingField, SettingValue } from './settings-schema';
import { isPlainValue } from './secret-values';
import { emptyValueFor } from './settings-validation';

/**
 * Fields marked `guardsSecrets` say where a plugin sends its stored secrets (Secret Server's
 * Endpoint URL and CA certificate). A stored secret may only be used, or kept on Save/import,
 * while every guard field still has the value it was saved with. The renderer (to show the
 * notice as the admin types) and the core (to refuse) use these same functions.
 */

/** A guard value as compared and bound: strings trimmed, a missing value as the field's default. */
export function guardValue(field: SettingField, value: unknown): SettingValue {
  const v = isPlainValue(value) ? value : emptyValueFor(field);
  return typeof v === 'string' ? v.trim() : v;
}

/**
 * The guard fields that differ from their default, normalised. A guard field at its default is
 * left out, so adding a new guard field (with a default) to a plugin keeps every existing binding.
 */
export function guardBinding(
  fields: readonly SettingField[],
  values: Readonly<Record<string, unknown>>,
): Record<string, SettingValue> {
  const out: Record<string, SettingValue> = {};
  for (const field of [...fields].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    if (!field.guardsSecrets) continue;
    const v = guardValue(field, values[field.key]);
    if (JSON.stringify(v) !== JSON.stringify(guardValue(field, undefined))) out[field.key] = v;
  }
  return out;
}

/**
 * The first guard field whose value in `after` differs from `before`; null when none does.
 * A key missing from `after` keeps its `before` value (a draft that leaves a field out).
 */
export function changedGuard(
  fields: readonly SettingField[],
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): SettingField | null {
  for (const field of fields) {
    if (!field.guardsSecrets || after[field.key] === undefined) continue;
    if (JSON.stringify(guardValue(field, after[field.key])) !== JSON.stringify(guardValue(field, before[field.key])))
      return field;
  }
  return null;
}

/** The words shown and returned when a stored secret would cross a guard change. */
export function retypeSecretMessage(secret: SettingField, guard: SettingField): string {
  return `Type the ${secret.label} again: ${guard.label} changed, and a stored secret is only sent where it was saved for.`;
}
