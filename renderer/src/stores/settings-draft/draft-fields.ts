import type { DraftValues } from '../../../../shared/plugin/draft-values';
import type { SettingsView } from '../../../../shared/ipc/responses';
import type { PluginInfo } from '../../../../shared/plugin/plugin-info';
import {
  isPlainValue,
  isSecretDraft,
  keepsStoredSecret,
  plainValues,
  secretDraftOf,
  secretPayloadOf,
  type SecretDraft,
} from '../../../../shared/plugin/secret-values';
import type { SettingField, SettingValue } from '../../../../shared/plugin/settings-schema';
import { changedGuard, retypeSecretMessage } from '../../../../shared/plugin/secret-guards';
import {
  fieldsDependingOn,
  isEmptyValue,
  validateField,
  type SettingLookup,
} from '../../../../shared/plugin/settings-validation';

/*
 * The settings form's draft as pure functions: what the admin sees in each field, what goes over
 * IPC, which errors to show. The store (settings-draft-store.ts) holds the state and calls the core.
 */

/** The plugin, what is saved and what is on screen: what most functions here read. */
export interface DraftSnapshot {
  plugin: PluginInfo | null;
  saved: SettingsView | null;
  values: Record<string, FieldDraft>;
}

/** A field on screen: a plain value, or a secret as `SecretDraft` (shared/plugin/secret-values.ts). */
export type FieldDraft = SettingValue | SecretDraft;

export function fromView(plugin: PluginInfo, view: SettingsView): Record<string, FieldDraft> {
  const values: Record<string, FieldDraft> = {};
  for (const field of plugin.settings) {
    const v = view.values[field.key];
    if (field.type === 'secret') values[field.key] = secretDraftOf(v);
    else if (isPlainValue(v)) values[field.key] = v;
  }
  return values;
}

export function numberTexts(plugin: PluginInfo, values: Record<string, FieldDraft>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of plugin.settings)
    if (f.type === 'number') out[f.key] = values[f.key] === undefined ? '' : String(values[f.key]);
  return out;
}

/** Another field's value on screen (or its default), for rules that depend on it. */
function lookupIn(fields: readonly SettingField[], values: Record<string, FieldDraft>): SettingLookup {
  return (key) => {
    const value = values[key];
    if (isPlainValue(value)) return value;
    return fields.find((f) => f.key === key && f.type !== 'secret')?.default;
  };
}

/**
 * The guard field (e.g. Endpoint URL) whose value on screen differs from the saved one; null when
 * none does. While one does, a stored secret cannot be kept: the core would refuse it (see
 * shared/plugin/secret-guards.ts), so the form asks for it again at once.
 */
export function movedGuard(state: DraftSnapshot): SettingField | null {
  if (!state.plugin || !state.saved) return null;
  return changedGuard(state.plugin.settings, state.saved.values, plainValues(state.values));
}

/** The error shown under a field: the shared schema's message, or the number text's. */
export function fieldError(
  field: SettingField,
  value: FieldDraft | undefined,
  numberText?: string,
  context: { others?: SettingLookup; guard?: SettingField | null } = {},
): string | null {
  if (
    field.type === 'number' &&
    numberText !== undefined &&
    numberText.trim() !== '' &&
    !Number.isFinite(Number(numberText))
  ) {
    return `${field.label} must be a number.`;
  }
  if (isSecretDraft(value)) {
    if (context.guard && keepsStoredSecret(value)) return retypeSecretMessage(field, context.guard);
    const effective = value.replacement !== '' ? value.replacement : '';
    return validateField(field, effective, value.stored && !value.cleared, context.others);
  }
  return validateField(field, value, false, context.others);
}

/** What goes over IPC: secrets as the new text, '' to clear, or { stored: true } to keep. */
export function draftPayload(plugin: PluginInfo, values: Record<string, FieldDraft>): DraftValues {
  const out: DraftValues = {};
  for (const field of plugin.settings) {
    const value = values[field.key];
    if (value === undefined) continue;
    const payload = isSecretDraft(value) ? secretPayloadOf(value) : value;
    if (payload !== undefined) out[field.key] = payload;
  }
  return out;
}

export function isDirty(state: DraftSnapshot): boolean {
  if (!state.plugin || !state.saved) return false;
  const initial = fromView(state.plugin, state.saved);
  return (
    JSON.stringify(draftPayload(state.plugin, state.values)) !== JSON.stringify(draftPayload(state.plugin, initial))
  );
}

export function allErrors(
  plugin: PluginInfo,
  saved: SettingsView | null,
  values: Record<string, FieldDraft>,
  numberText: Record<string, string>,
): Record<string, string> {
  const guard = movedGuard({ plugin, saved, values });
  const errors: Record<string, string> = {};
  const others = lookupIn(plugin.settings, values);
  for (const field of plugin.settings) {
    const message = fieldError(field, values[field.key], numberText[field.key], { others, guard });
    if (message) errors[field.key] = message;
  }
  return errors;
}

/**
 * Errors after `key` changed: that field's; those whose rule reads it (an http: URL when "Allow
 * unencrypted HTTP" flips); and every secret's (a guard change concerns them all). A dependent
 * that is empty and shows no message stays quiet: "required" shows once the admin gets there or saves.
 */
export function errorsAfterChange(
  state: DraftSnapshot & { errors: Record<string, string>; numberText: Record<string, string> },
  key: string,
  values: Record<string, FieldDraft>,
): Record<string, string> {
  const { plugin, saved, errors, numberText } = state;
  if (!plugin) return errors;
  const context = { others: lookupIn(plugin.settings, values), guard: movedGuard({ plugin, saved, values }) };
  const dependents = new Set(
    fieldsDependingOn(plugin.settings, key)
      .filter((f) => errors[f.key] !== undefined || !isEmptyValue(values[f.key] as SettingValue | undefined))
      .map((f) => f.key),
  );
  const next = { ...errors };
  for (const field of plugin.settings) {
    if (field.key !== key && field.type !== 'secret' && !dependents.has(field.key)) continue;
    const message = fieldError(field, values[field.key], numberText[field.key], context);
    if (message) next[field.key] = message;
    else delete next[field.key];
  }
  return next;
}
