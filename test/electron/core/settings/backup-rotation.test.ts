import { promises as fs, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NodeSealer } from '../../../../electron/core/security/node-sealer';
import { SettingsStore } from '../../../../electron/core/settings/settings-store';
import type { AtomicWriteHooks } from '../../../../electron/core/fs/atomic-write';
import { staticVault, vaultSettings } from '../../../support/static-vault';
import { useTempDirs } from '../../../support/temp-dir';

const fields = staticVault.settings;

/** The last good copy moves on only after a save is on disk and reads back whole. */
describe('SettingsStore: rotation of the last good copy', () => {
  const tempDir = useTempDirs();
  let hook: AtomicWriteHooks['beforeRename'] = undefined;

  async function twoSaves() {
    const dir = tempDir();
    hook = undefined;
    const store = new SettingsStore(dir, await NodeSealer.open(dir), { beforeRename: (temp) => hook?.(temp) });
    await store.save('static-vault', fields, vaultSettings({ apiUser: 'first' }));
    const first = readFileSync(store.file, 'utf8');
    await store.save('static-vault', fields, vaultSettings({ apiUser: 'second' }));
    const second = readFileSync(store.file, 'utf8');
    expect(readFileSync(store.lastGoodFile, 'utf8')).toBe(first);
    return { dir, store, first, second };
  }

  it('keeps the last good copy untouched when the write of a save fails', async () => {
    const { store, first, second } = await twoSaves();
    hook = () => {
      throw new Error('simulated disk failure');
    };
    await expect(store.save('static-vault', fields, vaultSettings({ apiUser: 'third' }))).rejects.toThrow(
      'simulated disk failure',
    );
    expect(readFileSync(store.file, 'utf8')).toBe(second);
    // Rotating before the write would have made the second save the last good copy already.
    expect(readFileSync(store.lastGoodFile, 'utf8')).toBe(first);
  });

  it('puts the previous file back and keeps the last good copy when the save does not read back', async () => {
    const { store, first, second } = await twoSaves();
    // What lands on disk is not what was written (a filter driver, a full disk that truncates).
    hook = (temp) => writeFileSync(temp, '{ "schemaVersion": 1, "activePlugin": nu');
    const err = await store.save('static-vault', fields, vaultSettings({ apiUser: 'third' })).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CONFIG', message: expect.stringContaining('did not read back as written') });
    expect(readFileSync(store.file, 'utf8')).toBe(second);
    expect(readFileSync(store.lastGoodFile, 'utf8')).toBe(first);
    expect((await store.resolve('static-vault', fields)).apiUser).toBe('second');
  });

  it('rotates after a save that read back: the file it replaced becomes the last good copy', async () => {
    const { store, second } = await twoSaves();
    await store.setActivePlugin('static-vault');
    expect(readFileSync(store.lastGoodFile, 'utf8')).toBe(second);
    expect(JSON.parse(readFileSync(store.file, 'utf8')).activePlugin).toBe('static-vault');
  });

  it('restores only the copy that was shown: another backupId is refused and nothing changes', async () => {
    const { dir, store, first } = await twoSaves();
    writeFileSync(store.file, '{ torn');
    const preview = await store.previewBackup();
    expect(preview).not.toBeNull();
    await expect(store.restoreBackup('0'.repeat(32))).rejects.toMatchObject({
      code: 'CONFIG',
      message: expect.stringContaining('changed after it was shown'),
    });
    expect(readFileSync(store.file, 'utf8')).toBe('{ torn');
    expect((await fs.readdir(dir)).some((n) => n.startsWith('settings.damaged-'))).toBe(false);
    await expect(store.restoreBackup(preview!.backupId)).resolves.toMatchObject({ restored: true });
    expect(readFileSync(store.file, 'utf8')).toBe(first);
  });
});
