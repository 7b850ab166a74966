import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../../electron/core/open-core';
import { API_PASSWORD, staticVault, vaultSettings } from '../../../support/static-vault';
import { useTempDirs } from '../../../support/temp-dir';

const fields = staticVault.settings;
const MARKER = 'Preview-Secret-5d1c';

/** previewSettingsBackup: what a restore would put back, compared with the current file, names only. */
describe('preview of the last good copy', () => {
  const tempDir = useTempDirs();

  async function coreWithBackup() {
    const core = await openCore({ dataDir: tempDir(), plugins: [staticVault] });
    await core.settings.save('static-vault', fields, vaultSettings({ apiUser: 'first', apiPassword: MARKER }));
    await core.settings.save('other-plugin', fields, vaultSettings({ apiUser: 'other' }));
    await core.settings.setActivePlugin('static-vault');
    // The last good copy now holds both plugins and static-vault active; the file changes static-vault.
    await core.settings.save(
      'static-vault',
      fields,
      vaultSettings({ apiUser: 'second', notes: 'changed', apiPassword: MARKER }),
    );
    return core;
  }

  it("names the copy's date and active plugin, and which plugins and fields differ from a readable file", async () => {
    const core = await coreWithBackup();
    try {
      const { preview } = await core.api.previewSettingsBackup({});
      expect(preview).not.toBeNull();
      expect(preview!.activePlugin).toBe('static-vault');
      expect(Date.parse(preview!.savedAt)).not.toBeNaN();
      expect(preview!.current).toEqual({ state: 'readable', activePlugin: 'static-vault' });
      expect(preview!.displayNames).toEqual({ 'static-vault': 'Static Vault (example)' });
      const byId = Object.fromEntries(preview!.plugins.map((p) => [p.pluginId, p]));
      // The password was typed again, so it is sealed again: it counts as differing, by name only.
      expect(byId['static-vault']).toEqual({
        pluginId: 'static-vault',
        status: 'differs',
        fields: ['apiPassword', 'apiUser', 'notes'],
      });
      expect(byId['other-plugin']).toEqual({ pluginId: 'other-plugin', status: 'same', fields: [] });
    } finally {
      await core.close();
    }
  });

  it('says where a damaged file stops being JSON, and compares nothing it cannot read', async () => {
    const core = await coreWithBackup();
    try {
      writeFileSync(core.settings.file, '{\n  "schemaVersion": 1,\n  "activePlugin": nu\n}');
      const { preview } = await core.api.previewSettingsBackup({});
      expect(preview!.current).toEqual({ state: 'damaged', reason: 'not valid JSON at line 3, column 19' });
      expect(preview!.plugins.map((p) => [p.pluginId, p.status])).toEqual([
        ['other-plugin', 'unknown'],
        ['static-vault', 'unknown'],
      ]);
      writeFileSync(core.settings.file, '{\n  "schemaVersion": 1,\n  "activePl');
      expect((await core.api.previewSettingsBackup({})).preview!.current).toEqual({
        state: 'damaged',
        reason: 'not valid JSON: it ends too early, at line 3',
      });
    } finally {
      await core.close();
    }
  });

  it('compares the plugins that still read when only part of the file is damaged', async () => {
    const core = await coreWithBackup();
    try {
      const doc = JSON.parse(readFileSync(core.settings.file, 'utf8'));
      doc.schemaVersion = 9; // written by a newer version
      doc.plugins['other-plugin'].values.apiUser = 42; // still a stored value: compared
      doc.plugins['static-vault'] = { broken: true };
      doc.plugins['new-plugin'] = { savedAt: doc.plugins['other-plugin'].savedAt, values: {} };
      writeFileSync(core.settings.file, JSON.stringify(doc));
      const { preview } = await core.api.previewSettingsBackup({});
      expect(preview!.current).toMatchObject({ state: 'damaged', reason: expect.stringContaining('newer version') });
      expect(preview!.plugins).toEqual([
        { pluginId: 'new-plugin', status: 'not-in-backup', fields: [] },
        { pluginId: 'other-plugin', status: 'differs', fields: ['apiUser'] },
        { pluginId: 'static-vault', status: 'unknown', fields: [] },
      ]);
    } finally {
      await core.close();
    }
  });

  it('never carries a value: no secret, no sealed text, no setting value', async () => {
    const core = await coreWithBackup();
    try {
      const preview = JSON.stringify(await core.api.previewSettingsBackup({}));
      const stored = readFileSync(core.settings.lastGoodFile, 'utf8');
      const sealed = [...stored.matchAll(/"sealed": "([^"]+)"/g)].map((m) => m[1]!);
      expect(sealed.length).toBeGreaterThan(0);
      for (const secret of [MARKER, API_PASSWORD, ...sealed, 'first', 'second', 'changed'])
        expect(preview).not.toContain(secret);
    } finally {
      await core.close();
    }
  });

  it('answers null when there is no last good copy, and when the file is missing says so', async () => {
    const core = await openCore({ dataDir: tempDir(), plugins: [staticVault] });
    try {
      expect(await core.api.previewSettingsBackup({})).toEqual({ preview: null });
      await core.settings.save('static-vault', fields, vaultSettings());
      await core.settings.setActivePlugin('static-vault');
      const { rmSync } = await import('node:fs');
      rmSync(core.settings.file);
      const { preview } = await core.api.previewSettingsBackup({});
      expect(preview!.current).toEqual({ state: 'missing' });
      expect(preview!.plugins).toEqual([{ pluginId: 'static-vault', status: 'only-in-backup', fields: [] }]);
    } finally {
      await core.close();
    }
  });
});
