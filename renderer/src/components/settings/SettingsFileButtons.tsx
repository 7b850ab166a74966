import { Button } from '@fluentui/react-components';
import { ArrowExportRegular, ArrowImportRegular } from '@fluentui/react-icons';
import type { EcmErrorInfo } from '../../../../shared/errors';
import type { PluginInfo } from '../../../../shared/plugin/plugin-info';
import { call, errorInfo } from '../../api/ecm-client';
import { draftPayload, isSecretDraft, useSettingsDraftStore } from '../../stores/settings-draft-store';
import { useTextFilePicker } from './use-text-file-picker';

/**
 * Import and export for plugins with a settings file format (TPAM: the SPS plugin's ini). Import
 * fills the form (nothing is saved until Save); export never writes a secret.
 */
export function SettingsFileButtons({ plugin, onResult }: { plugin: PluginInfo; onResult(message: string | null, error: EcmErrorInfo | null): void }) {
  const format = plugin.settingsFile;
  const picker = useTextFilePicker(
    `Import ${format?.label ?? 'settings'}`,
    (text, name) => {
      call('importSettingsFile', { pluginId: plugin.id, text })
        .then(({ values, warnings }) => {
          const draft = useSettingsDraftStore.getState();
          for (const [key, value] of Object.entries(values)) {
            const current = draft.values[key];
            if (typeof value === 'object' && !Array.isArray(value)) continue; // "keep the stored secret"
            if (isSecretDraft(current)) draft.setValue(key, { ...current, replacement: String(value), cleared: false });
            else draft.setValue(key, value);
            const field = plugin.settings.find((f) => f.key === key);
            if (field?.type === 'number') draft.setNumberText(key, String(value));
          }
          onResult(`Imported ${name} into the form${warnings.length ? ` with ${warnings.length} warning(s): ${warnings.join(' ')}` : ''}. Review and Save.`, null);
        })
        .catch((err: unknown) => onResult(null, errorInfo(err)));
    },
    (message) => onResult(null, { code: 'VALIDATION', message }),
  );
  if (!format) return null;
  const exportFile = () => {
    const { values } = useSettingsDraftStore.getState();
    call('exportSettingsFile', { pluginId: plugin.id, values: draftPayload(plugin, values) })
      .then(({ text, fileName }) => {
        const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = fileName;
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
        onResult(`Exported ${fileName}; secrets are written as $ (kept in the sealed store).`, null);
      })
      .catch((err: unknown) => onResult(null, errorInfo(err)));
  };
  return (
    <>
      <Button icon={<ArrowImportRegular />} onClick={picker.pick} disabled={picker.busy} title={`Import a ${format.label}`}>
        Import .{format.extension}
      </Button>
      <Button icon={<ArrowExportRegular />} onClick={exportFile} title={`Export as a ${format.label}`}>
        Export .{format.extension}
      </Button>
      {picker.input}
    </>
  );
}
