import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EcmError } from '../../../shared/errors';
import type { BackupPreview } from '../../../shared/ipc/responses';
import { writeFileAtomic } from '../fs/atomic-write';
import { backupIdOf, previewBackup } from './backup-preview';
import { readIfExists, type SettingsDisk } from './settings-disk';
import { parseSettingsDoc } from './settings-document';

/**
 * What "Restore last good copy" would change, computed under the lock: the copy's date and active
 * plugin, and per plugin whether its settings differ from the current file (field names only).
 * `null` when there is no copy.
 */
export async function previewLastGood(disk: SettingsDisk): Promise<Omit<BackupPreview, 'displayNames'> | null> {
  return disk.mutex.run(async () => {
    const backup = await disk.readLastGood();
    if (backup === null) return null;
    const text = await readIfExists(disk.file);
    const parsed = text === null ? null : parseSettingsDoc(text);
    return previewBackup(backup.text, backup.doc, backup.savedAt, {
      text,
      damage: parsed && !parsed.ok ? parsed.reason : null,
    });
  });
}

/**
 * Puts the last good copy back. The damaged file is kept under a dated name for support.
 * With `backupId` (from the preview), refuses when the copy is no longer the one shown.
 */
export async function restoreLastGood(
  disk: SettingsDisk,
  backupId?: string,
): Promise<{ restored: boolean; savedAt: string | null }> {
  return disk.mutex.run(async () => {
    const backup = await disk.readLastGood();
    if (backup === null) return { restored: false, savedAt: null };
    if (backupId !== undefined && backupIdOf(backup.text) !== backupId) {
      throw new EcmError({
        code: 'CONFIG',
        message: 'The last good copy changed after it was shown; nothing was restored.',
        hint: 'Look at what it would restore again, then confirm.',
      });
    }
    const current = await readIfExists(disk.file);
    if (current !== null) {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await fs.copyFile(disk.file, path.join(path.dirname(disk.file), `settings.damaged-${stamp}.json`));
    }
    await writeFileAtomic(disk.file, backup.text, { hooks: disk.hooks });
    return { restored: true, savedAt: backup.savedAt };
  });
}
