import { Button } from '@fluentui/react-components';
import { ArrowExportRegular, ArrowImportRegular } from '@fluentui/react-icons';
import type { EcmErrorInfo } from '../../../../shared/errors';
import type { PluginInfo } from '../../../../shared/plugin/plugin-info';
import { useState } from 'react';
import type { DraftValues } from '../../../../shared/plugin/draft-values';
import { call, errorInfo } from '../../api/ecm-client';
import { useSettingsDraftStore } from '../../stores/settings-draft-store';
import { draftPayload } from '../../stores/settings-draft/draft-fields';
import { applyImportedValues } from './apply-imported-values';
import { SettingsFileWarningsDialog } from './SettingsFileWarningsDialog';
import { useTextFilePicker } from './use-text-file-picker';

/**
 * Import and export for plugins with a settings file format (TPAM: the SPS plugin's ini). Import
 * fills the form (nothing is saved until Save), and a file with warnings only after the admin has
 * read them and chosen Apply anyway; export never writes a secret.
 */
export function SettingsFileButtons({
  plugin,
  onResult,
  only,
}: {
  plugin: PluginInfo;
  onResult(message: string | null, error: EcmErrorInfo | null): void;
  /** One of the two buttons, so an overflowing toolbar can move each into its menu on its own. */
  only?: 'import' | 'export';
}) {
  const format = plugin.settingsFile;
  // A file with warnings waits here until the admin applies or cancels it.
  const [pending, setPending] = useState<{ fileName: string; values: DraftValues; warnings: string[] } | null>(null);
  const picker = useTextFilePicker(
    `Import ${format?.label ?? 'settings'}`,
    (text, name) => {
      call('importSettingsFile', { pluginId: plugin.id, text })
        .then(({ values, warnings }) => {
          if (warnings.length > 0) return setPending({ fileName: name, values, warnings });
          applyImportedValues(plugin, values);
          onResult(`Imported ${name} into the form. Review and Save.`, null);
        })
        .catch((err: unknown) => onResult(null, errorInfo(err)));
    },
    (message) => onResult(null, { code: 'VALIDATION', message }),
  );
  const applyPending = () => {
    if (!pending) return;
    applyImportedValues(plugin, pending.values);
    const count = pending.warnings.length;
    onResult(
      `Imported ${pending.fileName} into the form with ${count === 1 ? '1 warning' : `${count} warnings`} accepted. Review and Save.`,
      null,
    );
    setPending(null);
  };
  const cancelPending = () => {
    if (pending) onResult(`Import of ${pending.fileName} cancelled; the form is unchanged.`, null);
    setPending(null);
  };
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
      {only === 'export' ? null : (
        <Button
          icon={<ArrowImportRegular />}
          onClick={picker.pick}
          disabled={picker.busy}
          title={`Import a ${format.label}`}
        >
          Import .{format.extension}
        </Button>
      )}
      {only === 'import' ? null : (
        <Button icon={<ArrowExportRegular />} onClick={exportFile} title={`Export as a ${format.label}`}>
          Export .{format.extension}
        </Button>
      )}
      {only === 'export' ? null : picker.input}
      {only === 'export' ? null : (
        <SettingsFileWarningsDialog pending={pending} onApply={applyPending} onCancel={cancelPending} />
      )}
    </>
  );
}
