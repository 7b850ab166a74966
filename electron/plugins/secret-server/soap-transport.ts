import http from 'node:http';
import type { LookupFunction } from 'node:net';
import https from 'node:https';
import tls from 'node:tls';
import * as soap from 'soap';
import { EcmError } from '../../../shared/errors';
import { assertSafeArguments } from './envelope-values';
import { soapHttpRequest } from './soap-http';
import { SECRET_SERVER_WSDL } from './ss-wsdl';
import { classifyTransportError, isTlsError } from './transport-errors';
import { tlsError } from './tls-diagnosis';

export type SsOperation =
  'Authenticate' | 'ImpersonateUser' | 'SearchSecretsByFieldValue' | 'GetSecret' | 'GetTokenIsValid';

let embeddedWsdl: Promise<soap.WSDL> | null = null;

/** The WSDL shipped in the app, parsed once per process: no download at start. */
function parsedWsdl(): Promise<soap.WSDL> {
  embeddedWsdl ??= new Promise((resolve, reject) => {
    const wsdl = new soap.WSDL(SECRET_SERVER_WSDL, 'urn:ecm-configurator:secret-server.wsdl', {});
    wsdl.onReady((err) => (err ? reject(err) : resolve(wsdl)));
  });
  return embeddedWsdl;
}

/**
 * The trust store: the admin's CA certificate when given, otherwise the system's (Node 22.15+
 * and Electron read the OS store through tls.getCACertificates; older Node uses its bundled roots).
 */
function trustedCas(caPem: string): string[] | undefined {
  if (caPem) return [caPem];
  const get = (tls as unknown as { getCACertificates?: (type: string) => string[] }).getCACertificates;
  if (!get) return undefined;
  try {
    return [...get('default'), ...get('system')];
  } catch {
    return undefined;
  }
}

/**
 * One SOAP endpoint: a node-soap client on the embedded WSDL with the endpoint set from
 * `endpointUrl`, and a keep-alive agent so a burst of calls reuses its TLS connections.
 */
export class SoapTransport {
  private readonly client: Promise<soap.Client>;
  private readonly agent: http.Agent;

  constructor(
    readonly url: string,
    private readonly options: {
      caCertificate: string;
      timeoutSeconds: number;
      allowHttp: boolean;
      lookup?: LookupFunction;
    },
  ) {
    // The settings refuse it too; this holds for any caller, so a password never leaves in clear by accident.
    if (url.toLowerCase().startsWith('http:') && !options.allowHttp) {
      throw new EcmError({
        code: 'VALIDATION',
        field: 'values.endpointUrl',
        message:
          'Endpoint URL starts with http://, which would send the API password and tokens unencrypted. Nothing was sent.',
        hint: 'Use the https:// address of Secret Server, or, only for a test server without TLS, turn on "Allow unencrypted HTTP (not recommended)".',
      });
    }
    this.client = parsedWsdl().then(
      (wsdl) => new soap.Client(wsdl, url, { request: soapHttpRequest as unknown as soap.IOptions['request'] }),
    );
    this.agent = url.toLowerCase().startsWith('https:')
      ? new https.Agent({
          keepAlive: true,
          maxSockets: 16,
          ca: trustedCas(options.caCertificate),
          // Written out: left unset, Node takes it from NODE_TLS_REJECT_UNAUTHORIZED, and "0" there
          // would accept any certificate, even with a pinned CA.
          rejectUnauthorized: true,
          ...(options.lookup ? { lookup: options.lookup } : {}),
        })
      : new http.Agent({ keepAlive: true, maxSockets: 16, ...(options.lookup ? { lookup: options.lookup } : {}) });
  }

  /** Calls one operation and returns its `<Op>Result` element as node-soap parsed it. */
  async call(
    operation: SsOperation,
    args: Record<string, unknown>,
    ctx: { signal: AbortSignal; step?: string },
  ): Promise<Record<string, unknown>> {
    assertSafeArguments(operation, args);
    const client = await this.client;
    const method = (
      client as unknown as Record<string, (a: unknown, o: unknown) => Promise<[Record<string, unknown> | null]>>
    )[`${operation}Async`];
    if (!method) throw new Error(`The embedded WSDL has no operation ${operation}.`);
    const timeoutMs = this.options.timeoutSeconds * 1000;
    try {
      const [result] = await method.call(client, args, {
        timeout: timeoutMs,
        signal: ctx.signal,
        httpAgent: this.agent,
        httpsAgent: this.agent,
        // Redirects are never followed (soap-http.ts sends with Node's client, which does not):
        // Secret Server never redirects the API, and the password would go wherever one pointed.
        // node-soap reads any answer below 400 as a result (an empty 307 became "no token"): a redirect
        // is an error of its own. 4xx/5xx stay with node-soap, which reads SOAP faults from them.
        validateStatus: (status: number) => status < 300 || status >= 400,
      });
      const inner = result?.[`${operation}Result`];
      return inner && typeof inner === 'object' ? (inner as Record<string, unknown>) : {};
    } catch (err) {
      if (isTlsError(err))
        throw await tlsError(this.url, err, { ca: this.options.caCertificate, timeoutMs, step: ctx.step });
      throw classifyTransportError(
        err,
        { operation, url: this.url, step: ctx.step, timeoutSeconds: this.options.timeoutSeconds },
        ctx.signal,
      );
    }
  }

  close(): void {
    this.agent.destroy();
  }
}
