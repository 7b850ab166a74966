import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { startSecretServerSimulator, type SecretServerSimulator } from '../../../simulators/secret-server';
import { useSecretServerPlugin } from '../../../support/secret-server-plugin-fixture';
import { API_PASSWORD, API_USER, testWorld } from '../../../support/secret-server-world';

// The real plugin, through the real core, against the simulator over HTTP on 127.0.0.1.
describe('Secret Server plugin against the simulator: tokens', () => {
  const fixture = useSecretServerPlugin();
  const { core, test, failure, ids, ops } = fixture;
  let sim: SecretServerSimulator;
  beforeAll(() => {
    sim = fixture.sim();
  });

  it('caches tokens sealed: a second run makes no Authenticate or ImpersonateUser call; Clear Token Cache removes them', async () => {
    const c = await core();
    await test(c, 'CORP\\alice', 'ws01');
    sim.resetCalls();
    const second = await test(c, 'CORP\\alice', 'ws01');
    expect(ops()).toEqual(['SearchSecretsByFieldValue']);
    expect(second.steps[0]!.detail).toBe('cached token');
    expect(readFileSync(c.tokens.file, 'utf8')).not.toMatch(/"t":/);
    expect(await c.api.clearTokenCache({ pluginId: 'secret-server' })).toMatchObject({ removed: 2 });
    sim.resetCalls();
    await test(c, 'CORP\\alice', 'ws01');
    expect(ops()).toEqual(['Authenticate', 'ImpersonateUser', 'SearchSecretsByFieldValue']);
  });

  it('replaces expired tokens once and retries the call', async () => {
    const c = await core();
    await test(c, 'CORP\\alice', 'ws01');
    sim.expireAllTokens();
    sim.resetCalls();
    const result = await test(c, 'CORP\\alice', 'ws01');
    expect(ids(result)).toEqual(['1', '2']);
    expect(ops()).toEqual([
      'SearchSecretsByFieldValue', // with the expired user token
      'GetTokenIsValid',
      'ImpersonateUser', // with the expired API token
      'GetTokenIsValid',
      'Authenticate',
      'ImpersonateUser',
      'SearchSecretsByFieldValue',
    ]);
  });

  it('does not use a token cached for another API password', async () => {
    const c = await core();
    await test(c, 'CORP\\alice', 'ws01');
    const err = await failure(c, 'CORP\\alice', 'ws01', { apiPassword: 'Changed-Pass-2' });
    expect(err.code).toBe('LOGIN_FAILED');
  });

  it('passes the organization to ImpersonateUser only with "Include default organization"', async () => {
    const online = await startSecretServerSimulator({
      world: {
        ...testWorld(),
        edition: 'online',
        users: testWorld().users.map((u) => ({ ...u, organization: 'ORG1' })),
      },
    });
    try {
      const c = await core();
      const values = {
        endpointUrl: online.url,
        allowUnencryptedHttp: true,
        apiUser: API_USER,
        apiPassword: API_PASSWORD,
        apiOrganization: 'ORG1',
      };
      await c.api.testSettings({
        pluginId: 'secret-server',
        values: { ...values, includeDefaultOrganization: true },
        user: 'CORP\\alice',
        endpoint: 'ws01',
      });
      expect(online.requests.find((r) => r.operation === 'Authenticate')!.args.organization).toBe('ORG1');
      expect(online.requests.find((r) => r.operation === 'ImpersonateUser')!.args.organization).toBe('ORG1');
      const err = await c.api
        .testSettings({ pluginId: 'secret-server', values, user: 'CORP\\bob', endpoint: 'ws01' })
        .catch((e: { code: string }) => e);
      expect(online.requests.filter((r) => r.operation === 'ImpersonateUser').at(-1)!.args.organization).toBe('');
      expect(err).toMatchObject({ code: 'NOT_AUTHORIZED' }); // the online edition wants the organization
    } finally {
      await online.close();
    }
  });

  it('shares one Authenticate and one ImpersonateUser among 100 concurrent Test Settings runs', async () => {
    const c = await core();
    sim.setLatency(20);
    const results = await Promise.all(Array.from({ length: 100 }, () => test(c, 'CORP\\alice', 'ws01')));
    expect(results.every((r) => r.credentials.length === 2)).toBe(true);
    expect(sim.calls.Authenticate).toBe(1);
    expect(sim.calls.ImpersonateUser).toBe(1);
    expect(sim.calls.SearchSecretsByFieldValue).toBe(100);
  });
});
