import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SoapTransport } from '../../../../electron/plugins/secret-server/soap-transport';
import { startSecretServerSimulator, type SecretServerSimulator } from '../../../simulators/secret-server';
import { proxyInEnvironment } from '../../../support/proxy-env';
import { testWorld } from '../../../support/secret-server-world';

// The transport the plugin uses, not only the request function under it: with HTTP_PROXY and
// HTTPS_PROXY set, the API password still goes straight to the Endpoint URL.
describe('SoapTransport and proxy variables', () => {
  let sim: SecretServerSimulator;
  let proxy: Awaited<ReturnType<typeof proxyInEnvironment>>;
  beforeAll(async () => {
    sim = await startSecretServerSimulator({ world: testWorld() });
    proxy = await proxyInEnvironment();
  });
  afterAll(async () => {
    await proxy.restore();
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
      expect(proxy.hits).toEqual([]);
    } finally {
      transport.close();
    }
  });
});
