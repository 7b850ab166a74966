import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/open-core';
import { detectPluginFiles } from '../../../../electron/core/plugins/plugin-files';
import { importTrustedFile } from '../../../../electron/core/plugins/trusted-module-loader';
import { exportExchange, importExchange, parseExchange } from '../../../../electron/core/settings/settings-exchange';
import { readLog } from '../../../support/core-fixture';
import { pluginSource, writePluginFile } from '../../../support/plugin-folder';
import { staticVault, vaultSettings } from '../../../support/static-vault';
import { useTempDirs } from '../../../support/temp-dir';

/** How often the module with this marker was imported (its code sets the global when it runs). */
function runs(marker: string): number {
  return ((globalThis as Record<string, unknown>)[marker] as number | undefined) ?? 0;
}

let markerCount = 0;
function freshMarker(): string {
  return `__ecmPluginTrustTest${process.pid}_${++markerCount}`;
}

describe('plugins from the plugins folder: detected, trusted by hash, refused when changed', () => {
  const tempDir = useTempDirs();
  const opened: Core[] = [];
  afterEach(async () => {
    for (const core of opened.splice(0)) await core.close();
  });

  async function open(dataDir: string, pluginsFolder: string): Promise<Core> {
    const core = await openCore({ dataDir, plugins: [staticVault], pluginsFolder });
    opened.push(core);
    return core;
  }

  it('detects a new plugin file with name, size and SHA-256, runs none of its code, and logs it', async () => {
    const [dataDir, folder, marker] = [tempDir(), tempDir(), freshMarker()];
    const written = writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault', { marker }));
    const core = await open(dataDir, folder);

    expect(runs(marker)).toBe(0);
    expect(core.registry.has('acme-vault')).toBe(false);
    expect(await core.api.listDetectedPlugins({})).toEqual({
      folder,
      plugins: [
        {
          file: 'acme-vault.mjs',
          size: written.size,
          sha256: written.sha256,
          trust: 'new',
          loaded: false,
          pluginIds: [],
        },
      ],
    });
    expect(readLog(core)).toContain(
      `New plugin file acme-vault.mjs (${written.size} bytes, SHA-256 ${written.sha256}) in ${folder} was not loaded: an administrator must trust it first.`,
    );
  });

  it('trusts a detected file by its hash, loads it at once and at every later start, with the trust sealed in settings.json', async () => {
    const [dataDir, folder, marker] = [tempDir(), tempDir(), freshMarker()];
    const written = writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault', { marker }));
    const core = await open(dataDir, folder);

    const trusted = await core.api.trustPlugin({ sha256: written.sha256 });
    expect(trusted).toMatchObject({
      file: 'acme-vault.mjs',
      trust: 'trusted',
      loaded: true,
      pluginIds: ['acme-vault'],
    });
    expect(runs(marker)).toBe(1);
    expect(core.registry.has('acme-vault')).toBe(true);
    expect(readLog(core)).toContain(
      `Plugin file acme-vault.mjs (${written.size} bytes, SHA-256 ${written.sha256}) in ${folder} trusted by the administrator (in the app).`,
    );

    const settings = JSON.parse(readFileSync(core.settings.file, 'utf8'));
    expect(settings.trustedPlugins.sealed).toMatch(/^sealed:v2:node-aes:/);
    expect(JSON.stringify(settings)).not.toContain(written.sha256); // sealed, not a plain list anyone could extend

    const again = await open(dataDir, folder);
    expect(again.registry.has('acme-vault')).toBe(true);
    expect(await again.api.listDetectedPlugins({})).toMatchObject({
      plugins: [{ trust: 'trusted', loaded: true, pluginIds: ['acme-vault'] }],
    });
  });

  it('does not load a trusted file whose bytes changed, logs the old and new hash, and loads it once trusted again', async () => {
    const [dataDir, folder, marker] = [tempDir(), tempDir(), freshMarker()];
    const first = writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault', { marker }));
    await (await open(dataDir, folder)).api.trustPlugin({ sha256: first.sha256 });
    const before = runs(marker);

    const changed = writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault', { marker, version: '6.6.6' }));
    const core = await open(dataDir, folder);
    expect(runs(marker)).toBe(before);
    expect(core.registry.has('acme-vault')).toBe(false);
    expect(readLog(core)).toContain(
      `Plugin file acme-vault.mjs in ${folder} was not loaded: it changed since it was trusted (trusted SHA-256 ${first.sha256}, now ${changed.sha256}, ${changed.size} bytes). Trust it again if the change is expected.`,
    );
    expect(await core.api.listDetectedPlugins({})).toMatchObject({
      plugins: [{ trust: 'changed', sha256: changed.sha256, trustedSha256: first.sha256, loaded: false }],
    });

    await core.api.trustPlugin({ sha256: changed.sha256 });
    expect(core.registry.get('acme-vault').version).toBe('6.6.6');
  });

  it('trusts only a hash that is in the folder now, and changes nothing otherwise', async () => {
    const [dataDir, folder] = [tempDir(), tempDir()];
    const written = writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault'));
    const core = await open(dataDir, folder);
    await core.api.saveSettings({ pluginId: 'static-vault', values: vaultSettings() });
    const settingsBefore = readFileSync(core.settings.file, 'utf8');

    await expect(core.api.trustPlugin({ sha256: 'a'.repeat(64) })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'sha256',
      message: expect.stringContaining(`No plugin file with SHA-256 ${'a'.repeat(64)} is in the plugins folder now`),
    });
    // The file the renderer was shown is replaced before the admin answers: its old hash trusts nothing.
    writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault', { version: '2.0.0' }));
    await expect(core.api.trustPlugin({ sha256: written.sha256 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(readFileSync(core.settings.file, 'utf8')).toBe(settingsBefore);
    expect(core.registry.has('acme-vault')).toBe(false);
  });

  it('loads nothing from a trust list that was forged or moved from another sealed value, and says why', async () => {
    const [dataDir, folder, marker] = [tempDir(), tempDir(), freshMarker()];
    const written = writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault', { marker }));
    const setup = await open(dataDir, folder);
    await setup.api.saveSettings({ pluginId: 'static-vault', values: vaultSettings() });
    const doc = JSON.parse(readFileSync(setup.settings.file, 'utf8'));
    // A well-formed list trusting this very file, sealed elsewhere (another sealing key): what a
    // user who can write settings.json, but not seal as this account, could bring.
    const foreign = await open(tempDir(), folder);
    await foreign.api.trustPlugin({ sha256: written.sha256 });
    const forgedList = JSON.parse(readFileSync(foreign.settings.file, 'utf8')).trustedPlugins;
    const before = runs(marker);

    for (const [forged, why] of [
      [forgedList, 'sealed with another key'],
      [doc.plugins['static-vault'].values.apiPassword, 'a sealed value was moved here'],
    ] as const) {
      writeFileSync(setup.settings.file, JSON.stringify({ ...doc, trustedPlugins: forged }));
      const core = await open(dataDir, folder);
      expect(core.registry.has('acme-vault')).toBe(false);
      expect(runs(marker)).toBe(before);
      expect(readLog(core)).toContain('The list of trusted plugins in settings.json cannot be read');
      expect(readLog(core)).toContain(why);
      await expect(core.api.listDetectedPlugins({})).rejects.toMatchObject({ code: 'SECRET_STORE' });
    }
  });

  it('keeps the trust out of settings exchange files: config export omits it, config import leaves it as it was', async () => {
    const [dataDir, folder] = [tempDir(), tempDir()];
    const written = writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault'));
    const core = await open(dataDir, folder);
    await core.api.trustPlugin({ sha256: written.sha256 });
    const exported = await exportExchange(core);
    expect(JSON.stringify(exported)).not.toContain('trusted');
    await importExchange(
      core,
      parseExchange(core, { ...exported, plugins: { 'static-vault': vaultSettings() } }, 'import.json'),
    );
    expect((await open(dataDir, folder)).registry.has('acme-vault')).toBe(true);
    // An exchange file cannot bring a trust list of its own.
    const sealedList = JSON.parse(readFileSync(core.settings.file, 'utf8')).trustedPlugins;
    expect(() => parseExchange(core, { ...exported, trustedPlugins: sealedList }, 'import.json')).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
  });

  it('imports the bytes it checked: a file swapped after the check never runs', async () => {
    const [dataDir, folder, marker] = [tempDir(), tempDir(), freshMarker()];
    writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault'));
    const [detected] = await detectPluginFiles(folder);
    writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault', { marker }));
    await expect(importTrustedFile(detected!, dataDir)).rejects.toMatchObject({
      code: 'CONFIG',
      message: expect.stringContaining('changed while it was being loaded'),
    });
    expect(runs(marker)).toBe(0);
  });

  it('ignores links and names with control characters in the plugins folder', async () => {
    const [folder, elsewhere] = [tempDir(), tempDir()];
    const outside = writePluginFile(elsewhere, 'outside.mjs', pluginSource('outside'));
    symlinkSync(outside.path, path.join(folder, 'linked.mjs'));
    writePluginFile(folder, 'fake\rline.mjs', pluginSource('fake'));
    const skipped: string[] = [];
    expect(await detectPluginFiles(folder, (why) => skipped.push(why))).toEqual([]);
    expect(skipped).toEqual([expect.stringContaining('"fake\\rline.mjs"'), expect.stringContaining('linked.mjs in')]);
  });
});
