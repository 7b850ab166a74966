import type { SettingValue } from './settings-schema';

/*
 * The shapes a secret setting takes on its way between the form, the core and settings.json, in
 * one place. The clear text exists only in a draft the admin typed and in the core's memory;
 * everywhere else a secret is one of these objects, and every other setting value is a plain
 * `SettingValue` (string, number, boolean or list). So "is it an object (not a list)?" is how a
 * secret shape is told from a plain value, and the guards below say which shape it is.
 */

// No zod here: the renderer's first screen imports these guards, and building schemas at start-up
// costs it time; the schemas of these shapes live with their readers (draft-values.ts,
// settings-document.ts).

/** In a draft (IPC, exchange file, settings file import): keep the secret already sealed in the store. */
export interface KeepStoredSecret {
  stored: true;
}

/** A fresh "keep the stored secret" marker. */
export function keepStored(): KeepStoredSecret {
  return { stored: true };
}

/** In settings.json: one sealed envelope per secret field (`sealed:v1:…` or `sealed:v2:…`). */
export interface SealedValue {
  sealed: string;
}

/** A secret as the renderer sees it: only whether one is stored. */
export interface SecretView {
  stored: boolean;
}
export type SettingViewValue = SettingValue | SecretView;

/**
 * A secret on screen: whether one is stored, and what the admin typed to replace it. The stored
 * value itself never reaches the renderer; only "stored" does.
 */
export interface SecretDraft {
  stored: boolean;
  replacement: string;
  cleared: boolean;
}

/** A string, number, boolean or list: a setting value, not one of the secret shapes above. */
export function isPlainValue(value: unknown): value is SettingValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || Array.isArray(value);
}

function isShape(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Exactly `{ stored: true }`, as a draft or an exchange file gives it. */
export function isKeepStored(value: unknown): value is KeepStoredSecret {
  return isShape(value) && value.stored === true && Object.keys(value).length === 1;
}

/** A sealed value of settings.json. */
export function isSealed(value: unknown): value is SealedValue {
  return isShape(value) && typeof value.sealed === 'string';
}

/** A secret of the renderer's view, `{ stored: boolean }`. */
export function isSecretView(value: unknown): value is SecretView {
  return isShape(value) && typeof value.stored === 'boolean';
}

/** A secret as the form holds it. */
export function isSecretDraft(value: unknown): value is SecretDraft {
  return (
    isShape(value) &&
    typeof value.stored === 'boolean' &&
    typeof value.replacement === 'string' &&
    typeof value.cleared === 'boolean'
  );
}

/** The plain values of a record, secret shapes left out. */
export function plainValues(values: Readonly<Record<string, unknown>>): Record<string, SettingValue> {
  const out: Record<string, SettingValue> = {};
  for (const [key, value] of Object.entries(values)) if (isPlainValue(value)) out[key] = value;
  return out;
}

/** settings.json → view: whether a secret is stored, never its value. */
export function secretViewOf(stored: unknown): SecretView {
  return { stored: isSealed(stored) };
}

/** A secret field with nothing stored, typed or cleared. */
export function emptySecretDraft(): SecretDraft {
  return { stored: false, replacement: '', cleared: false };
}

/** view → form: a secret as saved (nothing typed, not cleared). */
export function secretDraftOf(view: unknown): SecretDraft {
  return { ...emptySecretDraft(), stored: isSecretView(view) && view.stored };
}

/** True when the form keeps the stored secret (one is stored, nothing typed, not cleared). */
export function keepsStoredSecret(draft: SecretDraft): boolean {
  return draft.stored && !draft.cleared && draft.replacement === '';
}

/** form → draft: the typed text, '' to clear, `{ stored: true }` to keep; undefined when there is nothing. */
export function secretPayloadOf(draft: SecretDraft): string | KeepStoredSecret | undefined {
  if (draft.replacement !== '') return draft.replacement;
  if (draft.cleared) return '';
  return draft.stored ? keepStored() : undefined;
}

/**
 * view → draft: the saved values as a draft that changes nothing (export, settings file). A stored
 * secret becomes `{ stored: true }`; a secret that is not stored is left out.
 */
export function draftOfView(
  values: Readonly<Record<string, SettingViewValue>>,
): Record<string, SettingValue | KeepStoredSecret> {
  const out: Record<string, SettingValue | KeepStoredSecret> = {};
  for (const [key, value] of Object.entries(values)) {
    if (isPlainValue(value)) out[key] = value;
    else if (value.stored) out[key] = keepStored();
  }
  return out;
}
