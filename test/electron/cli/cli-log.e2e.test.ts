import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { VAULT_PLUGIN_MODULE, vaultSettings } from '../../support/static-vault';
import { useTempDirs } from '../../support/temp-dir';

describe('ecm-configurator log --json and a missing log', () => {
  const tempDir = useTempDirs();

  it('prints JSON Lines: one object per entry with time, level, scope and message', async () => {
    const dir = tempDir();
    const settingsFile = path.join(dir, 'vault.json');
    writeFileSync(settingsFile, JSON.stringify(vaultSettings({ apiPassword: 'Bad-Json-Log-Marker-7' })));
    const common = ['--data-dir', path.join(dir, 'data'), '--plugin-module', VAULT_PLUGIN_MODULE];
    await runCli([
      'test-settings',
      '--plugin',
      'static-vault',
      '--settings',
      settingsFile,
      '--user',
      'CORP\\alice',
      '--endpoint',
      'ws01',
      ...common,
    ]);

    const all = await runCli(['log', '--json', ...common]);
    expect(all.code).toBe(0);
    const lines = all.stdout.split('\n');
    expect(lines.pop()).toBe(''); // every record ends with a newline
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries.length).toBeGreaterThanOrEqual(2);
    for (const e of entries) {
      expect(Object.keys(e).sort()).toEqual(['level', 'message', 'scope', 'time']);
      expect(e.time).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/);
    }
    expect(entries).toContainEqual(
      expect.objectContaining({
        level: 'info',
        scope: 'static-vault',
        message: "Test Settings started: user 'CORP\\alice', endpoint 'ws01'.",
      }),
    );

    const errors = await runCli(['log', '--level', 'error', '--json', ...common]);
    const errorEntries = errors.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string>);
    expect(errorEntries).toHaveLength(1);
    expect(errorEntries[0]).toMatchObject({ level: 'error', scope: 'static-vault' });
    expect(errorEntries[0]!.message).toContain('LOGIN_FAILED');
    expect(errors.stdout).not.toContain('Bad-Json-Log-Marker-7');
  });

  it('exits 2 when Configurator.log does not exist, saying where it looked and what creates it', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const human = await runCli(['log', '--data-dir', dataDir]);
    expect(human.code).toBe(2);
    expect(human.stdout).toBe('');
    expect(human.stderr).toContain(
      `Error: There is no Configurator.log in the data directory ${dataDir} (looked for ${path.join(dataDir, 'Configurator.log')}).`,
    );
    expect(human.stderr).toContain('create it the first time they log something');
    expect(human.stderr).toContain('--data-dir');

    const json = await runCli(['log', '--json', '--data-dir', dataDir]);
    expect(json.code).toBe(2);
    expect(json.stdout.trim().split('\n')).toHaveLength(1); // still JSON Lines
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'data-dir' } });
  });

  it('test-settings --user refuses a line separator in plain words, naming the option', async () => {
    const run = await runCli([
      'test-settings',
      '--plugin',
      'static-vault',
      '--plugin-module',
      VAULT_PLUGIN_MODULE,
      '--user',
      'CORP\\alice\u2028x',
      '--endpoint',
      'ws01',
      '--data-dir',
      path.join(tempDir(), 'data'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '--user: line separators (U+2028, U+2029) and invisible control characters (U+007F–U+009F) are not allowed in a user account.',
    );
  });
});
