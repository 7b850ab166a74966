import https from 'node:https';
import type * as soap from 'soap';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestCa, issueServerCert } from '../../support/test-pki';
import {
  demoWorld,
  DEMO_API_ACCOUNT,
  SIMULATED_FAULT_STRING,
  startSecretServerSimulator,
  type SecretServerSimulator,
} from './index';
import { httpsGet, postSoap, soapClientFor } from './test-clients';

// Transport behaviour: TLS, injected faults, latency, call accounting and shutdown.

const AUTH_ARGS = {
  username: DEMO_API_ACCOUNT.username,
  password: DEMO_API_ACCOUNT.password,
  organization: '',
  domain: '',
};

interface CallError extends Error {
  code?: string;
  response?: { status?: number; data?: unknown };
}

async function authenticate(client: soap.Client, options: object = {}): Promise<Record<string, unknown>> {
  const [response] = (await client.AuthenticateAsync(AUTH_ARGS, { timeout: 5_000, ...options })) as [
    { AuthenticateResult: Record<string, unknown> },
  ];
  return response.AuthenticateResult;
}

async function failureOf(promise: Promise<unknown>): Promise<CallError> {
  try {
    await promise;
  } catch (error) {
    return error as CallError;
  }
  throw new Error('expected the call to fail');
}

describe('Secret Server simulator: HTTPS', () => {
  const ca = createTestCa();
  const started: SecretServerSimulator[] = [];
  const agents: https.Agent[] = [];

  function trusting(caPem: string): https.Agent {
    const agent = new https.Agent({ ca: caPem });
    agents.push(agent);
    return agent;
  }

  async function simulatorWith(cert: { certPem: string; keyPem: string }): Promise<SecretServerSimulator> {
    const sim = await startSecretServerSimulator({ world: demoWorld(), tls: cert });
    started.push(sim);
    return sim;
  }

  afterEach(async () => {
    for (const agent of agents.splice(0)) agent.destroy();
    await Promise.all(started.splice(0).map((sim) => sim.close()));
  });

  it('serves WSDL and SOAP over HTTPS to a client that trusts the test CA', async () => {
    const sim = await simulatorWith(issueServerCert(ca));
    expect(sim.url).toBe(`https://127.0.0.1:${sim.port}/SecretServer/webservices/SSWebService.asmx`);
    const agent = trusting(ca.certPem);

    const wsdl = await httpsGet(`${sim.url}?WSDL`, agent);
    expect(wsdl.status).toBe(200);
    expect(wsdl.body).toContain(`<soap:address location="${sim.url}" />`);

    const client = await soapClientFor(sim.url, agent);
    const result = await authenticate(client, { httpsAgent: agent });
    expect(result.Errors).toBeNull();
    expect(result.Token).toEqual(expect.any(String));
  });

  it('is refused by a client that trusts another CA', async () => {
    const sim = await simulatorWith(issueServerCert(ca));
    const error = await failureOf(httpsGet(`${sim.url}?WSDL`, trusting(createTestCa('Some Other CA').certPem)));
    expect(error.code).toMatch(
      /UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY/,
    );
    expect(sim.calls.Authenticate).toBe(0);
  });

  it('presents an expired certificate or one for another host when asked to', async () => {
    const expired = await simulatorWith(
      issueServerCert(ca, {
        notBefore: new Date(Date.now() - 10 * 86_400_000),
        notAfter: new Date(Date.now() - 86_400_000),
      }),
    );
    expect((await failureOf(httpsGet(`${expired.url}?WSDL`, trusting(ca.certPem)))).code).toBe('CERT_HAS_EXPIRED');

    const elsewhere = await simulatorWith(
      issueServerCert(ca, { commonName: 'other.example', dnsNames: ['other.example'], ipAddresses: [] }),
    );
    expect((await failureOf(httpsGet(`${elsewhere.url}?WSDL`, trusting(ca.certPem)))).code).toBe(
      'ERR_TLS_CERT_ALTNAME_INVALID',
    );
  });
});

