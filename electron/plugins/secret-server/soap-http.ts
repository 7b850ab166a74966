import http from 'node:http';
import https from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';

/**
 * The HTTP request node-soap makes, sent with Node's own client instead of axios. node-soap
 * calls `request(options)` as it would call axios and reads `status`, `headers` and `data`; errors
 * keep the shapes transport-errors.ts classifies (Node's socket and TLS codes, `response` on an
 * HTTP status, ECONNABORTED on a timeout, ERR_CANCELED on cancel). Why not axios: per SOAP call
 * axios merged configs, normalised headers and looked up proxy variables, about a third of the
 * client's CPU in an access review. It also means HTTP(S)_PROXY variables are not used: the API
 * password goes straight to the Endpoint URL, never through a proxy the environment names.
 */
export interface SoapHttpOptions {
  url: string;
  method: string;
  headers: Record<string, string | number>;
  data?: string;
  /** Whole request, from sending to the last byte of the answer, as axios counts it. */
  timeout?: number;
  signal?: AbortSignal;
  httpAgent?: http.Agent;
  httpsAgent?: https.Agent;
  validateStatus?: ((status: number) => boolean) | null;
}

export interface SoapHttpResponse {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  data: string;
  config: { headers: SoapHttpOptions['headers'] };
}

/** An error with the fields transport-errors.ts reads (`code`, `response`). */
export class SoapHttpError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly response?: SoapHttpResponse,
  ) {
    super(message);
    this.name = 'SoapHttpError';
  }
}

export function soapHttpRequest(options: SoapHttpOptions): Promise<SoapHttpResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(options.url);
    const secure = url.protocol === 'https:';
    const send = secure ? https.request : http.request;
    let settled = false;
    const finish = (err: Error | null, response?: SoapHttpResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (err) {
        req.destroy();
        reject(err);
      } else resolve(response!);
    };
    const onAbort = () => finish(new SoapHttpError('canceled', 'ERR_CANCELED'));
    const req = send(url, {
      method: options.method,
      headers: options.headers,
      agent: secure ? options.httpsAgent : options.httpAgent,
    });
    const timer = options.timeout
      ? setTimeout(
          () => finish(new SoapHttpError(`timeout of ${options.timeout}ms exceeded`, 'ECONNABORTED')),
          options.timeout,
        )
      : undefined;
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (err) => finish(err));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      const body = decoded(res);
      body.on('data', (chunk: Buffer) => chunks.push(chunk));
      // Also a connection dropped inside the answer (ECONNRESET): no 'end' follows, so do not wait for it.
      body.on('error', (err) => finish(err));
      body.on('end', () => {
        const response: SoapHttpResponse = {
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          headers: res.headers,
          data: Buffer.concat(chunks).toString('utf8'),
          config: { headers: options.headers },
        };
        const ok = options.validateStatus ? options.validateStatus(response.status) : true;
        finish(
          ok
            ? null
            : new SoapHttpError(`Request failed with status code ${response.status}`, 'ERR_BAD_RESPONSE', response),
          response,
        );
      });
    });
    req.end(options.data);
  });
}

/** node-soap asks for no compression; a server that compresses anyway is still read. */
function decoded(res: http.IncomingMessage): Readable {
  switch (res.headers['content-encoding']?.toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return res.pipe(createGunzip());
    case 'deflate':
      return res.pipe(createInflate());
    case 'br':
      return res.pipe(createBrotliDecompress());
    default:
      return res;
  }
}
