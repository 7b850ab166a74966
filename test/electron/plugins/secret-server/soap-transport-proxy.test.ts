import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SoapTransport } from '../../../../electron/plugins/secret-server/soap-transport';
import { startSecretServerSimulator, type SecretServerSimulator } from '../../../simulators/secret-server';
import { testWorld } from '../../../support/secret-server-world';

// The transport the plugin uses, not only the request function under it: with HTTP_PROXY and
// HTTPS_PROXY set, the API password still goes straight to the Endpoint URL.
describe('SoapTransport and proxy variables', () => {
  let sim: SecretServerSimulator;
  let proxy: http.Server;
  const proxyHits: string[] = [];
  const saved = { http: process.env.HTTP_PROXY, https: process.env.HTTPS_PROXY, no: process.env.NO_PROXY };
  beforeAll(async () => {
    sim = await startSecretServerSimulator({ world: testWorld() });
    proxy = http.createServer((req, res) => {
      proxyHits.push(req.url ?? '');
      res.writeHead(502).end();
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    process.env.HTTP_PROXY = proxyUrl;
    process.env.HTTPS_PROXY = proxyUrl;
    delete process.env.NO_PROXY;
  });
  afterAll(async () => {
    for (const [key, value] of [
      ['HTTP_PROXY', saved.http],
      ['HTTPS_PROXY', saved.https],
      ['NO_PROXY', saved.no],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await new Promise((resolve) => proxy.close(resolve));
    await sim.close();
  });

  it('answers from Secret Server itself; the proxy sees nothing', async () => {
    const transport = new SoapTransport(sim.url, { caCertificate: '', timeoutSeconds: 10, allowHttp: true });
    try {
      const result = await transport.call(
        'Authenticate',
        { username: 'svc-ecm', password: 'Proxy-Marker-Pass-1', organization: '', domain: '' },
        { signal: new AbortController().signal },
      );
      expect(result).toHaveProperty('Errors');
      expect(sim.calls.Authenticate).toBe(1);
      expect(proxyHits).toEqual([]);
    } finally {
      transport.close();
    }
  });
});
