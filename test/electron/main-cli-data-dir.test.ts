import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// "ECM Configurator.exe" --cli … --data-dir <dir>: the real electron/main.ts, packaged, with a fake
// 'electron'. The packaged CLI honours --data-dir (docs/SECURITY.md says so): the settings and
// Configurator.log both go there, and nothing to the app's default data directory.
const fake = vi.hoisted(() => ({ exitCode: undefined as number | undefined, windows: 0, dataDir: '' }));

vi.mock('electron', async () => (await import('../support/fake-electron-cli')).fakeElectronForCli(fake));

describe('the packaged app with --cli and --data-dir', () => {
  fake.dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-main-cli-default-'));
  const chosen = mkdtempSync(path.join(os.tmpdir(), 'ecm-main-cli-chosen-'));
  afterAll(() => {
    rmSync(fake.dataDir, { recursive: true, force: true });
    rmSync(chosen, { recursive: true, force: true });
  });

  it('keeps the settings and the log in the chosen directory', async () => {
    const file = path.join(chosen, 'import.json');
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
            apiPassword: 'Data-Dir-Marker-1',
          },
        },
      }),
    );
    const argv = process.argv;
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    process.argv = [argv[0]!, 'ECM Configurator.exe', '--cli', 'config', 'import', file, '--data-dir', chosen];
    try {
      await import('../../electron/main');
      await vi.waitFor(() => expect(fake.exitCode).toBeDefined(), { timeout: 10_000 });
    } finally {
      process.argv = argv;
      out.mockRestore();
    }
    expect(fake.exitCode).toBe(0);
    expect(readFileSync(path.join(chosen, 'settings.json'), 'utf8')).toContain('ss.corp.example');
    expect(readFileSync(path.join(chosen, 'Configurator.log'), 'utf8')).toContain('imported');
    expect(readdirSync(fake.dataDir)).toEqual([]);
    expect(existsSync(path.join(fake.dataDir, 'Configurator.log'))).toBe(false);
  });
});
