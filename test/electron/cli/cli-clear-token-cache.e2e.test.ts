import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { useTempDirs } from '../../support/temp-dir';

// `clear-token-cache` says what each plugin dropped, in the words the app uses: TPAM caches no
// tokens, so it reports the pooled SSH connections it closed (none in a fresh CLI process).
describe('ecm-configurator clear-token-cache', () => {
  const tempDir = useTempDirs();

  it('for TPAM reports closed SSH connections, not tokens', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const human = await runCli(['clear-token-cache', '--plugin', 'tpam', '--data-dir', dataDir]);
    expect(human.stderr).toBe('');
    expect(human.code).toBe(0);
    expect(human.stdout).toBe('Closed 0 SSH connections to One Identity TPAM; the next request reconnects.\n');

    const json = await runCli(['clear-token-cache', '--plugin', 'tpam', '--json', '--data-dir', dataDir]);
    expect(JSON.parse(json.stdout)).toEqual({
      ok: true,
      removed: 0,
      cleared: [{ pluginId: 'tpam', displayName: 'One Identity TPAM', caches: 'ssh-connections', count: 0 }],
    });
  });

  it('for all plugins lists each one and the tokens removed in all', async () => {
    const all = await runCli(['clear-token-cache', '--data-dir', path.join(tempDir(), 'data')]);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('Closed 0 SSH connections to One Identity TPAM; the next request reconnects.\n');
    expect(all.stdout).toMatch(/Token cache of Thycotic Secret Server cleared: 0 cached tokens removed\.\n/);
    expect(all.stdout).toMatch(/Removed 0 cached token\(s\) in all\.\n$/);
  });
});
