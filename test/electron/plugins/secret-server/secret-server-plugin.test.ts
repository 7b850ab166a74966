import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/open-core';
import { createSecretServerPlugin } from '../../../../electron/plugins/secret-server/secret-server-plugin';
import type { TestSettingsResponse } from '../../../../shared/ipc/responses';
import { startSecretServerSimulator, type SecretServerSimulator } from '../../../simulators/secret-server';
import { openTestCore, readLog } from '../../../support/core-fixture';
import { API_PASSWORD, API_USER, testWorld } from '../../../support/secret-server-world';
import { useTempDirs } from '../../../support/temp-dir';

// The real plugin, through the real core, against the simulator over HTTP on 127.0.0.1.
describe('Secret Server plugin against the simulator', () => {
  const tempDir = useTempDirs();
  let sim: SecretServerSimulator;
  const cores: Core[] = [];

  beforeAll(async () => {
    sim = await startSecretServerSimulator({ world: testWorld() });
  });
  afterAll(async () => {
    await sim.close();
  });
  afterEach(async () => {
    for (const core of cores.splice(0)) await core.close();
    sim.resetCalls();
    sim.clearFaults();
    sim.setLatency(0);
  });

  async function core(): Promise<Core> {
    const c = await openTestCore(tempDir(), [createSecretServerPlugin()]);
    cores.push(c);
    return c;
  }

  function settings(overrides: Record<string, unknown> = {}) {
    // The simulator speaks plain http on 127.0.0.1; HTTPS is covered by secret-server-tls.test.ts.
    return { endpointUrl: sim.url, allowUnencryptedHttp: true, apiUser: API_USER, apiPassword: API_PASSWORD, ...overrides };
  }

  async function test(c: Core, user: string, endpoint: string, overrides: Record<string, unknown> = {}): Promise<TestSettingsResponse> {
    return c.api.testSettings({ pluginId: 'secret-server', values: settings(overrides) as never, user, endpoint });
  }

  async function failure(c: Core, user: string, endpoint: string, overrides: Record<string, unknown> = {}) {
    return test(c, user, endpoint, overrides).then(
      () => {
        throw new Error('expected the test to fail');
      },
      (err: { code: string; message: string; hint?: string; serverText?: string; step?: string }) => err,
    );
  }

  const ids = (r: TestSettingsResponse) => r.credentials.map((c) => c.id);
  const ops = () => sim.requests.map((r) => r.operation);

  it('authenticates, impersonates, searches the machine field and never calls GetSecret', async () => {
    const result = await test(await core(), 'CORP\\alice', 'ws01');
    expect(ids(result)).toEqual(['1', '2']); // the deleted secret 7 is left out
    expect(result.credentials[1]).toMatchObject({ name: 'WS01 backup', source: 'machine', template: 'Windows Account', restricted: true });
    expect(ops()).toEqual(['Authenticate', 'ImpersonateUser', 'SearchSecretsByFieldValue']);
    expect(sim.requests[0]!.args).toMatchObject({ username: API_USER, password: API_PASSWORD, organization: '', domain: '' });
    expect(sim.requests[1]!.args).toMatchObject({ username: 'alice', domain: 'CORP', organization: '' });
    expect(sim.requests[2]!.args).toMatchObject({ fieldName: 'Machine', searchTerm: 'ws01', showDeleted: false, showRestricted: true });
    expect(sim.calls.GetSecret).toBe(0);
    expect(result.steps.map((s) => s.name)).toEqual(['Authenticate API account svc-ecm', 'Impersonate CORP\\alice', 'Search Machine = ws01']);
    expect(result.steps.every((s) => s.ok && s.ms >= 0)).toBe(true);
  });

  it('searches an FQDN as given and by its short name, and an IP address as given', async () => {
    const c = await core();
    const fqdn = await test(c, 'CORP\\alice', 'ws01.corp.example');
    expect(ids(fqdn)).toEqual(['3', '1', '2']);
    expect(sim.requests.filter((r) => r.operation === 'SearchSecretsByFieldValue').map((r) => r.args.searchTerm)).toEqual(['ws01.corp.example', 'ws01']);
    expect(ids(await test(c, 'CORP\\alice', '10.0.0.15'))).toEqual(['4']);
  });

  it('adds domain credentials for each configured domain, listing a secret found twice once', async () => {
    const result = await test(await core(), 'CORP\\alice', 'ws03', { includeDomainCredentialsFor: ['CORP', 'LAB'] });
    expect(result.credentials).toEqual([
      expect.objectContaining({ id: '11', source: 'machine' }),
      expect.objectContaining({ id: '5', source: 'domain', domain: 'CORP', template: 'Active Directory Account' }),
      expect.objectContaining({ id: '6', source: 'domain', domain: 'LAB' }),
    ]);
    expect(result.steps.map((s) => s.name).slice(2)).toEqual(['Search Machine = ws03', 'Search Domain = CORP', 'Search Domain = LAB']);
  });

  it('uses the Machine Field and Domain Field settings', async () => {
    const c = await core();
    const result = await test(c, 'CORP\\alice', 'ws09', { machineField: 'Host' });
    expect(ids(result)).toEqual(['9']);
    expect(sim.requests.at(-1)!.args.fieldName).toBe('Host');
    const domain = await test(c, 'CORP\\alice', 'nothing-here', { domainField: 'ADDomain', includeDomainCredentialsFor: ['CORP'] });
    expect(ids(domain)).toEqual(['12']);
  });

  it('authenticates a domain API account with API Domain', async () => {
    const result = await test(await core(), 'CORP\\alice', 'ws01', { apiUser: 'svc-dom', apiPassword: 'Dom-Api-Pass-1', apiDomain: 'CORP' });
    expect(ids(result)).toEqual(['1', '2']);
    expect(sim.requests[0]!.args).toMatchObject({ username: 'svc-dom', domain: 'CORP' });
    expect(result.steps[0]!.name).toBe('Authenticate API account CORP\\svc-dom');
  });

  it('names the URL and status of an HTTP 404 (wrong Endpoint URL)', async () => {
    const wrong = sim.url.replace('SSWebService.asmx', 'Nothing.asmx');
    const err = await failure(await core(), 'CORP\\alice', 'ws01', { endpointUrl: wrong });
    expect(err.code).toBe('PROTOCOL');
    expect(err.message).toContain(`HTTP 404`);
    expect(err.message).toContain(wrong);
    expect(err.hint).toContain('/SecretServer/webservices/SSWebservice.asmx');
  });

  it.each([
    ['CORP\\alice', {}, { username: 'alice', domain: 'CORP' }],
    ['alice@CORP', {}, { username: 'alice', domain: 'CORP' }],
    ['alice', { defaultDomainForLocalUsers: 'CORP' }, { username: 'alice', domain: 'CORP' }],
    ['dave', {}, { username: 'dave', domain: '' }],
  ])('impersonates %s as %o', async (user, overrides, expected) => {
    await test(await core(), user, 'ws01', overrides);
    expect(sim.requests.find((r) => r.operation === 'ImpersonateUser')!.args).toMatchObject(expected);
  });

  it('falls back to the local account only when enabled', async () => {
    const c = await core();
    const refused = await failure(c, 'CORP\\dave', 'ws01');
    expect(refused.code).toBe('NOT_AUTHORIZED');
    expect(refused.message).toContain('ImpersonateUser');
    expect(refused.serverText).toBe('The user to impersonate was not found.');
    sim.resetCalls();
    const result = await test(c, 'CORP\\dave', 'ws01', { fallbackToLocalAccount: true });
    expect(ids(result)).toEqual(['8']);
    expect(sim.requests.filter((r) => r.operation === 'ImpersonateUser').map((r) => r.args.domain)).toEqual(['CORP', '']);
    expect(result.steps.map((s) => [s.name, s.ok])).toEqual([
      ['Authenticate API account svc-ecm', true],
      ['Impersonate CORP\\dave', false],
      ['Impersonate dave (local Secret Server user)', true],
      ['Search Machine = ws01', true],
    ]);
  });

  it('tries the default domain first, then the local account', async () => {
    const result = await test(await core(), 'dave', 'ws01', { defaultDomainForLocalUsers: 'CORP', fallbackToLocalAccount: true });
    expect(ids(result)).toEqual(['8']);
  });

  it('reports a pending approval with the approval URL, logs it, and does not fall back', async () => {
    const c = await core();
    const err = await failure(c, 'CORP\\carol', 'ws01', { fallbackToLocalAccount: true });
    expect(err.code).toBe('PENDING_APPROVAL');
    expect(err.message).toBe("Authentication succeeded, but permission to access CORP\\carol's secrets is pending approval.");
    expect(err.serverText).toMatch(/Approval page: http:\/\/127\.0\.0\.1:\d+\/SecretServer\/ManageApplications\.aspx\?request=/);
    expect(sim.calls.ImpersonateUser).toBe(1);
    const log = readLog(c);
    expect(log).toContain('API account svc-ecm authenticated.');
    expect(log).toMatch(/authenticated successfully, but permission to access CORP\\carol's secrets is pending approval/);
  });

  it('reports a refused login with the server\'s text, and a missing impersonate permission verbatim', async () => {
    const c = await core();
    const login = await failure(c, 'CORP\\alice', 'ws01', { apiPassword: 'Wrong-Marker-Pass-9' });
    expect(login).toMatchObject({ code: 'LOGIN_FAILED', serverText: 'Login failed.', step: 'Authenticate API account svc-ecm' });
    const noImp = await failure(c, 'CORP\\alice', 'ws01', { apiUser: 'svc-noimp', apiPassword: 'No-Imp-Pass-1' });
    expect(noImp).toMatchObject({ code: 'NOT_AUTHORIZED', serverText: 'You do not have the Web Services Impersonate permission.' });
    // One hint for both causes: Secret Server's words do not say which applies.
    expect(noImp.hint).toContain('not known to Secret Server under that name');
    expect(noImp.hint).toContain('Web Services Impersonate');
    const denied = await failure(c, 'CORP\\erin', 'ws01');
    expect(denied.code).toBe('NOT_AUTHORIZED');
    expect(denied.serverText).toContain('denied');
  });

  it('caches tokens sealed: a second run makes no Authenticate or ImpersonateUser call; Clear Token Cache removes them', async () => {
    const c = await core();
    await test(c, 'CORP\\alice', 'ws01');
    sim.resetCalls();
    const second = await test(c, 'CORP\\alice', 'ws01');
    expect(ops()).toEqual(['SearchSecretsByFieldValue']);
    expect(second.steps[0]!.detail).toBe('cached token');
    expect(readFileSync(c.tokens.file, 'utf8')).not.toMatch(/"t":/);
    expect(await c.api.clearTokenCache({ pluginId: 'secret-server' })).toEqual({ removed: 2 });
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
      world: { ...testWorld(), edition: 'online', users: testWorld().users.map((u) => ({ ...u, organization: 'ORG1' })) },
    });
    try {
      const c = await core();
      const values = { endpointUrl: online.url, allowUnencryptedHttp: true, apiUser: API_USER, apiPassword: API_PASSWORD, apiOrganization: 'ORG1' };
      await c.api.testSettings({ pluginId: 'secret-server', values: { ...values, includeDefaultOrganization: true }, user: 'CORP\\alice', endpoint: 'ws01' });
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

  it.each([
    ['http500', 'PROTOCOL', /HTTP 500/],
    ['soapFault', 'PROTOCOL', /SOAP fault \(HTTP 500\)/],
    ['malformedXml', 'PROTOCOL', /could not be read/],
    ['drop', 'CONNECT', /connection was dropped/],
  ] as const)('classifies a %s as %s naming the operation and URL', async (fault, code, message) => {
    sim.injectFault('Authenticate', fault);
    const err = await failure(await core(), 'CORP\\alice', 'ws01');
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.message).toContain('Authenticate');
    if (code === 'PROTOCOL') expect(err.message).toContain(sim.url);
    if (fault === 'soapFault') expect(err.serverText).toContain('Server was unable to process request. ---> Simulated failure.');
  });

  it('gives up after Request timeout (s) with TIMEOUT naming the step', async () => {
    sim.injectFault('SearchSecretsByFieldValue', 'hang');
    const err = await failure(await core(), 'CORP\\alice', 'ws01', { timeoutSeconds: 1 });
    expect(err.code).toBe('TIMEOUT');
    expect(err.message).toContain('within 1 s (Search Machine = ws01)');
    expect(err.step).toBe('Search Machine = ws01');
  });

  it('reports a refused connection as CONNECT', async () => {
    const closed = await startSecretServerSimulator({ world: testWorld() });
    const url = closed.url;
    await closed.close();
    const err = await failure(await core(), 'CORP\\alice', 'ws01', { endpointUrl: url });
    expect(err.code).toBe('CONNECT');
    expect(err.message).toContain('refused');
  });

  it('warns in the log when the endpoint uses http', async () => {
    const c = await core();
    await test(c, 'CORP\\alice', 'ws01');
    expect(readLog(c)).toContain('uses http: the API password and tokens cross the network unencrypted');
  });

  it('never sends the stored API password to an Endpoint URL it was not saved for', async () => {
    const c = await core();
    await c.api.saveSettings({ pluginId: 'secret-server', values: settings() as never });
    const other = await startSecretServerSimulator({ world: testWorld() });
    try {
      const err = await c.api
        .testSettings({ pluginId: 'secret-server', values: { ...settings(), endpointUrl: other.url, apiPassword: { stored: true } } as never, user: 'CORP\\alice', endpoint: 'ws01' })
        .catch((e: { code: string; field: string; message: string }) => e);
      expect(err).toMatchObject({ code: 'VALIDATION', field: 'values.apiPassword', message: expect.stringContaining('Endpoint URL changed') });
      expect(other.calls.Authenticate).toBe(0);
      // Typed again, it is used.
      const ok = await c.api.testSettings({ pluginId: 'secret-server', values: { ...settings(), endpointUrl: other.url }, user: 'CORP\\alice', endpoint: 'ws01' });
      expect(ok.credentials.length).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });

  it('refuses an endpoint URL with a user name and password in it', async () => {
    const err = await failure(await core(), 'CORP\\alice', 'ws01', { endpointUrl: sim.url.replace('http://', 'http://svc:Pw-In-Url@') });
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'values.endpointUrl' });
  });

  it('refuses an endpoint URL that does not end in .asmx, naming the field', async () => {
    const err = await failure(await core(), 'CORP\\alice', 'ws01', { endpointUrl: 'https://ss.corp.example/SecretServer/' });
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'values.endpointUrl' });
  });

  it('retrieves a credential with GetSecret for injection, and names what a restricted secret asks for', async () => {
    const plugin = createSecretServerPlugin();
    const c = await openTestCore(tempDir(), [plugin]);
    cores.push(c);
    const values = await c.settings.resolve('secret-server', plugin.settings, settings({ includeDomainCredentialsFor: ['CORP'] }) as never, { useStored: false });
    const ctx = (await import('../../../../electron/core/api/plugin-context')).pluginContext(plugin, c, new AbortController().signal);
    const credential = await plugin.retrieveCredential(values, { user: 'CORP\\alice', endpoint: 'ws01', credentialId: '1' }, ctx);
    expect(credential).toEqual({ username: 'Administrator', password: 'Ss-Secret-1-Pass' });
    const domain = await plugin.retrieveCredential(values, { user: 'CORP\\alice', endpoint: 'x', credentialId: '5' }, ctx);
    expect(domain).toEqual({ username: 'da-alice', password: 'Ss-Secret-5-Pass', domain: 'CORP' });
    await expect(plugin.retrieveCredential(values, { user: 'CORP\\alice', endpoint: 'ws02', credentialId: '10' }, ctx)).rejects.toMatchObject({
      code: 'NOT_AUTHORIZED',
      message: expect.stringContaining('asks for Comment'),
    });
    // Not listed for bob, or not for this endpoint: refused before any GetSecret.
    sim.resetCalls();
    await expect(plugin.retrieveCredential(values, { user: 'CORP\\bob', endpoint: 'ws01', credentialId: '2' }, ctx)).rejects.toMatchObject({ code: 'NOT_AUTHORIZED' });
    await expect(plugin.retrieveCredential(values, { user: 'CORP\\alice', endpoint: 'ws01', credentialId: '4' }, ctx)).rejects.toMatchObject({
      code: 'NOT_AUTHORIZED',
      message: expect.stringContaining('is not one of the credentials CORP\\alice may use on ws01'),
    });
    expect(sim.calls.GetSecret).toBe(0);
    expect(readLog(c)).not.toContain('Ss-Secret-1-Pass');
  });

  it('keeps the API password, every token and every password out of the log, files and answers', async () => {
    const c = await core();
    await c.api.saveSettings({ pluginId: 'secret-server', values: settings({ includeDomainCredentialsFor: ['CORP'] }) as never });
    const answers: unknown[] = [];
    answers.push(await c.api.getSettings({ pluginId: 'secret-server' }));
    answers.push(await c.api.testSettings({ pluginId: 'secret-server', values: {}, user: 'CORP\\alice', endpoint: 'ws01' }));
    answers.push(await failure(c, 'CORP\\carol', 'ws01'));
    answers.push(await failure(c, 'CORP\\alice', 'ws01', { apiPassword: 'Other-Marker-Pass-7' }));
    sim.expireAllTokens();
    answers.push(await c.api.testSettings({ pluginId: 'secret-server', values: {}, user: 'CORP\\alice', endpoint: 'ws01' }));
    const tokens = sim.requests.flatMap((r) => (typeof r.args.token === 'string' ? [r.args.token] : []));
    expect(tokens.length).toBeGreaterThan(3);
    const markers = [API_PASSWORD, 'Other-Marker-Pass-7', ...new Set(tokens)];
    const dir = c.dataDir;
    const places = {
      answers: JSON.stringify(answers),
      log: readLog(c),
      files: readdirSync(dir)
        .map((n) => readFileSync(path.join(dir, n), 'utf8'))
        .join('\n'),
    };
    for (const [where, text] of Object.entries(places)) {
      for (const marker of markers) expect(text.includes(marker), `${marker.slice(0, 8)}… in ${where}`).toBe(false);
    }
  });
});
