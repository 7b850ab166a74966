import { currentFileText, diffText, pluginName } from '../../shared/ipc/backup-preview-text';
import type { BackupPreview } from '../../shared/ipc/responses';

/** The restore preview as text: the same facts the app's dialog shows, names only, no values. */
export function formatBackupPreview(preview: BackupPreview, lastGoodFile: string): string {
  const lines = [
    `Last good copy: ${lastGoodFile}`,
    `  written:       ${preview.savedAt}`,
    `  active plugin: ${pluginName(preview, preview.activePlugin)}`,
    `Current settings.json: ${currentFileText(preview)}`,
  ];
  if (preview.plugins.length === 0) lines.push('No plugin has saved settings in either file.');
  else lines.push('Plugin settings, last good copy compared with the current file:');
  for (const p of preview.plugins) lines.push(`  ${p.pluginId}: ${diffText(p)}`);
  return `${lines.join('\n')}\n`;
}
