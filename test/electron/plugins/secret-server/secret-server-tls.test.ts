import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/open-core';
import { createSecretServerPlugin } from '../../../../electron/plugins/secret-server/secret-server-plugin';
import { startSecretServerSimulator, type SecretServerSimulator } from '../../../simulators/secret-server';
import { openTestCore } from '../../../support/core-fixture';
import { API_PASSWORD, API_USER, testWorld } from '../../../support/secret-server-world';
import { createTestCa, issueServerCert } from '../../../support/test-pki';
import { useTempDirs } from '../../../support/temp-dir';

// Certificates are always verified: against "Trusted CA certificate (PEM)" when given, else the system store.
describe('Secret Server plugin over HTTPS', () => {
  const tempDir = useTempDirs();
  const ca = createTestCa('ECM Test CA');
  const otherCa = createTestCa('Some Other CA');
  const sims: Record<string, SecretServerSimulator> = {};

  beforeAll(async () => {
    sims.good = await startSecretServerSimulator({ world: testWorld(), tls: issueServerCert(ca) });
    sims.expired = await startSecretServerSimulator({
      world: testWorld(),
      tls: issueServerCert(ca, {
        notBefore: new Date(Date.now() - 3 * 86_400_000),
        notAfter: new Date(Date.now() - 86_400_000),
      }),
    });
    sims.wrongHost = await startSecretServerSimulator({
      world: testWorld(),
      tls: issueServerCert(ca, { commonName: 'other.example', dnsNames: ['other.example'], ipAddresses: [] }),
    });
  });
  afterAll(async () => {
    await Promise.all(Object.values(sims).map((s) => s.close()));
  });

  async function run(sim: SecretServerSimulator, caCertificate?: string) {
    const core: Core = await openTestCore(tempDir(), [createSecretServerPlugin()]);
    try {
      return await core.api.testSettings({
        pluginId: 'secret-server',
        values: {
          endpointUrl: sim.url,
          apiUser: API_USER,
          apiPassword: API_PASSWORD,
          ...(caCertificate ? { caCertificate } : {}),
        },
        user: 'CORP\\alice',
        endpoint: 'ws01',
      });
    } finally {
      await core.close();
    }
  }

  const refusal = (p: Promise<unknown>) =>
    p.then(
      () => ({ code: 'none', message: '', hint: '' }),
      (e: { code: string; message: string; hint: string }) => e,
    );

  it('works with the right CA certificate', async () => {
    expect(sims.good!.url).toMatch(/^https:/);
    const result = await run(sims.good!, ca.certPem);
    expect(result.credentials.map((c) => c.id)).toEqual(['1', '2']);
  });

  it('refuses the certificate without the CA (system store), naming subject and issuer and pointing at the setting', async () => {
    const err = await refusal(run(sims.good!));
    expect(err.code).toBe('TLS');
    expect(err.message).toContain('issued by "CN=ECM Test CA');
    expect(err.message).toMatch(/presented "CN=localhost/);
    expect(err.hint).toContain('Trusted CA certificate (PEM)');
  });

  it('refuses a certificate from another CA', async () => {
    const err = await refusal(run(sims.good!, otherCa.certPem));
    expect(err.code).toBe('TLS');
    expect(err.message).toContain('not trusted');
  });

  it('refuses an expired certificate, saying so', async () => {
    const err = await refusal(run(sims.expired!, ca.certPem));
    expect(err.code).toBe('TLS');
    expect(err.message).toContain('it has expired');
  });

  it('refuses a certificate for another host name', async () => {
    const err = await refusal(run(sims.wrongHost!, ca.certPem));
    expect(err.code).toBe('TLS');
    expect(err.message).toContain('issued for another host name');
    expect(err.message).toContain('other.example');
  });
});
