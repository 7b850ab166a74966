import path from 'node:path';
import { expect } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../electron/core/api/dispatch';
import type { SenderInfo } from '../../../electron/core/api/sender-policy';
import { openCore, type Core } from '../../../electron/core/open-core';
import { createTpamPlugin } from '../../../electron/plugins/tpam/tpam-plugin';
import { EcmError } from '../../../shared/errors';
import type { CredentialStorePlugin } from '../../../shared/plugin/contract';
import { pluginSource, sha256OfText, writePluginFile } from '../plugin-folder';
import { API_PASSWORD, staticVault, VAULT_FILE, vaultSettings } from '../static-vault';
import type { FuzzWorld } from './fuzz-world';

// The core the IPC fuzz tests run against: the static vault and an offline TPAM, with a plugins folder.

/** The app's own page: the one sender the dispatcher trusts. */
export const APP: SenderInfo = { url: 'app://ecm/index.html', isTopFrame: true };
/** The static vault waits `latencyMs` (up to 60 s) per step; random valid values must not make a run slow. */
export const MAX_LATENCY_MS = 2;

/** One third-party plugin file in the fuzz core's plugins folder, so trustPlugin can succeed. */
export const FOLDER_PLUGIN = pluginSource('fuzz-folder-plugin');

/** The static vault with its latency clamped and device paths kept out of its file reads. */
export const boundedVault: CredentialStorePlugin = {
  ...staticVault,
  async testSettings(settings, target, ctx) {
    const latencyMs = Math.min(Math.max(Number(settings.latencyMs) || 0, 0), MAX_LATENCY_MS);
    const file = String(settings.vaultFile);
    // A random path could name a FIFO or an endless device, which no readFile survives.
    const vaultFile = /^\/(dev|proc|sys)(\/|$)/.test(path.resolve(file)) ? '/nonexistent/vault.json' : file;
    return staticVault.testSettings({ ...settings, latencyMs, vaultFile }, target, ctx);
  },
};

/** TPAM for its settings fields and its .ini import/export; anything that would open a connection is off. */
export function offlineTpam(): CredentialStorePlugin {
  const tpam = createTpamPlugin();
  const offline = async (): Promise<never> => {
    throw new EcmError({ code: 'CONNECT', message: 'The network is off in the IPC fuzz test.' });
  };
  return { ...tpam, testSettings: offline, runFieldAction: offline };
}

export const WORLD: FuzzWorld = {
  plugins: [boundedVault, offlineTpam()],
  settingsFilePlugin: 'tpam',
  detectedSha256: [sha256OfText(FOLDER_PLUGIN)],
  favourites: {
    'static-vault': {
      vaultFile: [VAULT_FILE],
      apiUser: ['svc-ecm'],
      apiPassword: [{ stored: true }, API_PASSWORD],
      latencyMs: [0, 60_000],
      sources: [['machine'], ['domain'], ['machine', 'domain']],
      matchShortNames: [true, false],
      mode: ['normal'],
      notes: ['', 'fuzz'],
    },
    tpam: {
      server: ['tpam.corp.example', '10.0.0.1'],
      server_public_key: [
        'tpam.corp.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl',
      ],
      server_user: ['ecmcli'],
      server_user_key: [
        '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----',
        { stored: true },
      ],
      system_name_resolver: ['dns', 'tpam'],
    },
  },
};

/** A real core on a fresh data directory with two saves and an active plugin, behind the real dispatcher. */
export async function openFuzzCore(tempDir: () => string): Promise<{ core: Core; dispatch: Dispatcher }> {
  const pluginsFolder = tempDir();
  writePluginFile(pluginsFolder, 'fuzz-folder-plugin.mjs', FOLDER_PLUGIN);
  const core = await openCore({ dataDir: tempDir(), plugins: WORLD.plugins as CredentialStorePlugin[], pluginsFolder });
  const dispatch = createDispatcher(core.api, { allowedOrigin: 'app://ecm', logger: core.logger });
  // Two saves, so that a last good copy exists for restoreSettingsBackup, and an active plugin.
  for (const notes of ['first save', 'second save']) {
    expect(
      await dispatch(APP, 'saveSettings', { pluginId: 'static-vault', values: vaultSettings({ notes }) }),
    ).toMatchObject({ ok: true });
  }
  expect(await dispatch(APP, 'setActivePlugin', { pluginId: 'static-vault' })).toMatchObject({ ok: true });
  return { core, dispatch };
}
