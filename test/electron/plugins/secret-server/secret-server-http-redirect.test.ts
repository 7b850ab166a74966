import http from 'node:http';
import type { AddressInfo } from 'node:net';
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

/** A plain HTTP server on 127.0.0.1 that records every request, body included. */
async function recordingServer(answer: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  const received: { method: string; url: string; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', body });
      answer(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())));
  return { received, origin, url: `${origin}/SecretServer/webservices/SSWebService.asmx`, close };
}

describe('Secret Server transport: plain http and redirects', () => {
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
  });

  async function core(): Promise<Core> {
    const c = await openTestCore(tempDir(), [createSecretServerPlugin()]);
    cores.push(c);
    return c;
  }
  const values = (overrides: Record<string, unknown> = {}) => ({
    endpointUrl: sim.url,
    apiUser: API_USER,
    apiPassword: API_PASSWORD,
    ...overrides,
  });
  const target = { user: 'CORP\\alice', endpoint: 'ws01' };

  it('refuses an http: Endpoint URL on save and on test unless "Allow unencrypted HTTP" is on', async () => {
    const c = await core();
    const saved = await c.api
      .saveSettings({ pluginId: 'secret-server', values: values() as never })
      .catch((e: unknown) => e);
    expect(saved).toMatchObject({
      code: 'VALIDATION',
      field: 'values.endpointUrl',
      message: expect.stringContaining(
        'Endpoint URL starts with http://, which would send the API password and tokens unencrypted. Use the https:// address',
      ),
    });
    expect((saved as { message: string }).message).toContain('turn on "Allow unencrypted HTTP (not recommended)"');
    const tested = await c.api
      .testSettings({ pluginId: 'secret-server', values: values() as never, ...target })
      .catch((e: unknown) => e);
    expect(tested).toMatchObject({ code: 'VALIDATION', field: 'values.endpointUrl' });
    expect(sim.requests).toEqual([]);
    const allowed = await c.api.testSettings({
      pluginId: 'secret-server',
      values: values({ allowUnencryptedHttp: true }) as never,
      ...target,
    });
    expect(allowed.credentials.length).toBe(2);
  });

  it('refuses http: in the transport too, for a caller that skips the settings check', async () => {
    const plugin = createSecretServerPlugin();
    const c = await openTestCore(tempDir(), [plugin]);
    cores.push(c);
    const ctx = pluginContext(plugin, c, new AbortController().signal);
    const err = await plugin
      .testSettings(withDefaults(plugin.settings, values() as Partial<SettingsValues>), target, ctx)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'values.endpointUrl' });
    expect(sim.requests).toEqual([]);
  });

  it('treats "Allow unencrypted HTTP" as a guard: turning it on asks for the stored password again', async () => {
    const c = await core();
    const https = 'https://ss.corp.example/SecretServer/webservices/SSWebService.asmx';
    await c.api.saveSettings({ pluginId: 'secret-server', values: values({ endpointUrl: https }) as never });
    const err = await c.api
      .testSettings({
        pluginId: 'secret-server',
        values: { allowUnencryptedHttp: true, apiPassword: { stored: true } } as never,
        ...target,
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'VALIDATION',
      field: 'values.apiPassword',
      message: expect.stringContaining('Allow unencrypted HTTP (not recommended) changed'),
    });
  });

  it('never follows a redirect: the password does not reach the redirect target, and the error says why', async () => {
    const elsewhere = await recordingServer((_req, res) => res.writeHead(500).end());
    const redirector = await recordingServer((_req, res) => res.writeHead(307, { Location: elsewhere.url }).end());
    try {
      const err = await (
        await core()
      ).api
        .testSettings({
          pluginId: 'secret-server',
          values: values({ endpointUrl: redirector.url, allowUnencryptedHttp: true }) as never,
          ...target,
        })
        .catch((e: unknown) => e);
      expect(redirector.received.map((r) => r.method)).toEqual(['POST']); // the redirect was asked for…
      expect(elsewhere.received).toEqual([]); // …and not followed: nothing, and so no password, went there
      expect(err).toMatchObject({
        code: 'PROTOCOL',
        message: `Secret Server answered Authenticate at ${redirector.url} with a redirect (HTTP 307) to ${elsewhere.url}. Redirects are not followed, so nothing was sent there.`,
        hint: expect.stringContaining('put it into Endpoint URL'),
      });
    } finally {
      await redirector.close();
      await elsewhere.close();
    }
  });
});
