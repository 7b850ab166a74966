import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pluginContext } from '../../../../electron/core/api/plugin-context';
import type { Core } from '../../../../electron/core/open-core';
import { createSecretServerPlugin } from '../../../../electron/plugins/secret-server/secret-server-plugin';
import type { SettingsValues } from '../../../../shared/plugin/settings-schema';
import { withDefaults } from '../../../../shared/plugin/settings-validation';
import { startSecretServerSimulator, type SecretServerSimulator } from '../../../simulators/secret-server';
import { openTestCore } from '../../../support/core-fixture';
import { API_PASSWORD, API_USER, testWorld } from '../../../support/secret-server-world';
import { useTempDirs } from '../../../support/temp-dir';

// node-soap copies a value of the form <![CDATA[...]]> into the envelope unescaped. These tests send
// such values on every path and check that the simulator never receives them.
describe('Secret Server: no value can change a SOAP envelope', () => {
  const tempDir = useTempDirs();
  const MARKUP_PASSWORD = `Ss<&>"'-Markup-Pass-1`;
  let sim: SecretServerSimulator;
  const cores: Core[] = [];

  beforeAll(async () => {
    const world = testWorld();
    world.users.push({
      username: 'svc-markup',
      domain: '',
      password: MARKUP_PASSWORD,
      roles: ['Web Services Impersonate'],
    });
    world.approvals!.push({ apiUser: 'svc-markup', user: 'CORP\\alice', state: 'approved' });
    sim = await startSecretServerSimulator({ world });
  });
  afterAll(async () => {
    await sim.close();
  });
  afterEach(async () => {
    for (const core of cores.splice(0)) await core.close();
    sim.resetCalls();
  });

  const settings = (overrides: Record<string, unknown> = {}) => ({
    endpointUrl: sim.url,
    allowUnencryptedHttp: true,
    apiUser: API_USER,
    apiPassword: API_PASSWORD,
    ...overrides,
  });

  /** The real plugin, called directly as the plugin runtime does: no settings or request schema in front of it. */
  async function direct() {
    const plugin = createSecretServerPlugin();
    const core = await openTestCore(tempDir(), [plugin]);
    cores.push(core);
    const ctx = pluginContext(plugin, core, new AbortController().signal);
    const values = (overrides: Record<string, unknown> = {}) =>
      withDefaults(plugin.settings, settings(overrides) as Partial<SettingsValues>);
    return { plugin, core, ctx, values };
  }

  const everything = () => JSON.stringify(sim.requests);

  it('refuses a CDATA API User in the transport, before anything is sent', async () => {
    const { plugin, ctx, values } = await direct();
    // Without the refusal, node-soap sends <username><![CDATA[svc-ecm]]></username> and the server reads svc-ecm.
    const err = await plugin
      .testSettings(values({ apiUser: '<![CDATA[svc-ecm]]>' }), { user: 'CORP\\alice', endpoint: 'ws01' }, ctx)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'VALIDATION',
      field: 'values.apiUser',
      message: expect.stringContaining('API User cannot contain < or >'),
    });
    expect(sim.requests).toEqual([]);
  });

  it('refuses a CDATA endpoint at retrieval, where no request schema checks it', async () => {
    const { plugin, ctx, values } = await direct();
    const err = await plugin
      .retrieveCredential(values(), { user: 'CORP\\alice', endpoint: '<![CDATA[ws01]]>', credentialId: '1' }, ctx)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'endpoint' });
    expect(sim.calls.SearchSecretsByFieldValue).toBe(0);
    expect(sim.calls.GetSecret).toBe(0);
    expect(everything()).not.toContain('CDATA');
  });

  it('refuses control characters and markup in a domain and a field name given to the plugin', async () => {
    const { plugin, ctx, values } = await direct();
    const domain = await plugin
      .testSettings(values({ apiDomain: 'CORP\u001b[2J' }), { user: 'CORP\\alice', endpoint: 'ws01' }, ctx)
      .catch((e: unknown) => e);
    expect(domain).toMatchObject({ code: 'VALIDATION', field: 'values.apiDomain' });
    const field = await plugin
      .testSettings(values({ machineField: 'Machine]]><x>' }), { user: 'CORP\\alice', endpoint: 'ws01' }, ctx)
      .catch((e: unknown) => e);
    expect(field).toMatchObject({ code: 'VALIDATION', field: 'values.machineField' });
    expect(sim.calls.SearchSecretsByFieldValue).toBe(0);
    expect(everything()).not.toMatch(/\u001b|<x>/);
  });

  it('refuses a CDATA-shaped API password (the form node-soap does not escape), naming the field but never the value', async () => {
    const { plugin, ctx, values } = await direct();
    const err = await plugin
      .testSettings(values({ apiPassword: '<![CDATA[Cdata-Pass-2]]>' }), { user: 'CORP\\alice', endpoint: 'ws01' }, ctx)
      .catch((e: Error) => e);
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'values.apiPassword' });
    expect(JSON.stringify(err) + (err as Error).message).not.toContain('Cdata-Pass-2');
    expect(sim.calls.Authenticate).toBe(0);
  });

  it('sends a password with < & > escaped correctly: it works end to end', async () => {
    const core = await openTestCore(tempDir(), [createSecretServerPlugin()]);
    cores.push(core);
    const result = await core.api.testSettings({
      pluginId: 'secret-server',
      values: settings({ apiUser: 'svc-markup', apiPassword: MARKUP_PASSWORD }),
      user: 'CORP\\alice',
      endpoint: 'ws01',
    });
    expect(result.credentials.map((c) => c.id)).toEqual(['1', '2']);
    expect(sim.requests[0]!.args.password).toBe(MARKUP_PASSWORD);
  });

  it.each([
    ['apiUser', 'API User'],
    ['apiDomain', 'API Domain'],
    ['apiOrganization', 'API Organization'],
    ['defaultDomainForLocalUsers', 'Default Domain for Local Bomgar Users'],
  ])('refuses markup in %s when saving, with a plain message naming the setting', async (key, label) => {
    const core = await openTestCore(tempDir(), [createSecretServerPlugin()]);
    cores.push(core);
    const err = await core.api
      .saveSettings({ pluginId: 'secret-server', values: settings({ [key]: '<![CDATA[x]]>' }) as never })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'VALIDATION',
      field: `values.${key}`,
      message: expect.stringContaining(`${label} cannot contain < or > or control characters`),
    });
    expect(await core.settings.getStored('secret-server')).toBeNull();
  });

  it('refuses markup in the Endpoint URL when saving', async () => {
    const core = await openTestCore(tempDir(), [createSecretServerPlugin()]);
    cores.push(core);
    const endpointUrl = 'https://ss.corp.example/<![CDATA[x]]>/SSWebService.asmx';
    const err = await core.api
      .saveSettings({ pluginId: 'secret-server', values: settings({ endpointUrl }) as never })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'values.endpointUrl' });
  });
});
