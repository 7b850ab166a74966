import { create } from 'zustand';
import type { EcmErrorInfo } from '../../../shared/errors';
import type { DraftValue, DraftValues } from '../../../shared/ipc/payload-schemas';
import type { SettingsView } from '../../../shared/ipc/responses';
import type { PluginInfo } from '../../../shared/plugin/plugin-info';
import type { SettingField, SettingValue } from '../../../shared/plugin/settings-schema';
import { validateField } from '../../../shared/plugin/settings-validation';
import { call, errorInfo } from '../api/ecm-client';

/**
 * A secret on screen: whether one is stored, and what the admin typed to replace it. The stored
 * value itself never reaches the renderer; only "stored" does.
 */
export interface SecretDraft {
  stored: boolean;
  replacement: string;
  cleared: boolean;
}

export type FieldDraft = SettingValue | SecretDraft;

interface SettingsDraftState {
  plugin: PluginInfo | null;
  saved: SettingsView | null;
  values: Record<string, FieldDraft>;
  /** Text of number fields as typed, so "1e" can be shown and flagged, not silently dropped. */
  numberText: Record<string, string>;
  errors: Record<string, string>;
  /** The plugin's own checks (a key, a certificate, a URL), asked of the core as the admin types. */
  checkErrors: Record<string, string>;
  status: 'idle' | 'loading' | 'ready' | 'saving';
  loadError: EcmErrorInfo | null;
  saveError: EcmErrorInfo | null;
  savedMessage: string | null;
  load(plugin: PluginInfo): Promise<void>;
  setValue(key: string, value: FieldDraft): void;
  setNumberText(key: string, text: string): void;
  /** Asks the core's checks about the values once typing pauses (CHECK_DELAY_MS). */
  scheduleCheck(): void;
  save(): Promise<boolean>;
  revert(): void;
}

export function isSecretDraft(value: FieldDraft | undefined): value is SecretDraft {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromView(plugin: PluginInfo, view: SettingsView): Record<string, FieldDraft> {
  const values: Record<string, FieldDraft> = {};
  for (const field of plugin.settings) {
    const v = view.values[field.key];
    if (field.type === 'secret') values[field.key] = { stored: typeof v === 'object' && v !== null && !Array.isArray(v) && v.stored, replacement: '', cleared: false };
    else if (v !== undefined && !(typeof v === 'object' && !Array.isArray(v))) values[field.key] = v;
  }
  return values;
}

function numberTexts(plugin: PluginInfo, values: Record<string, FieldDraft>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of plugin.settings) if (f.type === 'number') out[f.key] = values[f.key] === undefined ? '' : String(values[f.key]);
  return out;
}

/** The error shown under a field: the shared schema's message, or the number text's. */
export function fieldError(field: SettingField, value: FieldDraft | undefined, numberText?: string): string | null {
  if (field.type === 'number' && numberText !== undefined && numberText.trim() !== '' && !Number.isFinite(Number(numberText))) {
    return `${field.label} must be a number.`;
  }
  if (isSecretDraft(value)) {
    const effective = value.replacement !== '' ? value.replacement : '';
    return validateField(field, effective, value.stored && !value.cleared);
  }
  return validateField(field, value as SettingValue | undefined);
}

/** What goes over IPC: secrets as the new text, '' to clear, or { stored: true } to keep. */
export function draftPayload(plugin: PluginInfo, values: Record<string, FieldDraft>): DraftValues {
  const out: DraftValues = {};
  for (const field of plugin.settings) {
    const value = values[field.key];
    if (value === undefined) continue;
    if (isSecretDraft(value)) {
      if (value.replacement !== '') out[field.key] = value.replacement;
      else if (value.cleared) out[field.key] = '';
      else if (value.stored) out[field.key] = { stored: true };
      continue;
    }
    out[field.key] = value as DraftValue;
  }
  return out;
}

export function isDirty(state: Pick<SettingsDraftState, 'plugin' | 'saved' | 'values'>): boolean {
  if (!state.plugin || !state.saved) return false;
  const initial = fromView(state.plugin, state.saved);
  return JSON.stringify(draftPayload(state.plugin, state.values)) !== JSON.stringify(draftPayload(state.plugin, initial));
}

/** How long typing must pause before the core checks the values: each check may parse a key. */
export const CHECK_DELAY_MS = 350;
let checkTimer: ReturnType<typeof setTimeout> | null = null;
/** Bumped by every change, load and save: an answer for older values is dropped. */
let checkSeq = 0;

function cancelCheck(): number {
  if (checkTimer) clearTimeout(checkTimer);
  checkTimer = null;
  return ++checkSeq;
}

