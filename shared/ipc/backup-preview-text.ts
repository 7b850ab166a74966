import type { BackupPluginDiff, BackupPreview } from './responses';

/**
 * The words for a restore preview, shared by the app's dialog and `config restore-backup`, so
 * both say the same thing. Names only: a preview never carries a value.
 */

export function pluginName(preview: BackupPreview, id: string | null): string {
  if (id === null) return 'none';
  const name = preview.displayNames[id];
  return name ? `${name} (${id})` : id;
}

export function currentFileText(preview: BackupPreview): string {
  const current = preview.current;
  if (current.state === 'missing') return 'missing (restoring creates it)';
  if (current.state === 'damaged') return `damaged file cannot be read: ${current.reason}`;
  return `readable, active plugin: ${pluginName(preview, current.activePlugin)}`;
}

export function diffText(p: BackupPluginDiff): string {
  switch (p.status) {
    case 'same':
      return 'same';
    case 'differs':
      return `differs (${p.fields.join(', ')})`;
    case 'only-in-backup':
      return 'only in the last good copy (restoring brings its settings back)';
    case 'not-in-backup':
      return 'not in the last good copy (restoring removes its settings)';
    case 'unknown':
      return 'cannot compare: the current file cannot be read';
  }
}
