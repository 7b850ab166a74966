import type { SettingsView, SettingViewValue } from '../../../shared/ipc/responses';
import type { SettingField, SettingsValues } from '../../../shared/plugin/settings-schema';
import { withDefaults } from '../../../shared/plugin/settings-validation';
import { isSealed, type StoredPluginSettings } from './settings-file';

/** The renderer's view of one plugin's stored settings: defaults filled, secrets only as `{ stored }`. */
export function toView(pluginId: string, fields: readonly SettingField[], stored: StoredPluginSettings | null): SettingsView {
  const values: Record<string, SettingViewValue> = {};
  const plain: Partial<SettingsValues> = {};
  for (const field of fields) {
    const value = stored?.values[field.key];
    if (field.type === 'secret') {
      values[field.key] = { stored: isSealed(value) };
    } else if (value !== undefined && !isSealed(value)) {
      plain[field.key] = value;
    }
  }
  const filled = withDefaults(
    fields.filter((f) => f.type !== 'secret'),
    plain,
  );
  return { pluginId, values: { ...filled, ...values }, savedAt: stored?.savedAt ?? null };
}
