import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/open-core';
import { createSecretServerPlugin } from '../../../../electron/plugins/secret-server/secret-server-plugin';
import { startSecretServerSimulator, type SecretServerSimulator } from '../../../simulators/secret-server';
import { openTestCore } from '../../../support/core-fixture';
import { API_PASSWORD, API_USER, testWorld } from '../../../support/secret-server-world';
import { createTestCa, issueServerCert } from '../../../support/test-pki';

// "Trusted CA certificate (PEM)" guards the stored API password like the Endpoint URL does: a
// different CA could make another server trusted, so the stored password is not sent under it.
describe('Secret Server: the stored API password and a changed CA certificate', () => {
  // One data directory for both tests (useTempDirs would remove it after the first).
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-ca-guard-'));
  const ca = createTestCa('ECM Test CA');
  const otherCa = createTestCa('Some Other CA');
  let sim: SecretServerSimulator;
  let core: Core;

  beforeAll(async () => {
    sim = await startSecretServerSimulator({ world: testWorld(), tls: issueServerCert(ca) });
    core = await openTestCore(dataDir, [createSecretServerPlugin()]);
    await core.api.saveSettings({
      pluginId: 'secret-server',
      values: { endpointUrl: sim.url, apiUser: API_USER, apiPassword: API_PASSWORD, caCertificate: ca.certPem },
    });
  });
  afterAll(async () => {
    await core?.close();
    await sim?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const run = (caCertificate: string) =>
    core.api.testSettings({
      pluginId: 'secret-server',
      values: { endpointUrl: sim.url, apiUser: API_USER, apiPassword: { stored: true }, caCertificate },
      user: 'CORP\\alice',
      endpoint: 'ws01',
    });

  it('is refused, naming the password and the CA field, and nothing is sent', async () => {
    sim.resetCalls();
    const err = await run(otherCa.certPem).catch((e: { code: string; field: string; message: string }) => e);
    expect(err).toMatchObject({
      code: 'VALIDATION',
      field: 'values.apiPassword',
      message: expect.stringContaining('Trusted CA certificate (PEM) changed'),
    });
    expect(sim.requests).toEqual([]);
  });

  it('is used with the CA it was saved with', async () => {
    const result = await run(ca.certPem);
    expect(result.credentials.length).toBeGreaterThan(0);
  });
});
