import { EcmError } from '../../../shared/errors';

/** Node's and OpenSSL's codes for a certificate that is not trusted or not for this host. */
const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
  'EPROTO',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);

const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'EPIPE',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

export interface CallContext {
  operation: string;
  url: string;
  step?: string;
  timeoutSeconds: number;
}

/** The parts of an axios / node-soap error this module reads. */
interface TransportError {
  code?: string;
  message?: string;
  name?: string;
  cause?: { code?: string };
  response?: { status?: number; statusText?: string; data?: unknown; headers?: Record<string, unknown> };
  root?: { Envelope?: { Body?: { Fault?: { faultcode?: unknown; faultstring?: unknown } } } };
  /** node-soap rejects an unreadable answer with a bare object holding a Fault, not an Error. */
  Fault?: { faultstring?: unknown };
}

export function errorCodeOf(err: unknown): string | undefined {
  const e = err as TransportError;
  return e?.code ?? e?.cause?.code;
}

export function isTlsError(err: unknown): boolean {
  const code = errorCodeOf(err);
  return code !== undefined && (TLS_CODES.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_'));
}

/**
 * Classifies a failed SOAP call by what happened on the wire, never by English text:
 * no answer in time → TIMEOUT; DNS, refused or dropped → CONNECT; HTTP error, SOAP fault or
 * unreadable XML → PROTOCOL naming the URL and status. TLS errors are classified by the caller,
 * which first fetches the certificate's subject and issuer for the message.
 */
export function classifyTransportError(err: unknown, ctx: CallContext, signal: AbortSignal): EcmError {
  const e = err as TransportError;
  const code = errorCodeOf(err);
  const where = `${ctx.operation} at ${ctx.url}`;
  const base = { ...(ctx.step ? { step: ctx.step } : {}) };
  if (signal.aborted || code === 'ERR_CANCELED') {
    return new EcmError({ ...base, code: 'CANCELLED', message: `${ctx.operation} was cancelled.` });
  }
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT' || /timeout of \d+ms exceeded/.test(e?.message ?? '')) {
    return new EcmError({
      ...base,
      code: 'TIMEOUT',
      message: `Secret Server did not answer ${ctx.operation} within ${ctx.timeoutSeconds} s (${ctx.step ?? ctx.operation}).`,
      hint: 'Check that Secret Server is running and reachable from this server, or raise "Request timeout (s)".',
    });
  }
  if (code !== undefined && CONNECT_CODES.has(code)) {
    const what =
      code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? 'the host name could not be resolved'
        : code === 'ECONNREFUSED'
          ? 'the connection was refused'
          : 'the connection was dropped';
    return new EcmError({
      ...base,
      code: 'CONNECT',
      message: `Cannot reach Secret Server for ${where}: ${what} (${code}).`,
      hint: 'Check the Endpoint URL, DNS, firewalls (TCP 443 from this server) and that IIS and Secret Server are running.',
    });
  }
  const status = e?.response?.status;
  const fault = e?.root?.Envelope?.Body?.Fault;
  if (fault) {
    return new EcmError({
      ...base,
      code: 'PROTOCOL',
      message: `Secret Server answered ${ctx.operation} with a SOAP fault (HTTP ${status ?? '?'}) at ${ctx.url}.`,
      serverText: `${String(fault.faultcode ?? '')}: ${String(fault.faultstring ?? '')}`.trim(),
      hint: 'See the Secret Server system log for the cause; check that the Endpoint URL points at SSWebService.asmx.',
    });
  }
  // Redirects are never followed (maxRedirects: 0): the request, password included, would go to
  // whatever address the answer names.
  if (status !== undefined && status >= 300 && status < 400) {
    const named = e.response?.headers?.location;
    const location =
      typeof named === 'string'
        ? named.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?').slice(0, 300)
        : 'no address';
    return new EcmError({
      ...base,
      code: 'PROTOCOL',
      message: `Secret Server answered ${ctx.operation} at ${ctx.url} with a redirect (HTTP ${status}) to ${location}. Redirects are not followed, so nothing was sent there.`,
      hint: 'If that address is your Secret Server (for example its https:// address, or a new host name), put it into Endpoint URL; otherwise find out what answers at the Endpoint URL.',
    });
  }
  // A 2xx with an unreadable body falls through to the last case: the XML is the problem, not HTTP.
  if (status !== undefined && (status < 200 || status >= 300)) {
    return new EcmError({
      ...base,
      code: 'PROTOCOL',
      message: `Secret Server answered ${ctx.operation} with HTTP ${status}${e.response?.statusText ? ` ${e.response.statusText}` : ''} at ${ctx.url}.`,
      serverText: excerpt(e.response?.data),
      hint:
        status === 404
          ? 'The Endpoint URL does not point at the web services: it usually ends in /SecretServer/webservices/SSWebservice.asmx.'
          : 'Check that web services are enabled (Admin > Configuration > Enable Webservices) and see the Secret Server log.',
    });
  }
  const why =
    typeof e?.message === 'string'
      ? e.message
      : typeof e?.Fault?.faultstring === 'string'
        ? e.Fault.faultstring
        : 'it is not a well-formed SOAP document';
  return new EcmError({
    ...base,
    code: 'PROTOCOL',
    message: `Secret Server's answer to ${ctx.operation} at ${ctx.url} could not be read: ${why}.`,
    hint: "Check that the Endpoint URL points at Secret Server's SSWebService.asmx and not at another page.",
  });
}

function excerpt(data: unknown): string | undefined {
  if (typeof data !== 'string' || data.trim() === '') return undefined;
  const text = data
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
