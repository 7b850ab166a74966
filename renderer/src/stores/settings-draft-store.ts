import { create } from 'zustand';
import type { EcmErrorInfo } from '../../../shared/errors';
import type { SettingsView } from '../../../shared/ipc/responses';
import type { PluginInfo } from '../../../shared/plugin/plugin-info';
import { call, errorInfo } from '../api/ecm-client';
import { formatDateTime } from '../format/date-time';
import {
  allErrors,
  draftPayload,
  errorsAfterChange,
  fromView,
  numberTexts,
  type FieldDraft,
} from './settings-draft/draft-fields';

/** How long typing must pause before the core checks the values: each check may parse a key. */
export const CHECK_DELAY_MS = 350;

export interface SettingsDraftState {
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

/** Problems by field, as the core's checks answer them for these values; null when the call failed. */
async function runChecks(
  plugin: PluginInfo,
  values: Record<string, FieldDraft>,
): Promise<Record<string, string> | null> {
  try {
    const { problems } = await call('checkSettings', { pluginId: plugin.id, values: draftPayload(plugin, values) });
    const out: Record<string, string> = {};
    for (const p of problems) out[p.key] = out[p.key] ? `${out[p.key]} ${p.message}` : p.message;
    return out;
  } catch {
    return null; // Save asks the core again and shows its answer
  }
}

/** A fresh draft store; tests create their own, the app uses `useSettingsDraftStore`. */
export function createSettingsDraftStore() {
  let checkTimer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by every change, load and save: an answer for older values is dropped. */
  let checkSeq = 0;
  const cancelCheck = (): number => {
    if (checkTimer) clearTimeout(checkTimer);
    checkTimer = null;
    return ++checkSeq;
  };

  return create<SettingsDraftState>((set, get) => ({
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
      set({
        plugin,
        status: 'loading',
        loadError: null,
        saveError: null,
        savedMessage: null,
        errors: {},
        checkErrors: {},
      });
      try {
        const view = await call('getSettings', { pluginId: plugin.id });
        const values = fromView(plugin, view);
        set({ saved: view, values, numberText: numberTexts(plugin, values), status: 'ready' });
      } catch (err) {
        set({ status: 'idle', loadError: errorInfo(err) });
      }
    },

    setValue(key, value) {
      const state = get();
      if (!state.plugin?.settings.some((f) => f.key === key)) return;
      const values = { ...state.values, [key]: value };
      set({ values, errors: errorsAfterChange(state, key, values), savedMessage: null });
      get().scheduleCheck();
    },

    setNumberText(key, text) {
      set({ numberText: { ...get().numberText, [key]: text } });
      const n = Number(text);
      if (text.trim() !== '' && Number.isFinite(n)) return get().setValue(key, n);
      // Empty: the field takes its default; not a number: keep the last good value, show the error.
      const state = get();
      if (!state.plugin?.settings.some((f) => f.key === key)) return;
      const rest = { ...state.values };
      if (text.trim() === '') delete rest[key];
      set({ values: rest, errors: errorsAfterChange(state, key, rest), savedMessage: null });
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

    async save() {
      const { plugin, saved, values, numberText } = get();
      if (!plugin) return false;
      const errors = allErrors(plugin, saved, values, numberText);
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
        const hint = Object.values(problems).join(' ');
        set({
          status: 'ready',
          errors,
          saveError: { code: 'VALIDATION', message: 'Some settings need attention; nothing was saved.', hint },
        });
        return false;
      }
      set({ status: 'saving', saveError: null });
      try {
        const view = await call('saveSettings', { pluginId: plugin.id, values: draftPayload(plugin, values) });
        const fresh = fromView(plugin, view);
        cancelCheck();
        const savedMessage = `Saved at ${formatDateTime(view.savedAt ?? Date.now())}.`;
        set({
          saved: view,
          values: fresh,
          numberText: numberTexts(plugin, fresh),
          status: 'ready',
          errors: {},
          checkErrors: {},
          savedMessage,
        });
        return true;
      } catch (err) {
        const info = errorInfo(err);
        const key = info.field?.startsWith('values.') ? info.field.slice('values.'.length) : null;
        set({
          status: 'ready',
          saveError: info,
          errors: key ? { ...get().errors, [key]: info.message } : get().errors,
        });
        return false;
      }
    },

    revert() {
      const { plugin, saved } = get();
      if (!plugin || !saved) return;
      const values = fromView(plugin, saved);
      cancelCheck();
      set({
        values,
        numberText: numberTexts(plugin, values),
        errors: {},
        checkErrors: {},
        saveError: null,
        savedMessage: null,
      });
    },
  }));
}

export const useSettingsDraftStore = createSettingsDraftStore();
