import type { PluginInfo } from '../../../../shared/plugin/plugin-info';
import type { DraftValues } from '../../../../shared/plugin/draft-values';
import { activePlugin, usePluginsStore } from '../../stores/plugins-store';
import { useSettingsDraftStore } from '../../stores/settings-draft-store';
import { draftPayload, isDirty } from '../../stores/settings-draft/draft-fields';

/**
 * Which settings a review runs with, as Test Settings: the active plugin's values on screen when
 * its form is loaded (unsaved changes included), else its saved settings. `line` says which.
 */
export function useReviewSettings(): {
  plugin: PluginInfo | undefined;
  values: () => DraftValues | undefined;
  line: string;
} {
  const plugin = usePluginsStore(activePlugin);
  const draft = useSettingsDraftStore();
  const onScreen = plugin !== undefined && draft.plugin?.id === plugin.id && draft.status === 'ready';
  const dirty = onScreen && isDirty(draft);
  const line = !plugin
    ? 'No plugin is active: choose one and use it before running a review.'
    : onScreen
      ? `Runs with the settings of ${plugin.displayName} as on screen${dirty ? ', unsaved changes included' : ''}.`
      : `Runs with the saved settings of ${plugin.displayName}.`;
  const values = () => {
    const s = useSettingsDraftStore.getState();
    return onScreen && s.plugin ? draftPayload(s.plugin, s.values) : undefined;
  };
  return { plugin, values, line };
}