describe('Secret Server simulator: faults, latency and call accounting', () => {
  let sim: SecretServerSimulator;
  let client: soap.Client;

  beforeAll(async () => {
    sim = await startSecretServerSimulator({ world: demoWorld() });
    client = await soapClientFor(sim.url);
  });

  afterEach(() => {
    sim.clearFaults();
    sim.setLatency(0);
    sim.resetCalls();
  });

  afterAll(async () => {
    await sim.close();
  });

  it('http500: answers an IIS HTML error page', async () => {
    sim.injectFault('Authenticate', 'http500');
    const error = await failureOf(authenticate(client));
    expect(error.response?.status).toBe(500);
    const raw = await postSoap(sim.url, 'Authenticate', '<username>x</username>');
    expect(raw.status).toBe(500);
    expect(raw.contentType).toMatch(/^text\/html/);
    expect(raw.body).toContain('<title>500 - Internal server error.</title>');
  });

  it('soapFault: answers HTTP 500 with a SOAP 1.1 Fault that node-soap reports as soap:Server', async () => {
    sim.injectFault('*', 'soapFault');
    const error = await failureOf(authenticate(client));
    expect(error.message).toBe(`soap:Server: ${SIMULATED_FAULT_STRING}`);
    expect(error.response?.status).toBe(500);
    const raw = await postSoap(sim.url, 'GetTokenIsValid', '<token>x</token>');
    expect(raw.body).toContain(
      '<soap:Fault><faultcode>soap:Server</faultcode><faultstring>Server was unable to process request. ---&gt; Simulated failure.</faultstring><detail /></soap:Fault>',
    );
  });

  it('hang: never answers, so the client times out', async () => {
    sim.injectFault('Authenticate', 'hang');
    const startedAt = Date.now();
    const error = await failureOf(authenticate(client, { timeout: 200 }));
    expect(error.code).toBe('ECONNABORTED');
    expect(Date.now() - startedAt).toBeLessThan(2_000);
  });

  it('malformedXml: answers 200 with a cut-off envelope the client cannot parse', async () => {
    sim.injectFault('Authenticate', 'malformedXml', 2);
    const raw = await postSoap(sim.url, 'Authenticate', '<username>x</username>');
    expect(raw.status).toBe(200);
    expect(raw.body).toMatch(/^<\?xml/);
    expect(raw.body).not.toContain('</soap:Envelope>');
    await failureOf(authenticate(client));
  });

  it('drop: closes the connection without an answer', async () => {
    sim.injectFault('Authenticate', 'drop');
    const error = await failureOf(authenticate(client));
    expect(error.code).toMatch(/ECONNRESET|ERR_BAD_RESPONSE|EPIPE/);
  });

  it('limits a fault to `times` calls, and an operation’s own fault wins over "*"', async () => {
    sim.injectFault('*', 'http500');
    sim.injectFault('Authenticate', 'soapFault', 1);
    expect((await failureOf(authenticate(client))).message).toContain('Simulated failure.');
    expect((await failureOf(authenticate(client))).response?.status).toBe(500);
    sim.clearFaults();
    expect((await authenticate(client)).Errors).toBeNull();
    expect(sim.calls.Authenticate).toBe(3);
  });

  it('delays every answer, WSDL included, by the set latency', async () => {
    sim.setLatency(150);
    let startedAt = Date.now();
    await (await fetch(`${sim.url}?WSDL`)).text();
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(140);
    startedAt = Date.now();
    await authenticate(client);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(140);
  });

  it('counts calls per operation and logs each with its arguments, in order', async () => {
    const token = (await authenticate(client)).Token as string;
    const [impersonated] = (await client.ImpersonateUserAsync({
      token,
      username: 'alice',
      organization: '',
      domain: 'CORP',
    })) as [{ ImpersonateUserResult: { Token: string } }];
    const aliceToken = impersonated.ImpersonateUserResult.Token;
    await client.SearchSecretsByFieldValueAsync({
      token: aliceToken,
      fieldName: 'Machine',
      searchTerm: 'ws01',
      showDeleted: false,
      showRestricted: true,
    });
    await client.GetSecretAsync({ token: aliceToken, secretId: 101, loadSettingsAndPermissions: false });
    sim.injectFault('GetTokenIsValid', 'http500', 1);
    await failureOf(client.GetTokenIsValidAsync({ token }));

    expect(sim.calls).toEqual({
      Authenticate: 1,
      ImpersonateUser: 1,
      SearchSecretsByFieldValue: 1,
      GetSecret: 1,
      GetTokenIsValid: 1,
    });
    expect(sim.requests.map((r) => r.operation)).toEqual([
      'Authenticate',
      'ImpersonateUser',
      'SearchSecretsByFieldValue',
      'GetSecret',
      'GetTokenIsValid',
    ]);
    expect(sim.requests[0]?.args).toEqual(AUTH_ARGS);
    expect(sim.requests[2]?.args).toEqual({
      token: aliceToken,
      fieldName: 'Machine',
      searchTerm: 'ws01',
      showDeleted: false,
      showRestricted: true,
    });
    expect(sim.requests[3]?.args).toEqual({ token: aliceToken, secretId: 101, loadSettingsAndPermissions: false });
    expect(sim.requests[4]?.args).toEqual({ token });

    sim.resetCalls();
    expect(sim.calls.Authenticate).toBe(0);
    expect(sim.requests).toEqual([]);
  });
});

describe('Secret Server simulator: close()', () => {
  it('ends requests still waiting out the latency, and hung ones, so nothing keeps the process alive', async () => {
    const slow = await startSecretServerSimulator({ world: demoWorld(), latencyMs: 10_000 });
    const wsdlFetch = fetch(`${slow.url}?WSDL`).then(
      async (response) => `answered ${response.status} ${(await response.text()).length}`,
      () => 'failed',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    let closingStarted = Date.now();
    await slow.close();
    expect(Date.now() - closingStarted).toBeLessThan(1_000);
    expect(await wsdlFetch).toBe('failed');

    const hung = await startSecretServerSimulator({ world: demoWorld() });
    const client = await soapClientFor(hung.url);
    hung.injectFault('*', 'hang');
    const pending = failureOf(authenticate(client, { timeout: 0 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hung.calls.Authenticate).toBe(1);
    closingStarted = Date.now();
    await hung.close();
    expect(Date.now() - closingStarted).toBeLessThan(1_000);
    expect((await pending).code).toMatch(/ECONNRESET|ERR_BAD_RESPONSE|ECONNABORTED/);
  });
});
