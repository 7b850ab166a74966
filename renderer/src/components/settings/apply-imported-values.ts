import type { DraftValues } from '../../../../shared/plugin/draft-values';
import type { PluginInfo } from '../../../../shared/plugin/plugin-info';
import { useSettingsDraftStore } from '../../stores/settings-draft-store';
import { isPlainValue, isSecretDraft } from '../../../../shared/plugin/secret-values';

/**
 * Fills the form with values read from a settings file; nothing is saved. A secret given as
 * `{ stored: true }` ("keep the one sealed on this machine") leaves the form's secret as it is.
 */
export function applyImportedValues(plugin: PluginInfo, values: DraftValues): void {
  const draft = useSettingsDraftStore.getState();
  for (const [key, value] of Object.entries(values)) {
    const current = draft.values[key];
    if (!isPlainValue(value)) continue;
    if (isSecretDraft(current)) draft.setValue(key, { ...current, replacement: String(value), cleared: false });
    else draft.setValue(key, value);
    const field = plugin.settings.find((f) => f.key === key);
    if (field?.type === 'number') draft.setNumberText(key, String(value));
  }
}
