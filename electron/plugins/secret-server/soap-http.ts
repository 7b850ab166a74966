import http from 'node:http';
import https from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { pipeline, type Readable, type Transform } from 'node:stream';

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
  /** Whole request, from sending to the last byte of the answer (stricter than axios, which timed an idle socket). */
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
  // Cancelled before it started: nothing is sent (a request destroyed before it has a socket
  // would emit an error with no listener yet).
  if (options.signal?.aborted) return Promise.reject(new SoapHttpError('canceled', 'ERR_CANCELED'));
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
    // First, so that no error (a destroy, a refused connection) ever goes unheard.
    req.on('error', (err) => finish(err));
    const timer = options.timeout
      ? setTimeout(
          () => finish(new SoapHttpError(`timeout of ${options.timeout}ms exceeded`, 'ECONNABORTED')),
          options.timeout,
        )
      : undefined;
    options.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      const body = decoded(res, (err) => finish(err));
      body.on('data', (chunk: Buffer) => chunks.push(chunk));
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

/**
 * The answer's body, decompressed when the server compressed it although node-soap asks it not to.
 * `failed` hears every error, also a connection dropped inside the answer (ECONNRESET), after
 * which no 'end' follows: pipeline passes the answer's errors on through the decoder.
 */
function decoded(res: http.IncomingMessage, failed: (err: Error) => void): Readable {
  const decoder = DECODERS[res.headers['content-encoding']?.toLowerCase() ?? '']?.();
  if (!decoder) {
    res.on('error', failed);
    return res;
  }
  pipeline(res, decoder, (err) => err && failed(err));
  return decoder;
}

const DECODERS: Record<string, () => Transform> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};