/** Problems by field, as the core's checks answer them for these values; null when the call failed. */
async function runChecks(plugin: PluginInfo, values: Record<string, FieldDraft>): Promise<Record<string, string> | null> {
  try {
    const { problems } = await call('checkSettings', { pluginId: plugin.id, values: draftPayload(plugin, values) });
    const out: Record<string, string> = {};
    for (const p of problems) out[p.key] = out[p.key] ? `${out[p.key]} ${p.message}` : p.message;
    return out;
  } catch {
    return null; // Save asks the core again and shows its answer
  }
}

function allErrors(plugin: PluginInfo, values: Record<string, FieldDraft>, numberText: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of plugin.settings) {
    const message = fieldError(field, values[field.key], numberText[field.key]);
    if (message) errors[field.key] = message;
  }
  return errors;
}

export const useSettingsDraftStore = create<SettingsDraftState>((set, get) => ({
  plugin: null,
  saved: null,
  values: {},
  numberText: {},
  errors: {},
  checkErrors: {},
  status: 'idle',
  loadError: null,
  saveError: null,
  savedMessage: null,

  async load(plugin) {
    cancelCheck();
    set({ plugin, status: 'loading', loadError: null, saveError: null, savedMessage: null, errors: {}, checkErrors: {} });
    try {
      const view = await call('getSettings', { pluginId: plugin.id });
      const values = fromView(plugin, view);
      set({ saved: view, values, numberText: numberTexts(plugin, values), status: 'ready' });
    } catch (err) {
      set({ status: 'idle', loadError: errorInfo(err) });
    }
  },

  setValue(key, value) {
    const { plugin, values, errors, numberText } = get();
    const field = plugin?.settings.find((f) => f.key === key);
    if (!field) return;
    const message = fieldError(field, value, numberText[key]);
    const nextErrors = { ...errors };
    if (message) nextErrors[key] = message;
    else delete nextErrors[key];
    set({ values: { ...values, [key]: value }, errors: nextErrors, savedMessage: null });
    get().scheduleCheck();
  },

  scheduleCheck() {
    const seq = cancelCheck();
    checkTimer = setTimeout(() => {
      checkTimer = null;
      const { plugin, values } = get();
      if (!plugin) return;
      void runChecks(plugin, values).then((checkErrors) => {
        if (checkErrors && seq === checkSeq && get().plugin?.id === plugin.id) set({ checkErrors });
      });
    }, CHECK_DELAY_MS);
  },

  setNumberText(key, text) {
    set({ numberText: { ...get().numberText, [key]: text } });
    const n = Number(text);
    if (text.trim() !== '' && Number.isFinite(n)) return get().setValue(key, n);
    // Empty: the field takes its default; not a number: keep the last good value, show the error.
    const { plugin, values, errors } = get();
    const field = plugin?.settings.find((f) => f.key === key);
    if (!field) return;
    const rest = { ...values };
    if (text.trim() === '') delete rest[key];
    const message = fieldError(field, rest[key], text);
    const nextErrors = { ...errors };
    if (message) nextErrors[key] = message;
    else delete nextErrors[key];
    set({ values: rest, errors: nextErrors, savedMessage: null });
    get().scheduleCheck();
  },

  async save() {
    const { plugin, values, numberText } = get();
    if (!plugin) return false;
    const errors = allErrors(plugin, values, numberText);
    // The check as of now, not the last answer: the admin may have fixed a value a moment ago.
    const seq = cancelCheck();
    let checked: Record<string, string> | null = null;
    if (Object.keys(errors).length === 0) {
      set({ status: 'saving' });
      checked = await runChecks(plugin, values);
      if (checked && seq === checkSeq) set({ checkErrors: checked });
    }
    const problems = { ...(checked ?? {}), ...errors };
    if (Object.keys(problems).length > 0) {
      set({ status: 'ready', errors, saveError: { code: 'VALIDATION', message: 'Some settings need attention; nothing was saved.', hint: Object.values(problems).join(' ') } });
      return false;
    }
    set({ status: 'saving', saveError: null });
    try {
      const view = await call('saveSettings', { pluginId: plugin.id, values: draftPayload(plugin, values) });
      const fresh = fromView(plugin, view);
      cancelCheck();
      set({ saved: view, values: fresh, numberText: numberTexts(plugin, fresh), status: 'ready', errors: {}, checkErrors: {}, savedMessage: `Saved at ${new Date().toLocaleTimeString()}.` });
      return true;
    } catch (err) {
      const info = errorInfo(err);
      const key = info.field?.startsWith('values.') ? info.field.slice('values.'.length) : null;
      set({ status: 'ready', saveError: info, errors: key ? { ...get().errors, [key]: info.message } : get().errors });
      return false;
    }
  },

  revert() {
    const { plugin, saved } = get();
    if (!plugin || !saved) return;
    const values = fromView(plugin, saved);
    cancelCheck();
    set({ values, numberText: numberTexts(plugin, values), errors: {}, checkErrors: {}, saveError: null, savedMessage: null });
  },
}));
