import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EcmError } from '../../../../shared/errors';
import { NodeSealer } from '../../../../electron/core/security/node-sealer';
import { SettingsStore } from '../../../../electron/core/settings/settings-store';
import { staticVault, vaultSettings } from '../../../support/static-vault';
import { useTempDirs } from '../../../support/temp-dir';

const fields = staticVault.settings;
const MARKER = 'Marker-Secret-7f3a9c1e';

describe('SettingsStore', () => {
  const tempDir = useTempDirs();

  async function open(hooks = {}) {
    const dir = tempDir();
    const store = new SettingsStore(dir, await NodeSealer.open(dir), hooks);
    return { dir, store };
  }

  it('saves values with defaults and shows a stored secret only as { stored: true }', async () => {
    const { store } = await open();
    const view = await store.save('static-vault', fields, vaultSettings({ apiPassword: MARKER }));
    expect(view.values.apiPassword).toEqual({ stored: true });
    expect(view.values.apiUser).toBe('svc-ecm');
    expect(view.values.latencyMs).toBe(0); // default
    expect(view.savedAt).not.toBeNull();
    expect(JSON.stringify(view)).not.toContain(MARKER);
  });

  it('never writes a secret in clear to the settings file, and unseals it for a test', async () => {
    const { store } = await open();
    await store.save('static-vault', fields, vaultSettings({ apiPassword: MARKER }));
    const text = readFileSync(store.file, 'utf8');
    expect(text).not.toContain(MARKER);
    expect(text).toContain('sealed:v2:node-aes:');
    const resolved = await store.resolve('static-vault', fields, {});
    expect(resolved.apiPassword).toBe(MARKER);
  });

  it('keeps the stored secret when the draft leaves it out or sends { stored: true }, and replaces it when given', async () => {
    const { store } = await open();
    await store.save('static-vault', fields, vaultSettings({ apiPassword: MARKER }));
    await store.save('static-vault', fields, { ...vaultSettings(), apiPassword: { stored: true }, apiUser: 'other' });
    expect((await store.resolve('static-vault', fields)).apiPassword).toBe(MARKER);
    const { apiPassword: _omit, ...withoutSecret } = vaultSettings();
    await store.save('static-vault', fields, withoutSecret);
    expect((await store.resolve('static-vault', fields)).apiPassword).toBe(MARKER);
    await store.save('static-vault', fields, vaultSettings({ apiPassword: 'New-Secret-Value' }));
    expect((await store.resolve('static-vault', fields)).apiPassword).toBe('New-Secret-Value');
  });

  it('refuses invalid values with a VALIDATION error naming the field, and keeps what was saved', async () => {
    const { store } = await open();
    await store.save('static-vault', fields, vaultSettings());
    const before = readFileSync(store.file, 'utf8');
    const err = await store.save('static-vault', fields, vaultSettings({ latencyMs: -5 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EcmError);
    expect((err as EcmError).code).toBe('VALIDATION');
    expect((err as EcmError).field).toBe('values.latencyMs');
    expect((err as EcmError).message).toContain('Latency (ms) must be at least 0');
    expect(readFileSync(store.file, 'utf8')).toBe(before);
  });

  it('refuses an unknown setting key instead of dropping it', async () => {
    const { store } = await open();
    const err = (await store
      .save('static-vault', fields, { ...vaultSettings(), apiUsr: 'x' })
      .catch((e: unknown) => e)) as EcmError;
    expect(err.code).toBe('VALIDATION');
    expect(err.field).toBe('values.apiUsr');
  });

  it('leaves the old settings intact when a save is interrupted before the rename', async () => {
    let crash = false;
    const { dir, store } = await open({
      beforeRename: () => {
        if (crash) throw new Error('simulated crash before rename');
      },
    });
    await store.save('static-vault', fields, vaultSettings({ apiUser: 'first' }));
    const before = readFileSync(store.file, 'utf8');
    crash = true;
    await expect(store.save('static-vault', fields, vaultSettings({ apiUser: 'second' }))).rejects.toThrow(
      'simulated crash',
    );
    expect(readFileSync(store.file, 'utf8')).toBe(before);
    crash = false;
    expect((await store.resolve('static-vault', fields)).apiUser).toBe('first');
    const leftovers = (await fs.readdir(dir)).filter((n) => n.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('reports a corrupt settings file, offers the last good copy and never replaces it with defaults', async () => {
    const { dir, store } = await open();
    await store.save('static-vault', fields, vaultSettings({ apiUser: 'first' }));
    await store.save('static-vault', fields, vaultSettings({ apiUser: 'second' }));
    await fs.writeFile(store.file, '{"schemaVersion": 1, "activePlugin": nul'); // torn write
    const err = (await store.load().catch((e: unknown) => e)) as EcmError;
    expect(err.code).toBe('CONFIG');
    expect(err.message).toContain('cannot be used: it is not valid JSON');
    expect(err.hint).toContain('last good copy');
    // Writing over the damaged file is refused too.
    await expect(store.setActivePlugin('static-vault')).rejects.toMatchObject({ code: 'CONFIG' });
    expect(readFileSync(store.file, 'utf8')).toContain('nul');

    const restored = await store.restoreBackup();
    expect(restored.restored).toBe(true);
    expect((await store.resolve('static-vault', fields)).apiUser).toBe('first');
    const names = await fs.readdir(dir);
    expect(names.some((n) => n.startsWith('settings.damaged-'))).toBe(true);
  });

  it('reports a file written by a newer version instead of reading it', async () => {
    const { store } = await open();
    await fs.mkdir(path.dirname(store.file), { recursive: true });
    await fs.writeFile(store.file, JSON.stringify({ schemaVersion: 9, activePlugin: null, plugins: {} }));
    await expect(store.load()).rejects.toMatchObject({
      code: 'CONFIG',
      message: expect.stringContaining('newer version'),
    });
  });

  it('keeps the active plugin', async () => {
    const { store } = await open();
    expect(await store.getActivePlugin()).toBeNull();
    await store.setActivePlugin('static-vault');
    expect(await store.getActivePlugin()).toBe('static-vault');
  });

  it('serialises concurrent saves so none is lost', async () => {
    const { store } = await open();
    await Promise.all([
      store.save('static-vault', fields, vaultSettings({ apiUser: 'a' })),
      store.setActivePlugin('static-vault'),
      store.save('other-plugin', fields, vaultSettings({ apiUser: 'b' })),
    ]);
    const doc = await store.load();
    expect(doc.activePlugin).toBe('static-vault');
    expect(Object.keys(doc.plugins).sort()).toEqual(['other-plugin', 'static-vault']);
  });
});
