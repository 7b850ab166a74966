import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecretServerSimulator, type SecretServerSimulator } from '../../simulators/secret-server';
import { runCli } from '../../support/run-cli';
import { API_PASSWORD, API_USER, testWorld } from '../../support/secret-server-world';
import { createTestCa, issueServerCert } from '../../support/test-pki';
import { useTempDirs } from '../../support/temp-dir';
import { writeSecretServerSettingsFile } from '../../support/secret-server-settings-file';

describe('ecm-configurator test-settings with the Secret Server plugin', () => {
  const tempDir = useTempDirs();
  let sim: SecretServerSimulator;
  beforeAll(async () => {
    sim = await startSecretServerSimulator({ world: testWorld() });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('keeps its tokens sealed across runs: the second run makes no Authenticate call', async () => {
    const dir = tempDir();
    const settingsFile = writeSecretServerSettingsFile(dir, sim.url, { includeDomainCredentialsFor: 'CORP' });
    const args = [
      'test-settings',
      '--plugin',
      'secret-server',
      '--settings',
      settingsFile,
      '--user',
      'CORP\\alice',
      '--endpoint',
      'ws01',
      '--json',
      '--data-dir',
      path.join(dir, 'data'),
    ];
    sim.resetCalls();
    const first = await runCli(args);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).credentials.map((c: { id: string }) => c.id)).toEqual(['1', '2', '5', '11']);
    expect(sim.calls.Authenticate).toBe(1);
    sim.resetCalls();
    const second = await runCli(args);
    expect(second.code).toBe(0);
    expect(sim.calls.Authenticate).toBe(0);
    expect(sim.calls.ImpersonateUser).toBe(0);
    const tokens = sim.requests.map((r) => r.args.token).filter((t): t is string => typeof t === 'string');
    for (const text of [first.stdout, first.stderr, second.stdout, second.stderr]) {
      expect(text).not.toContain(API_PASSWORD);
      for (const t of tokens) expect(text).not.toContain(t);
    }
    const cleared = await runCli([
      'clear-token-cache',
      '--plugin',
      'secret-server',
      '--json',
      '--data-dir',
      path.join(dir, 'data'),
    ]);
    expect(JSON.parse(cleared.stdout)).toEqual({
      ok: true,
      removed: 2,
      cleared: [{ pluginId: 'secret-server', displayName: 'Thycotic Secret Server', caches: 'tokens', count: 2 }],
    });
  });

  it('exits 3 for a pending approval and 4 for an unreachable server', async () => {
    const dir = tempDir();
    const settingsFile = writeSecretServerSettingsFile(dir, sim.url);
    const pending = await runCli([
      'test-settings',
      '--plugin',
      'secret-server',
      '--settings',
      settingsFile,
      '--user',
      'CORP\\carol',
      '--endpoint',
      'ws01',
      '--data-dir',
      path.join(dir, 'data'),
    ]);
    expect(pending.code).toBe(3);
    expect(pending.stderr).toContain('  Code:        PENDING_APPROVAL');
    sim.injectFault('*', 'drop', 1);
    const dropped = await runCli([
      'test-settings',
      '--plugin',
      'secret-server',
      '--settings',
      settingsFile,
      '--user',
      'CORP\\alice',
      '--endpoint',
      'ws01',
      '--json',
      '--data-dir',
      path.join(dir, 'data2'),
    ]);
    sim.clearFaults();
    expect(dropped.code).toBe(4);
    expect(JSON.parse(dropped.stdout).error.code).toBe('CONNECT');
  });

  it("exits 3 with NOT_AUTHORIZED when ImpersonateUser is refused, passing the server's words on", async () => {
    const dir = tempDir();
    const settingsFile = writeSecretServerSettingsFile(dir, sim.url, {
      apiUser: 'svc-noimp',
      apiPassword: 'No-Imp-Pass-1',
    });
    const run = await runCli([
      'test-settings',
      '--plugin',
      'secret-server',
      '--settings',
      settingsFile,
      '--user',
      'CORP\\alice',
      '--endpoint',
      'ws01',
      '--json',
      '--data-dir',
      path.join(dir, 'data'),
    ]);
    expect(run.code).toBe(3);
    const { error } = JSON.parse(run.stdout);
    expect(error.code).toBe('NOT_AUTHORIZED');
    expect(error.hint).toContain('Web Services Impersonate');
    expect(run.stdout).toContain('You do not have the Web Services Impersonate permission.');
  });

  describe('over HTTPS with NODE_TLS_REJECT_UNAUTHORIZED=0 in the environment', () => {
    const ca = createTestCa('ECM Test CA');
    const otherCa = createTestCa('Some Other CA');
    let tlsSim: SecretServerSimulator;
    beforeAll(async () => {
      tlsSim = await startSecretServerSimulator({ world: testWorld(), tls: issueServerCert(ca) });
    });
    afterAll(async () => {
      await tlsSim.close();
    });

    it('still verifies the certificate: the wrong CA fails with TLS (exit 4), and the start is logged as an error', async () => {
      const dir = tempDir();
      const dataDir = path.join(dir, 'data');
      const settingsFile = path.join(dir, 'ss.json');
      writeFileSync(
        settingsFile,
        JSON.stringify({
          endpointUrl: tlsSim.url,
          apiUser: API_USER,
          apiPassword: API_PASSWORD,
          caCertificate: otherCa.certPem,
        }),
      );
      const run = await runCli(
        [
          'test-settings',
          '--plugin',
          'secret-server',
          '--settings',
          settingsFile,
          '--user',
          'CORP\\alice',
          '--endpoint',
          'ws01',
          '--json',
          '--data-dir',
          dataDir,
        ],
        { NODE_TLS_REJECT_UNAUTHORIZED: '0' },
      );
      expect(JSON.parse(run.stdout).error.code).toBe('TLS');
      expect(run.code).toBe(4);
      expect(tlsSim.calls.Authenticate).toBe(0); // the password never went over the untrusted connection
      expect(readFileSync(path.join(dataDir, 'Configurator.log'), 'utf8')).toMatch(
        /\[error\].*NODE_TLS_REJECT_UNAUTHORIZED=0 is set in the environment/,
      );
    });
  });
});
