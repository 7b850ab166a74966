import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { ApprovalBook } from './approval-book';
import { CallLog, type CallCounters, type LoggedRequest } from './call-log';
import { FaultPlan, type FaultTarget } from './fault-plan';
import { createRequestHandler } from './request-handler';
import { ServerLifecycle } from './server-lifecycle';
import { createSecretServerService } from './soap-service';
import { createSoapProcessor, ENDPOINT_PATH } from './soap-processor';
import { TokenStore } from './token-store';
import type { FaultKind } from './types';
import type { ApprovalState, SsWorld } from './world';

export interface SimulatorOptions {
  world: SsWorld;
  /** serve HTTPS with this certificate (see test/support/test-pki.ts) */
  tls?: { certPem: string; keyPem: string };
  /** delay before every answer, WSDL GETs included */
  latencyMs?: number;
  /** only loopback: the simulator must never be reachable from the network */
  host?: '127.0.0.1';
  /** the clock tokens expire by; default Date.now */
  now?: () => number;
}

export interface SecretServerSimulator {
  /** http(s)://127.0.0.1:<port>/SecretServer/webservices/SSWebService.asmx */
  url: string;
  /** http(s)://127.0.0.1:<port> */
  origin: string;
  port: number;
  /** SOAP calls received per operation, faulted ones included */
  calls: CallCounters;
  /** every SOAP call with its parsed arguments, in arrival order */
  requests: LoggedRequest[];
  /** zeroes `calls` and empties `requests` */
  resetCalls(): void;
  setLatency(ms: number): void;
  /** `after`: that many matching calls are answered normally before the fault starts. */
  injectFault(operation: FaultTarget, fault: FaultKind, times?: number, after?: number): void;
  clearFaults(): void;
  expireAllTokens(): void;
  setApproval(apiPrincipal: string, userPrincipal: string, state: ApprovalState): void;
  /** the live world: tests may change it while the simulator runs */
  world: SsWorld;
  /** stops listening and ends every connection, hung requests included */
  close(): Promise<void>;
}

function checkedLatency(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`latency must be a finite number >= 0, got ${ms}`);
  return ms;
}

export async function startSecretServerSimulator(options: SimulatorOptions): Promise<SecretServerSimulator> {
  const { world } = options;
  const host = options.host ?? '127.0.0.1';
  const now = options.now ?? Date.now;
  let latencyMs = checkedLatency(options.latencyMs ?? 0);

  const protocol = options.tls ? 'https' : 'http';
  const server = options.tls
    ? https.createServer({ cert: options.tls.certPem, key: options.tls.keyPem })
    : http.createServer();
  const lifecycle = new ServerLifecycle(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `${protocol}://${host}:${port}`;

  const tokens = new TokenStore(world, now);
  const approvals = new ApprovalBook(world);
  const log = new CallLog();
  const faults = new FaultPlan();
  try {
    const soap = await createSoapProcessor(createSecretServerService({ world, tokens, approvals, origin }));
    server.on(
      'request',
      createRequestHandler({
        soap,
        log,
        faults,
        lifecycle,
        latencyMs: () => latencyMs,
        now,
        protocol,
        listenHost: `${host}:${port}`,
      }),
    );
  } catch (error) {
    await lifecycle.close();
    throw error;
  }

  return {
    url: `${origin}${ENDPOINT_PATH}`,
    origin,
    port,
    calls: log.calls,
    requests: log.requests,
    resetCalls: () => log.reset(),
    setLatency: (ms) => {
      latencyMs = checkedLatency(ms);
    },
    injectFault: (operation, fault, times, after) => faults.inject(operation, fault, times, after),
    clearFaults: () => faults.clear(),
    expireAllTokens: () => tokens.expireAll(),
    setApproval: (apiPrincipal, userPrincipal, state) => {
      approvals.set(apiPrincipal, userPrincipal, state);
    },
    world,
    close: () => lifecycle.close(),
  };
}
