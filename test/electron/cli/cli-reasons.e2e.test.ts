import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecretServerSimulator, type SecretServerSimulator } from '../../simulators/secret-server';
import { runCli } from '../../support/run-cli';
import { API_USER, testWorld } from '../../support/secret-server-world';
import { useTempDirs } from '../../support/temp-dir';
import { writeSecretServerSettingsFile } from '../../support/secret-server-settings-file';

// The built CLI against the Secret Server simulator: "why not" in the human output and in --json.
describe('ecm-configurator test-settings shows the reasons', () => {
  const tempDir = useTempDirs();
  let sim: SecretServerSimulator;
  beforeAll(async () => {
    sim = await startSecretServerSimulator({ world: testWorld() });
  });
  afterAll(async () => {
    await sim.close();
  });

  function args(dir: string, user: string, endpoint: string, extra: string[] = []) {
    const settingsFile = writeSecretServerSettingsFile(dir, sim.url);
    return [
      'test-settings',
      '--plugin',
      'secret-server',
      '--settings',
      settingsFile,
      '--user',
      user,
      '--endpoint',
      endpoint,
      '--data-dir',
      path.join(dir, 'data'),
      ...extra,
    ];
  }

  it('lists the reasons under the table, the credential first and the code last', async () => {
    const run = await runCli(args(tempDir(), 'CORP\\bob', 'app01'));
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const at = lines.indexOf('Why nothing is usable:');
    expect(at).toBeGreaterThan(lines.indexOf('0 credential(s). No passwords are retrieved or displayed.'));
    expect(lines.slice(at + 1, at + 3)).toEqual([
      '  - No secret that CORP\\bob may view has "app01" in its Machine field (Machine Field). (no-machine-secret)',
      `  - APP01 admin: Secret ID 13 "APP01 admin" has "app01" in its Machine field, but CORP\\bob may not view it (the API account ${API_USER} may). (machine-secret-not-viewable)`,
    ]);
    expect(run.stdout).not.toContain('Ss-Secret-13-Pass');
  });

  it('shows the Secret ID of each credential found and prints no reasons when none apply', async () => {
    const run = await runCli(args(tempDir(), 'CORP\\alice', 'app01'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/APP01 admin\s+machine\s+Windows Account \(Secret ID 13\)\s+no/);
    expect(run.stdout).not.toContain('Why nothing');
  });

  it('carries the same reasons in --json', async () => {
    const run = await runCli(args(tempDir(), 'CORP\\bob', 'web07', ['--json']));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).reasons.map((r: { code: string }) => r.code)).toEqual([
      'no-machine-secret',
      'no-machine-secret-for-api-account',
    ]);
  });
});
