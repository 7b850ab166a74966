import type { IncomingHttpHeaders } from 'node:http';

/** The SOAPAction header without its quotes, e.g. `urn:thesecretserver.com/GetSecret`. */
export function soapActionOf(headers: IncomingHttpHeaders): string | undefined {
  const raw = headers.soapaction;
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!value) return undefined;
  return value.replace(/^"(.*)"$/, '$1');
}

/**
 * The operation a SOAP 1.1 request asks for: the SOAPAction header's last segment (what ASMX
 * dispatches on), else the local name of the first element inside soap:Body.
 */
export function detectOperation(headers: IncomingHttpHeaders, body: string): string | undefined {
  const action = soapActionOf(headers);
  if (action) return action.slice(action.lastIndexOf('/') + 1) || undefined;
  const firstBodyElement = /<(?:[\w.-]+:)?Body\b[^>]*>\s*<(?:[\w.-]+:)?([\w.-]+)/.exec(body);
  return firstBodyElement?.[1];
}
