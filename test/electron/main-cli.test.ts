import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { pluginSource, writePluginFile } from '../support/plugin-folder';
import { VAULT_PLUGIN_MODULE } from '../support/static-vault';

// "ECM Configurator.exe" --cli …: the real electron/main.ts with a fake 'electron', started with
// --cli on its command line. It must run the CLI with the OS sealer and the app's data directory,
// open no window, and exit with the CLI's code.
const fake = vi.hoisted(() => ({
  exitCode: undefined as number | undefined,
  windows: 0,
  dataDir: '',
  appListeners: undefined as Map<string, (...args: unknown[]) => void> | undefined,
}));

vi.mock('electron', async () => (await import('../support/fake-electron-cli')).fakeElectronForCli(fake));

describe('the packaged app with --cli', () => {
  fake.dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-main-cli-'));
  afterAll(() => rmSync(fake.dataDir, { recursive: true, force: true }));

  it('imports settings through the CLI, sealed with the OS sealer in the app data directory, and opens no window', async () => {
    const file = path.join(fake.dataDir, 'import.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'ecm-configurator-settings',
        version: 1,
        activePlugin: 'secret-server',
        plugins: {
          'secret-server': {
            endpointUrl: 'https://ss.corp.example/SecretServer/webservices/SSWebService.asmx',
            apiUser: 'svc',
            apiPassword: 'Os-Sealed-Marker-1',
          },
        },
      }),
    );
    const argv = process.argv;
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    process.argv = [argv[0]!, 'ECM Configurator.exe', '--cli', 'config', 'import', file];
    try {
      await import('../../electron/main');
      await vi.waitFor(() => expect(fake.exitCode).toBeDefined(), { timeout: 10_000 });
    } finally {
      process.argv = argv;
      out.mockRestore();
    }
    expect(fake.exitCode).toBe(0);
    expect(fake.windows).toBe(0);
    const settings = readFileSync(path.join(fake.dataDir, 'settings.json'), 'utf8');
    expect(settings).toContain('sealed:v2:os:');
    expect(settings).not.toContain('Os-Sealed-Marker-1');
  });

  it('lets a command that handles Ctrl+C do so: the first quit is refused, a second goes through', async () => {
    await runPackagedCli(['plugins', '--json']);
    const beforeQuit = fake.appListeners?.get('before-quit');
    expect(beforeQuit).toBeDefined();
    const quit = () => {
      let refused = false;
      beforeQuit!({ preventDefault: () => (refused = true) });
      return refused;
    };
    // No command handles Ctrl+C now (plugins has ended): quitting is never refused.
    expect(quit()).toBe(false);
    // As while test-access runs. The module is the one main.ts imported in runPackagedCli.
    const { processIo } = await import('../../electron/cli/output');
    const stop = processIo.onInterrupt!(() => {});
    try {
      expect([quit(), quit()]).toEqual([true, false]);
    } finally {
      stop();
    }
  });

  it('refuses --plugin-module: the packaged CLI runs no code named on its command line', async () => {
    const outcome = await runPackagedCli(['plugins', '--json', '--plugin-module', VAULT_PLUGIN_MODULE]);
    expect(outcome.code).toBe(2);
    expect(JSON.parse(outcome.stdout)).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'plugin-module',
        message: 'The packaged app does not load plugin modules from the command line or the environment.',
      },
    });
  });

  it("ignores ECM_PLUGINS_DIR: its plugins folder is the installation's only", async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'ecm-main-cli-plugins-'));
    writePluginFile(folder, 'from-env.mjs', pluginSource('from-env'));
    process.env.ECM_PLUGINS_DIR = folder;
    try {
      const outcome = await runPackagedCli(['plugins', '--json']);
      expect(outcome.code).toBe(0);
      expect(JSON.parse(outcome.stdout)).toMatchObject({ pluginsFolder: null, detected: [] });
    } finally {
      delete process.env.ECM_PLUGINS_DIR;
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

/** Starts a fresh copy of main.ts as "ECM Configurator.exe --cli <args>" and collects its output. */
async function runPackagedCli(args: string[]): Promise<{ code: number | undefined; stdout: string }> {
  vi.resetModules();
  fake.exitCode = undefined;
  const argv = process.argv;
  let stdout = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  process.argv = [argv[0]!, 'ECM Configurator.exe', '--cli', ...args];
  try {
    await import('../../electron/main');
    await vi.waitFor(() => expect(fake.exitCode).toBeDefined(), { timeout: 10_000 });
  } finally {
    process.argv = argv;
    out.mockRestore();
  }
  return { code: fake.exitCode, stdout };
}
