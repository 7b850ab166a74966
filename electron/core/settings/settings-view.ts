import type { SettingsView } from '../../../shared/ipc/responses';
import { isPlainValue, secretViewOf, type SettingViewValue } from '../../../shared/plugin/secret-values';
import type { SettingField, SettingsValues } from '../../../shared/plugin/settings-schema';
import { withDefaults } from '../../../shared/plugin/settings-validation';
import type { StoredPluginSettings } from './settings-document';

/** The renderer's view of one plugin's stored settings: defaults filled, secrets only as `{ stored }`. */
export function toView(
  pluginId: string,
  fields: readonly SettingField[],
  stored: StoredPluginSettings | null,
): SettingsView {
  const values: Record<string, SettingViewValue> = {};
  const plain: Partial<SettingsValues> = {};
  for (const field of fields) {
    const value = stored?.values[field.key];
    if (field.type === 'secret') {
      values[field.key] = secretViewOf(value);
    } else if (isPlainValue(value)) {
      plain[field.key] = value;
    }
  }
  const filled = withDefaults(
    fields.filter((f) => f.type !== 'secret'),
    plain,
  );
  return { pluginId, values: { ...filled, ...values }, savedAt: stored?.savedAt ?? null };
}
