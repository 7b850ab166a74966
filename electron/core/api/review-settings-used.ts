import type { DraftValues } from '../../../shared/plugin/draft-values';
import { isPlainValue } from '../../../shared/plugin/secret-values';
import type { CredentialStorePlugin } from '../../../shared/plugin/contract';
import type { SettingsStore } from '../settings/settings-store';

/** What the report shows for a secret setting: never its value, only whether one was used. */
export const SECRET_SHOWN_AS = '(secret, not shown)';

/**
 * The settings a review ran with, for the report: the saved ones with the values on screen over
 * them, every secret replaced by a marker. Labels rather than keys, as the admin knows them.
 */
export async function reviewSettingsUsed(
  settings: SettingsStore,
  plugin: CredentialStorePlugin,
  values: DraftValues | undefined,
): Promise<Record<string, string>> {
  const saved = (await settings.view(plugin.id, plugin.settings)).values;
  const out: Record<string, string> = {};
  for (const field of plugin.settings) {
    if (field.type === 'secret') {
      out[field.label] = SECRET_SHOWN_AS;
      continue;
    }
    const value = values && field.key in values ? values[field.key] : saved[field.key];
    if (!isPlainValue(value)) continue;
    out[field.label] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}
