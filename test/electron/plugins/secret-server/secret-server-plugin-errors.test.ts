import { beforeAll, describe, expect, it } from 'vitest';
import { startSecretServerSimulator, type SecretServerSimulator } from '../../../simulators/secret-server';
import { readLog } from '../../../support/core-fixture';
import { useSecretServerPlugin } from '../../../support/secret-server-plugin-fixture';
import { testWorld } from '../../../support/secret-server-world';

// The real plugin, through the real core, against the simulator over HTTP on 127.0.0.1.
describe('Secret Server plugin against the simulator: transport errors', () => {
  const fixture = useSecretServerPlugin();
  const { core, test, failure } = fixture;
  let sim: SecretServerSimulator;
  beforeAll(() => {
    sim = fixture.sim();
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
    if (fault === 'soapFault')
      expect(err.serverText).toContain('Server was unable to process request. ---> Simulated failure.');
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
});
