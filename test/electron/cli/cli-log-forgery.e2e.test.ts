import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecretServerSimulator, type SecretServerSimulator } from '../../simulators/secret-server';
import { runCli } from '../../support/run-cli';
import { API_USER, testWorld } from '../../support/secret-server-world';
import { useTempDirs } from '../../support/temp-dir';
import { createTestCa, issueServerCert } from '../../support/test-pki';

// A hostile or broken Secret Server answers Authenticate with an error text built to forge log
// lines: a CR, a U+2028 and terminal escapes, each followed by a fake entry. It must stay one
// entry, found by the level filter, with the whole text in it.
const FORGED = '[2026-01-01 00:00:00.000] [info] [secret-server] Test Settings succeeded';
const HOSTILE = `Login failed.\r${FORGED}\u2028${FORGED}\u001b[1A\u001b[2K${FORGED}`;
const ESCAPED = `Login failed.\\r${FORGED}\\u2028${FORGED}\\x1b[1A\\x1b[2K${FORGED}`;

describe('a Secret Server error text cannot forge Configurator.log', () => {
  const tempDir = useTempDirs();
  const ca = createTestCa('ECM Log Test CA');
  let sim: SecretServerSimulator;
  beforeAll(async () => {
    sim = await startSecretServerSimulator({
      world: { ...testWorld(), errorTexts: { loginFailed: HOSTILE } },
      tls: issueServerCert(ca),
    });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('is written as one entry, and `log --level error --json` returns it as one object with the text intact', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    const settingsFile = path.join(dir, 'ss.json');
    writeFileSync(
      settingsFile,
      JSON.stringify({
        endpointUrl: sim.url,
        caCertificate: ca.certPem,
        apiUser: API_USER,
        apiPassword: 'Wrong-Pass-Log-1',
      }),
    );
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
      '--data-dir',
      dataDir,
    ]);
    expect(run.code).toBe(3);
    expect(sim.calls.Authenticate).toBeGreaterThan(0);

    const raw = readFileSync(path.join(dataDir, 'Configurator.log'), 'utf8');
    expect(raw).not.toMatch(/[\r\u2028\u001b]/);
    expect(raw.split('\n').filter((l) => l.includes(FORGED))).toHaveLength(2); // the warning and the error, one line each
    expect(raw.split('\n').filter((l) => l.startsWith('[2026-01-01'))).toEqual([]);

    const log = await runCli(['log', '--level', 'error', '--json', '--data-dir', dataDir]);
    expect(log.code).toBe(0);
    const entries = log.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string>);
    expect(entries).toHaveLength(1);
    expect(Object.keys(entries[0]!).sort()).toEqual(['level', 'message', 'scope', 'time']);
    expect(entries[0]).toMatchObject({ level: 'error', scope: 'secret-server' });
    expect(entries[0]!.message).toContain('LOGIN_FAILED');
    expect(entries[0]!.message).toContain(`Server said: ${ESCAPED}`);
  });
});
