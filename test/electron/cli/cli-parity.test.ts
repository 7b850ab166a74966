import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTestResult } from '../../../electron/cli/output';
import { runCli } from '../../../electron/cli/program';
import { openCore } from '../../../electron/core/open-core';
import { staticVault, VAULT_PLUGIN_MODULE, vaultSettings } from '../../support/static-vault';
import { useTempDirs } from '../../support/temp-dir';

/** The CLI run in-process, as an administrator on Server Core would type it. */
async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) }, {});
  return { code, stdout, stderr };
}

describe('CLI parity for Server Core', () => {
  const tempDir = useTempDirs();
  const vault = (dataDir: string) => ['--data-dir', dataDir, '--plugin-module', VAULT_PLUGIN_MODULE];

  it('test-settings without --plugin tests the saved active plugin and says which it used', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const core = await openCore({ dataDir, plugins: [staticVault] });
    await core.settings.setActivePlugin('static-vault');
    await core.settings.save('static-vault', staticVault.settings, vaultSettings());
    await core.close();

    const run = await cli([
      'test-settings',
      '--user',
      'CORP\\alice',
      '--endpoint',
      'ws01',
      '--json',
      ...vault(dataDir),
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, plugin: 'static-vault' });
    expect(run.stderr).toContain("Using the active plugin 'static-vault'");
  });

  it('test-settings without --plugin and no active plugin: exit 2, naming --plugin and the plugins', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const run = await cli(['test-settings', '--user', 'CORP\\alice', '--endpoint', 'ws01', ...vault(dataDir)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No active plugin is saved');
    expect(run.stderr).toContain('Pass --plugin <id>; the plugins available are: ');
    expect(run.stderr).toContain('static-vault');
  });

  it.each([
    'plugins',
    'plugins trust',
    'test-settings',
    'clear-token-cache',
    'log',
    'config export',
    'config import',
    'config validate',
    'config restore-backup',
  ])('%s --help shows an example and names ECM_DATA_DIR', async (command) => {
    const run = await cli([...command.split(' '), '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Example:\n  ecm-configurator ${command}`);
    expect(run.stdout).toContain('ECM_DATA_DIR');
  });

  it('test-settings --help marks the required options, and only those', async () => {
    const help = (await cli(['test-settings', '--help'])).stdout;
    expect(help).toMatch(/--user <user>\s+\(required\)/);
    expect(help).toMatch(/--endpoint <host>\s+\(required\)/);
    expect(help).not.toMatch(/--plugin <id>\s+\(required\)/);
  });

  it('reports every missing required option in one run', async () => {
    const run = await cli(['test-settings']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('required options are missing: --user, --endpoint');
  });

  it('suggests the nearest command for a mistyped one', async () => {
    const run = await cli(['tset-settings']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('(Did you mean test-settings?)');
  });

  it('with no command prints the help and exits 2', async () => {
    const run = await cli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: ecm-configurator');
    expect(run.stderr).toContain('test-settings');
  });

  it.each([
    ['--tail must be 1 or more.', ['log', '--tail', '0']],
    ['--tail must be 10000 or less.', ['log', '--tail', '20000']],
    ['--tail must be a whole number.', ['log', '--tail', 'many']],
    ['--level must be one of: ', ['log', '--level', 'loud']],
    ['--grep must be 200 characters or fewer.', ['log', '--grep', 'x'.repeat(201)]],
    [
      '--user must be 256 characters or fewer.',
      ['test-settings', '--plugin', 'static-vault', '--user', 'a'.repeat(300), '--endpoint', 'ws01'],
    ],
  ])('names the option in plain words: %s', async (message, args) => {
    const dataDir = path.join(tempDir(), 'data');
    const run = await cli([...args, ...vault(dataDir)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/Too (small|big)|Invalid|expected (number|string)/);
  });

  it('names --plugin, not the internal pluginId, for an unknown plugin', async () => {
    const run = await cli(['clear-token-cache', '--plugin', 'nope', '--data-dir', path.join(tempDir(), 'data')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Option:      --plugin');
    expect(run.stderr).not.toContain('pluginId');
  });

  it('keeps the timing column of the step table aligned whatever the step name length', () => {
    const text = formatTestResult({
      pluginId: 'tpam',
      user: 'CORP\\alice',
      endpoint: 'ws01',
      ms: 9000,
      credentials: [],
      steps: [
        { name: 'Connect', ok: true, ms: 5, detail: 'ok' },
        { name: 'Resolve the system and every account of it for the user', ok: false, ms: 8123, detail: 'none' },
        { name: 'List', ok: true, ms: 12 },
      ],
    } as unknown as Parameters<typeof formatTestResult>[0]);
    const stepLines = text.split('\n').filter((l) => /^ {2}(OK|FAIL)/.test(l));
    expect(stepLines).toHaveLength(3);
    // Times are right-aligned: each one ends in the same column, "5 ms" as "8.1 s".
    const ends = stepLines.map((l) => {
      const m = /\d+(\.\d)? m?s/.exec(l);
      return m ? m.index + m[0].length : -1;
    });
    expect(new Set(ends).size).toBe(1);
    expect(ends[0]).toBeGreaterThan(0);
    // Above one second in seconds with one decimal, as the app shows them.
    expect(stepLines[1]).toContain('8.1 s');
    expect(text).toContain('endpoint ws01 (9.0 s)');
  });
});
