import { Button } from '@fluentui/react-components';
import {
  ArrowExportRegular,
  ArrowImportRegular,
  ArrowUndoRegular,
  BeakerRegular,
  KeyResetRegular,
  SaveRegular,
} from '@fluentui/react-icons';
import type { EcmErrorInfo } from '../../../../shared/errors';
import type { PluginInfo } from '../../../../shared/plugin/plugin-info';
import { useSettingsDraftStore } from '../../stores/settings-draft-store';
import { isDirty } from '../../stores/settings-draft/draft-fields';
import { useTestRunStore } from '../../stores/test-run-store';
import { ClearTokenCacheButton } from '../ClearTokenCacheButton';
import { OverflowToolbar, type ToolbarAction } from '../layout/OverflowToolbar';
import { SettingsFileButtons } from './SettingsFileButtons';

/**
 * Save, Cancel changes, Test Settings, Clear Token Cache and, for a plugin with a settings file,
 * Import/Export: on one line at any width, the last ones in "More actions" when it is narrow
 * (Save stays in the bar longest).
 */
export function SettingsToolbar({
  plugin,
  onSave,
  onNotice,
  onImported,
}: {
  plugin: PluginInfo;
  onSave(): void;
  onNotice(message: string | null, error: EcmErrorInfo | null): void;
  onImported(): void;
}) {
  const draft = useSettingsDraftStore();
  const dirty = isDirty(draft);
  const caches = plugin.caches ?? 'tokens';
  const format = plugin.settingsFile;
  const onFileResult = (message: string | null, error: EcmErrorInfo | null) => {
    onNotice(message, error);
    if (message?.startsWith('Imported')) onImported();
  };
  const saveDisabled = !dirty || draft.status === 'saving';
  const actions: ToolbarAction[] = [
    {
      id: 'save',
      group: 'edit',
      priority: 100,
      menu: { label: 'Save', icon: <SaveRegular />, disabled: saveDisabled },
      node: (
        <Button
          appearance="primary"
          icon={<SaveRegular />}
          disabled={saveDisabled}
          onClick={onSave}
          aria-keyshortcuts="Control+S"
          data-testid="save"
        >
          Save
        </Button>
      ),
    },
    {
      id: 'revert',
      group: 'edit',
      priority: 50,
      menu: { label: 'Cancel changes', icon: <ArrowUndoRegular />, disabled: !dirty },
      node: (
        <Button icon={<ArrowUndoRegular />} disabled={!dirty} onClick={() => draft.revert()}>
          Cancel changes
        </Button>
      ),
    },
    {
      id: 'test',
      group: 'test',
      priority: 40,
      menu: { label: 'Test Settings', icon: <BeakerRegular />, disabled: draft.status !== 'ready' },
      node: (
        <Button
          icon={<BeakerRegular />}
          onClick={() => useTestRunStore.getState().openFor(plugin.id)}
          disabled={draft.status !== 'ready'}
          data-testid="open-test"
        >
          Test Settings
        </Button>
      ),
    },
  ];
  if (caches !== 'nothing') {
    actions.push({
      id: 'clear-cache',
      group: 'test',
      priority: 30,
      menu: { label: 'Clear Token Cache', icon: <KeyResetRegular /> },
      node: (
        <ClearTokenCacheButton pluginId={plugin.id} pluginName={plugin.displayName} caches={caches} onDone={onNotice} />
      ),
    });
  }
  if (format) {
    actions.push(
      {
        id: 'import',
        group: 'file',
        menu: { label: `Import .${format.extension}`, icon: <ArrowImportRegular /> },
        node: <SettingsFileButtons plugin={plugin} onResult={onFileResult} only="import" />,
      },
      {
        id: 'export',
        group: 'file',
        menu: { label: `Export .${format.extension}`, icon: <ArrowExportRegular /> },
        node: <SettingsFileButtons plugin={plugin} onResult={onFileResult} only="export" />,
      },
    );
  }
  return <OverflowToolbar label="Settings actions" actions={actions} testId="settings-toolbar" />;
}
