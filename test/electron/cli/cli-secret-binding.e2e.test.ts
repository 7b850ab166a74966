import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecretServerSimulator, type SecretServerSimulator } from '../../simulators/secret-server';
import { startTpamSimulator, type TpamSimulator } from '../../simulators/tpam/tpam-simulator';
import { runCli } from '../../support/run-cli';
import { API_PASSWORD, API_USER, testWorld } from '../../support/secret-server-world';
import { useTempDirs } from '../../support/temp-dir';
import { tpamSettings } from '../../support/tpam-fixture';

/**
 * Through the real CLI: a stored secret only ever goes where it was saved for. `home` is the
 * Secret Server the password was saved for; `elsewhere` stands for a server an attacker (or a
 * mistake) points the settings at. Its call counters prove that nothing reached it.
 */
describe('stored secrets through the CLI stay bound to where they were saved', () => {
  const tempDir = useTempDirs();
  let home: SecretServerSimulator;
  let elsewhere: SecretServerSimulator;
  let tpam: TpamSimulator;
  beforeAll(async () => {
    [home, elsewhere, tpam] = await Promise.all([
      startSecretServerSimulator({ world: testWorld() }),
      startSecretServerSimulator({ world: testWorld() }),
      startTpamSimulator(),
    ]);
  });
  afterAll(async () => {
    await Promise.all([home.close(), elsewhere.close(), tpam.close()]);
  });

  /** A data directory whose saved settings hold the Secret Server password and the TPAM private key. */
  async function savedSettings(): Promise<{ dataDir: string; dir: string }> {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    const file = path.join(dir, 'import.json');
    const plugins = {
      'secret-server': {
        endpointUrl: home.url,
        allowUnencryptedHttp: true,
        apiUser: API_USER,
        apiPassword: API_PASSWORD,
      },
      tpam: tpamSettings(tpam),
    };
    writeFileSync(
      file,
      JSON.stringify({ format: 'ecm-configurator-settings', version: 1, activePlugin: 'secret-server', plugins }),
    );
    const imported = await runCli(['config', 'import', file, '--data-dir', dataDir]);
    expect(imported.code, imported.stderr).toBe(0);
    return { dataDir, dir };
  }

  function testSaved(dataDir: string) {
    return runCli([
      'test-settings',
      '--plugin',
      'secret-server',
      '--user',
      'CORP\\alice',
      '--endpoint',
      'ws01',
      '--json',
      '--data-dir',
      dataDir,
    ]);
  }

  function editSettings(
    dataDir: string,
    change: (plugins: Record<string, { values: Record<string, unknown> }>) => void,
  ): void {
    const file = path.join(dataDir, 'settings.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    change(doc.plugins);
    writeFileSync(file, JSON.stringify(doc, null, 2));
  }

  it('refuses (exit 2) a config import that changes the Endpoint URL and keeps the password as {"stored": true}; nothing reaches the new URL', async () => {
    const { dataDir, dir } = await savedSettings();
    const exported = await runCli(['config', 'export', '--data-dir', dataDir]);
    const doc = JSON.parse(exported.stdout);
    expect(doc.plugins['secret-server'].apiPassword).toEqual({ stored: true });
    doc.plugins['secret-server'].endpointUrl = elsewhere.url;
    const file = path.join(dir, 'moved.json');
    writeFileSync(file, JSON.stringify(doc));
    const before = readFileSync(path.join(dataDir, 'settings.json'), 'utf8');
    home.resetCalls();
    elsewhere.resetCalls();

    const imported = await runCli(['config', 'import', file, '--data-dir', dataDir]);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toContain('  Code:        VALIDATION');
    expect(imported.stderr).toContain('secret-server.apiPassword: Type the API Password again: Endpoint URL changed');
    expect(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')).toBe(before);
    const validated = await runCli(['config', 'validate', file, '--json', '--data-dir', dataDir]);
    expect(validated.code).toBe(2);
    expect(JSON.parse(validated.stdout).problems).toContainEqual(
      expect.objectContaining({ pluginId: 'secret-server', key: 'apiPassword' }),
    );

    // The saved settings still test against the server they were saved for, and only there.
    const tested = await testSaved(dataDir);
    expect(tested.code, tested.stdout).toBe(0);
    expect(home.calls.Authenticate).toBe(1);
    expect(elsewhere.requests).toEqual([]);
  });

  it('refuses at use the sealed TPAM private key copied by hand into the Secret Server password beside a new Endpoint URL', async () => {
    const { dataDir } = await savedSettings();
    editSettings(dataDir, (plugins) => {
      plugins['secret-server']!.values.apiPassword = plugins.tpam!.values.server_user_key;
      plugins['secret-server']!.values.endpointUrl = elsewhere.url;
    });
    home.resetCalls();
    elsewhere.resetCalls();
    const tested = await testSaved(dataDir);
    expect(tested.code).toBe(2);
    const error = JSON.parse(tested.stdout).error;
    expect(error.code).toBe('CONFIG');
    expect(error.message).toContain(
      'The stored API Password (secret-server.apiPassword) was not sealed for this place',
    );
    expect(error.hint).toContain('Type API Password again');
    expect(elsewhere.requests).toEqual([]);
    expect(home.requests).toEqual([]);
    expect(tested.stdout + tested.stderr).not.toContain('PRIVATE KEY');
  });

  it('refuses at use the stored password when only the Endpoint URL was changed in settings.json', async () => {
    const { dataDir } = await savedSettings();
    editSettings(dataDir, (plugins) => (plugins['secret-server']!.values.endpointUrl = elsewhere.url));
    elsewhere.resetCalls();
    const tested = await testSaved(dataDir);
    expect(tested.code).toBe(2);
    expect(JSON.parse(tested.stdout).error).toMatchObject({
      code: 'CONFIG',
      message: expect.stringContaining('API Password'),
    });
    expect(elsewhere.requests).toEqual([]);
  });

  it('refuses at use the Secret Server password copied into the TPAM private key; TPAM sees no login', async () => {
    const { dataDir } = await savedSettings();
    editSettings(
      dataDir,
      (plugins) => (plugins.tpam!.values.server_user_key = plugins['secret-server']!.values.apiPassword),
    );
    const logins = tpam.logins.length;
    const rejected = tpam.rejectedLogins.length;
    const tested = await runCli([
      'test-settings',
      '--plugin',
      'tpam',
      '--user',
      'jdoe',
      '--endpoint',
      '10.0.0.5',
      '--json',
      '--data-dir',
      dataDir,
    ]);
    expect(tested.code).toBe(2);
    expect(JSON.parse(tested.stdout).error).toMatchObject({
      code: 'CONFIG',
      message: expect.stringContaining('(tpam.server_user_key) was not sealed for this place'),
    });
    expect(tpam.logins.length).toBe(logins);
    expect(tpam.rejectedLogins.length).toBe(rejected);
    expect(tested.stdout + tested.stderr).not.toContain(API_PASSWORD);
  });
});
