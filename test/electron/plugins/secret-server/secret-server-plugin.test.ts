import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSecretServerPlugin } from '../../../../electron/plugins/secret-server/secret-server-plugin';
import { startSecretServerSimulator, type SecretServerSimulator } from '../../../simulators/secret-server';
import { openTestCore, readLog } from '../../../support/core-fixture';
import { useSecretServerPlugin } from '../../../support/secret-server-plugin-fixture';
import { API_PASSWORD, API_USER, testWorld } from '../../../support/secret-server-world';

// The real plugin, through the real core, against the simulator over HTTP on 127.0.0.1.
describe('Secret Server plugin against the simulator', () => {
  const fixture = useSecretServerPlugin();
  const { tempDir, cores, core, settings, test, failure, ids, ops } = fixture;
  let sim: SecretServerSimulator;
  beforeAll(() => {
    sim = fixture.sim();
  });

  it('authenticates, impersonates, searches the machine field and never calls GetSecret', async () => {
    const result = await test(await core(), 'CORP\\alice', 'ws01');
    expect(ids(result)).toEqual(['1', '2']); // the deleted secret 7 is left out
    expect(result.credentials[1]).toMatchObject({
      name: 'WS01 backup',
      source: 'machine',
      template: 'Windows Account',
      restricted: true,
    });
    expect(ops()).toEqual(['Authenticate', 'ImpersonateUser', 'SearchSecretsByFieldValue']);
    expect(sim.requests[0]!.args).toMatchObject({
      username: API_USER,
      password: API_PASSWORD,
      organization: '',
      domain: '',
    });
    expect(sim.requests[1]!.args).toMatchObject({ username: 'alice', domain: 'CORP', organization: '' });
    expect(sim.requests[2]!.args).toMatchObject({
      fieldName: 'Machine',
      searchTerm: 'ws01',
      showDeleted: false,
      showRestricted: true,
    });
    expect(sim.calls.GetSecret).toBe(0);
    expect(result.steps.map((s) => s.name)).toEqual([
      'Authenticate API account svc-ecm',
      'Impersonate CORP\\alice',
      'Search Machine = ws01',
    ]);
    expect(result.steps.every((s) => s.ok && s.ms >= 0)).toBe(true);
  });

  it('searches an FQDN as given and by its short name, and an IP address as given', async () => {
    const c = await core();
    const fqdn = await test(c, 'CORP\\alice', 'ws01.corp.example');
    expect(ids(fqdn)).toEqual(['3', '1', '2']);
    expect(
      sim.requests.filter((r) => r.operation === 'SearchSecretsByFieldValue').map((r) => r.args.searchTerm),
    ).toEqual(['ws01.corp.example', 'ws01']);
    expect(ids(await test(c, 'CORP\\alice', '10.0.0.15'))).toEqual(['4']);
  });

  it('adds domain credentials for each configured domain, listing a secret found twice once', async () => {
    const result = await test(await core(), 'CORP\\alice', 'ws03', { includeDomainCredentialsFor: ['CORP', 'LAB'] });
    expect(result.credentials).toEqual([
      expect.objectContaining({ id: '11', source: 'machine' }),
      expect.objectContaining({ id: '5', source: 'domain', domain: 'CORP', template: 'Active Directory Account' }),
      expect.objectContaining({ id: '6', source: 'domain', domain: 'LAB' }),
    ]);
    expect(result.steps.map((s) => s.name).slice(2)).toEqual([
      'Search Machine = ws03',
      'Search Domain = CORP',
      'Search Domain = LAB',
    ]);
  });

  it('uses the Machine Field and Domain Field settings', async () => {
    const c = await core();
    const result = await test(c, 'CORP\\alice', 'ws09', { machineField: 'Host' });
    expect(ids(result)).toEqual(['9']);
    expect(sim.requests.at(-1)!.args.fieldName).toBe('Host');
    const domain = await test(c, 'CORP\\alice', 'nothing-here', {
      domainField: 'ADDomain',
      includeDomainCredentialsFor: ['CORP'],
    });
    expect(ids(domain)).toEqual(['12']);
  });

  it('authenticates a domain API account with API Domain', async () => {
    const result = await test(await core(), 'CORP\\alice', 'ws01', {
      apiUser: 'svc-dom',
      apiPassword: 'Dom-Api-Pass-1',
      apiDomain: 'CORP',
    });
    expect(ids(result)).toEqual(['1', '2']);
    expect(sim.requests[0]!.args).toMatchObject({ username: 'svc-dom', domain: 'CORP' });
    expect(result.steps[0]!.name).toBe('Authenticate API account CORP\\svc-dom');
  });

  it('never sends the stored API password to an Endpoint URL it was not saved for', async () => {
    const c = await core();
    await c.api.saveSettings({ pluginId: 'secret-server', values: settings() as never });
    const other = await startSecretServerSimulator({ world: testWorld() });
    try {
      const err = await c.api
        .testSettings({
          pluginId: 'secret-server',
          values: { ...settings(), endpointUrl: other.url, apiPassword: { stored: true } } as never,
          user: 'CORP\\alice',
          endpoint: 'ws01',
        })
        .catch((e: { code: string; field: string; message: string }) => e);
      expect(err).toMatchObject({
        code: 'VALIDATION',
        field: 'values.apiPassword',
        message: expect.stringContaining('Endpoint URL changed'),
      });
      expect(other.calls.Authenticate).toBe(0);
      // Typed again, it is used.
      const ok = await c.api.testSettings({
        pluginId: 'secret-server',
        values: { ...settings(), endpointUrl: other.url },
        user: 'CORP\\alice',
        endpoint: 'ws01',
      });
      expect(ok.credentials.length).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });

  it('refuses an endpoint URL with a user name and password in it', async () => {
    const err = await failure(await core(), 'CORP\\alice', 'ws01', {
      endpointUrl: sim.url.replace('http://', 'http://svc:Pw-In-Url@'),
    });
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'values.endpointUrl' });
  });

  it('refuses an endpoint URL that does not end in .asmx, naming the field', async () => {
    const err = await failure(await core(), 'CORP\\alice', 'ws01', {
      endpointUrl: 'https://ss.corp.example/SecretServer/',
    });
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'values.endpointUrl' });
  });

  it('retrieves a credential with GetSecret for injection, and names what a restricted secret asks for', async () => {
    const plugin = createSecretServerPlugin();
    const c = await openTestCore(tempDir(), [plugin]);
    cores.push(c);
    const values = await c.settings.resolve(
      'secret-server',
      plugin.settings,
      settings({ includeDomainCredentialsFor: ['CORP'] }) as never,
      { useStored: false },
    );
    const ctx = (await import('../../../../electron/core/api/plugin-context')).pluginContext(
      plugin,
      c,
      new AbortController().signal,
    );
    const credential = await plugin.retrieveCredential(
      values,
      { user: 'CORP\\alice', endpoint: 'ws01', credentialId: '1' },
      ctx,
    );
    expect(credential).toEqual({ username: 'Administrator', password: 'Ss-Secret-1-Pass' });
    const domain = await plugin.retrieveCredential(
      values,
      { user: 'CORP\\alice', endpoint: 'x', credentialId: '5' },
      ctx,
    );
    expect(domain).toEqual({ username: 'da-alice', password: 'Ss-Secret-5-Pass', domain: 'CORP' });
    await expect(
      plugin.retrieveCredential(values, { user: 'CORP\\alice', endpoint: 'ws02', credentialId: '10' }, ctx),
    ).rejects.toMatchObject({
      code: 'NOT_AUTHORIZED',
      message: expect.stringContaining('asks for Comment'),
    });
    // Not listed for bob, or not for this endpoint: refused before any GetSecret.
    sim.resetCalls();
    await expect(
      plugin.retrieveCredential(values, { user: 'CORP\\bob', endpoint: 'ws01', credentialId: '2' }, ctx),
    ).rejects.toMatchObject({ code: 'NOT_AUTHORIZED' });
    await expect(
      plugin.retrieveCredential(values, { user: 'CORP\\alice', endpoint: 'ws01', credentialId: '4' }, ctx),
    ).rejects.toMatchObject({
      code: 'NOT_AUTHORIZED',
      message: expect.stringContaining('is not one of the credentials CORP\\alice may use on ws01'),
    });
    expect(sim.calls.GetSecret).toBe(0);
    expect(readLog(c)).not.toContain('Ss-Secret-1-Pass');
  });

  it('keeps the API password, every token and every password out of the log, files and answers', async () => {
    const c = await core();
    await c.api.saveSettings({
      pluginId: 'secret-server',
      values: settings({ includeDomainCredentialsFor: ['CORP'] }) as never,
    });
    const answers: unknown[] = [];
    answers.push(await c.api.getSettings({ pluginId: 'secret-server' }));
    answers.push(
      await c.api.testSettings({ pluginId: 'secret-server', values: {}, user: 'CORP\\alice', endpoint: 'ws01' }),
    );
    answers.push(await failure(c, 'CORP\\carol', 'ws01'));
    answers.push(await failure(c, 'CORP\\alice', 'ws01', { apiPassword: 'Other-Marker-Pass-7' }));
    sim.expireAllTokens();
    answers.push(
      await c.api.testSettings({ pluginId: 'secret-server', values: {}, user: 'CORP\\alice', endpoint: 'ws01' }),
    );
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
