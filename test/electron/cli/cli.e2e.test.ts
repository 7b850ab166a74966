import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { API_PASSWORD, VAULT_PLUGIN_MODULE, vaultSettings } from '../../support/static-vault';
import { useTempDirs } from '../../support/temp-dir';

describe('ecm-configurator CLI', () => {
  const tempDir = useTempDirs();

  function setup(settings: Record<string, unknown> = vaultSettings()) {
    const dir = tempDir();
    const settingsFile = path.join(dir, 'settings-in.json');
    writeFileSync(settingsFile, JSON.stringify(settings));
    const common = ['--data-dir', path.join(dir, 'data'), '--plugin-module', VAULT_PLUGIN_MODULE];
    const test = (user = 'CORP\\alice', endpoint = 'ws01', extra: string[] = []) =>
      runCli([
        'test-settings',
        '--plugin',
        'static-vault',
        '--settings',
        settingsFile,
        '--user',
        user,
        '--endpoint',
        endpoint,
        '--json',
        ...common,
        ...extra,
      ]);
    return { dir, dataDir: path.join(dir, 'data'), settingsFile, common, test };
  }

  // The process's exit code is what a script on Server Core branches on.
  it('with no command prints the help on standard error and the process exits 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: ecm-configurator');
    expect(run.stdout).toBe('');
  });

  it('lists the built-in plugins and loaded plugin modules as one JSON document', async () => {
    const { common, dataDir } = setup();
    const withPlugin = await runCli(['plugins', '--json', ...common]);
    expect(withPlugin.code).toBe(0);
    expect(JSON.parse(withPlugin.stdout).plugins.map((p: { id: string }) => p.id)).toEqual([
      'tpam',
      'static-vault',
      'secret-server',
    ]);
    const builtIn = await runCli(['plugins', '--json', '--data-dir', dataDir]);
    expect(JSON.parse(builtIn.stdout).plugins.map((p: { id: string }) => p.id)).toEqual(['tpam', 'secret-server']);
    const human = await runCli(['plugins', '--data-dir', dataDir]);
    expect(human.stdout).toMatch(/secret-server\s+Thycotic Secret Server\s+1\.0\.0/);
  });

  it('test-settings --json prints exactly one document with credentials and steps, exit 0', async () => {
    const { test } = setup();
    const run = await test('CORP\\alice', 'ws01.corp.example');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({ ok: true, plugin: 'static-vault', user: 'CORP\\alice', endpoint: 'ws01.corp.example' });
    expect(doc.credentials.map((c: { id: string }) => c.id).sort()).toEqual(['101', '102', '201']);
    expect(doc.steps.map((s: { name: string }) => s.name)).toEqual([
      'Open vault',
      'Authenticate',
      'Search credentials',
    ]);
    expect(run.stdout).not.toContain(API_PASSWORD);
  });

  it('exits 0 with an empty list when the user may use nothing', async () => {
    const { test } = setup();
    const run = await test('CORP\\nobody', 'fileserver');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).credentials).toEqual([]);
  });

  it('exits 3 when the back end refuses (login failed, pending approval)', async () => {
    const bad = setup(vaultSettings({ apiPassword: 'Wrong-Pass-Marker-1' }));
    const login = await bad.test();
    expect(login.code).toBe(3);
    expect(JSON.parse(login.stdout)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'LOGIN_FAILED', message: expect.any(String), hint: expect.any(String) }),
    });
    expect(login.stdout + login.stderr).not.toContain('Wrong-Pass-Marker-1');
    const pending = await setup().test('CORP\\pending');
    expect(pending.code).toBe(3);
    expect(JSON.parse(pending.stdout).error.code).toBe('PENDING_APPROVAL');
  });

  it('exits 4 when the back end cannot be reached, and 2 on bad input, naming the field', async () => {
    const offline = await setup(vaultSettings({ mode: 'offline' })).test();
    expect(offline.code).toBe(4);
    expect(JSON.parse(offline.stdout).error.code).toBe('CONNECT');

    const badKey = await setup({ ...vaultSettings(), latencyMs: '10' }).test();
    expect(badKey.code).toBe(2);
    expect(JSON.parse(badKey.stdout).error).toMatchObject({ code: 'VALIDATION', field: 'settings.latencyMs' });

    const typo = await setup({ ...vaultSettings(), apiUsr: 'x' }).test();
    expect(typo.code).toBe(2);
    expect(JSON.parse(typo.stdout).error.message).toContain("'apiUsr' is not a setting");

    const { test } = setup();
    const badEndpoint = await test('CORP\\alice', 'ws01; rm -rf /');
    expect(badEndpoint.code).toBe(2);
    expect(JSON.parse(badEndpoint.stdout).error.field).toBe('endpoint');

    const badTimeout = await test('CORP\\alice', 'ws01', ['--timeout', 'soon']);
    expect(badTimeout.code).toBe(2);

    const missingOption = await runCli(['test-settings', '--plugin', 'static-vault']);
    expect(missingOption.code).toBe(2);
    expect(missingOption.stderr).toContain('required options are missing: --user, --endpoint');
  });

  it('accepts "yes"/"no" booleans and comma-separated lists in a settings file', async () => {
    const run = await setup(vaultSettings({ matchShortNames: 'no', sources: 'domain' })).test(
      'CORP\\alice',
      'ws01.corp.example',
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).credentials.map((c: { id: string }) => c.id)).toEqual(['201']);
  });

  it('never lets a wrong password ride on a token cached for the right one', async () => {
    const good = setup();
    expect((await good.test()).code).toBe(0);
    const wrong = path.join(good.dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify(vaultSettings({ apiPassword: 'Not-The-Password-1' })));
    const run = await runCli([
      'test-settings',
      '--plugin',
      'static-vault',
      '--settings',
      wrong,
      '--user',
      'CORP\\alice',
      '--endpoint',
      'ws01',
      '--json',
      ...good.common,
    ]);
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout).error.code).toBe('LOGIN_FAILED');
  });

  it('reuses the cached token in a second run, and clear-token-cache reports how many it removed', async () => {
    const { test, common, dataDir } = setup();
    expect(JSON.parse((await test()).stdout).steps[1].detail).toBe('new session token');
    expect(JSON.parse((await test()).stdout).steps[1].detail).toBe('cached session token');
    const cleared = await runCli(['clear-token-cache', '--json', ...common]);
    expect(cleared.code).toBe(0);
    expect(JSON.parse(cleared.stdout)).toMatchObject({ ok: true, removed: 1 });
    expect(JSON.parse((await test()).stdout).steps[1].detail).toBe('new session token');
    const human = await runCli(['clear-token-cache', '--plugin', 'static-vault', ...common]);
    expect(human.stdout).toBe('Token cache of Static Vault (example) cleared: 1 cached token removed.\n');
    const files = readdirSync(dataDir)
      .map((n) => readFileSync(path.join(dataDir, n), 'utf8'))
      .join('\n');
    expect(files).not.toContain(API_PASSWORD);
  });

  it('shows the log with level and text filters', async () => {
    const { common, test } = setup(vaultSettings({ apiPassword: 'Bad-Log-Marker-2' }));
    await test();
    const errors = await runCli(['log', '--level', 'error', ...common]);
    expect(errors.code).toBe(0);
    expect(errors.stdout).toMatch(/error \[static-vault\] Test Settings failed .*LOGIN_FAILED/);
    expect(errors.stdout).not.toContain('Bad-Log-Marker-2');
    const grep = await runCli(['log', '--grep', 'started', '--tail', '5', ...common]);
    expect(grep.stdout.trim().split('\n')).toHaveLength(1);
    const bad = await runCli(['log', '--level', 'loud', ...common]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--level');
  });

  it('config export never writes a secret in clear; import validates everything first; validate reports problems', async () => {
    const { dir, dataDir, common } = setup();
    const input = path.join(dir, 'import.json');
    writeFileSync(
      input,
      JSON.stringify({
        format: 'ecm-configurator-settings',
        version: 1,
        activePlugin: 'static-vault',
        plugins: { 'static-vault': vaultSettings() },
      }),
    );
    const imported = await runCli(['config', 'import', input, ...common]);
    expect(imported.code).toBe(0);
    const exported = await runCli(['config', 'export', ...common]);
    expect(exported.code).toBe(0);
    const doc = JSON.parse(exported.stdout);
    expect(doc.plugins['static-vault'].apiPassword).toEqual({ stored: true });
    expect(doc.activePlugin).toBe('static-vault');
    expect(exported.stdout).not.toContain(API_PASSWORD);
    expect(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')).not.toContain(API_PASSWORD);

    // The exported file imports again (the secret stays sealed on this machine).
    const roundTrip = path.join(dir, 'export.json');
    writeFileSync(roundTrip, exported.stdout);
    expect((await runCli(['config', 'import', roundTrip, ...common])).code).toBe(0);
    expect((await runCli(['config', 'validate', ...common])).code).toBe(0);

    // A bad file is refused whole, and nothing saved is lost.
    const before = readFileSync(path.join(dataDir, 'settings.json'), 'utf8');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ ...doc, plugins: { 'static-vault': { ...doc.plugins['static-vault'], latencyMs: -1 } } }),
    );
    const validate = await runCli(['config', 'validate', bad, '--json', ...common]);
    expect(validate.code).toBe(2);
    expect(JSON.parse(validate.stdout).problems[0]).toMatchObject({ pluginId: 'static-vault', key: 'latencyMs' });
    const refused = await runCli(['config', 'import', bad, ...common]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Nothing was imported');
    expect(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')).toBe(before);
  });

  it('reports a damaged settings file and restores the last good copy', async () => {
    const { dir, dataDir, common } = setup();
    const input = path.join(dir, 'import.json');
    const exchange = (user: string) =>
      JSON.stringify({
        format: 'ecm-configurator-settings',
        version: 1,
        plugins: { 'static-vault': vaultSettings({ apiUser: user }) },
      });
    writeFileSync(input, exchange('first'));
    await runCli(['config', 'import', input, ...common]);
    writeFileSync(input, exchange('second'));
    await runCli(['config', 'import', input, ...common]);
    writeFileSync(path.join(dataDir, 'settings.json'), '{ torn');
    const broken = await runCli(['config', 'export', ...common]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('  Code:        CONFIG');
    expect(broken.stderr).toContain('config restore-backup');
    // Standard input is not a terminal here: without --yes nothing is replaced, and it says why.
    const unconfirmed = await runCli(['config', 'restore-backup', ...common]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain('run the command again with --yes');
    expect(unconfirmed.stdout).toContain(
      'Current settings.json: damaged file cannot be read: not valid JSON at line 1, column 3',
    );
    expect(unconfirmed.stdout).toContain('static-vault: cannot compare: the current file cannot be read');
    expect(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')).toBe('{ torn');
    const restored = await runCli(['config', 'restore-backup', '--yes', ...common]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('Settings restored from the last good copy');
    const after = JSON.parse((await runCli(['config', 'export', ...common])).stdout);
    expect(after.plugins['static-vault'].apiUser).toBe('first');
  });

  it('tests the saved settings when --settings is left out', async () => {
    const { dir, common } = setup();
    const input = path.join(dir, 'import.json');
    writeFileSync(
      input,
      JSON.stringify({ format: 'ecm-configurator-settings', version: 1, plugins: { 'static-vault': vaultSettings() } }),
    );
    await runCli(['config', 'import', input, ...common]);
    const run = await runCli([
      'test-settings',
      '--plugin',
      'static-vault',
      '--user',
      'CORP\\bob',
      '--endpoint',
      'ws01',
      ...common,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 credential(s). No passwords are retrieved or displayed.');
    expect(run.stdout).toContain('WS01 local administrator');
  });

  it('runs as `npx ecm-configurator` from the repository', async () => {
    const { execFile } = await import('node:child_process');
    const { dataDir } = setup();
    const out = await new Promise<string>((resolve, reject) =>
      execFile(
        'npx',
        [
          '--no-install',
          'ecm-configurator',
          'plugins',
          '--json',
          '--data-dir',
          dataDir,
          '--plugin-module',
          VAULT_PLUGIN_MODULE,
        ],
        { timeout: 20_000 },
        (err, stdout) => (err ? reject(err) : resolve(stdout)),
      ),
    );
    expect(JSON.parse(out).plugins.map((p: { id: string }) => p.id)).toContain('static-vault');
  });

  it('says when nothing is saved and no --settings is given', async () => {
    const { dataDir } = setup();
    const run = await runCli([
      'test-settings',
      '--plugin',
      'secret-server',
      '--user',
      'u',
      '--endpoint',
      'e',
      '--data-dir',
      dataDir,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Nothing is saved for the plugin 'secret-server'");
    expect(run.stderr).toContain('--settings');
  });

  it('accepts --level warning as warn, and warns when a saved plugin is not loaded', async () => {
    const { dir, dataDir, common } = setup();
    const input = path.join(dir, 'import.json');
    writeFileSync(
      input,
      JSON.stringify({ format: 'ecm-configurator-settings', version: 1, plugins: { 'static-vault': vaultSettings() } }),
    );
    expect((await runCli(['config', 'import', input, ...common])).code).toBe(0);
    expect((await runCli(['log', '--level', 'warning', ...common])).code).toBe(0);
    const exported = await runCli(['config', 'export', '--data-dir', dataDir]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain("the saved settings of plugin 'static-vault' were not exported");
    const validate = await runCli(['config', 'validate', '--data-dir', dataDir]);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toContain('static-vault.(plugin): not checked');
  });

  it('names an unknown plugin', async () => {
    const run = await runCli(['test-settings', '--plugin', 'nope', '--user', 'u', '--endpoint', 'e', '--json']);
    expect(run.code).toBe(2); // a usage error
    expect(JSON.parse(run.stdout).error).toMatchObject({ code: 'NOT_FOUND', field: 'pluginId' });
  });
});
