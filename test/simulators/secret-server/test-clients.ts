import https from 'node:https';
import * as soap from 'soap';

/**
 * Clients the simulator's own tests talk to it with: node-soap built from the served WSDL (the
 * endpoint comes from the rewritten soap:address), and raw SOAP posts for wire-level checks.
 */

export async function soapClientFor(simulatorUrl: string, httpsAgent?: https.Agent): Promise<soap.Client> {
  return soap.createClientAsync(`${simulatorUrl}?WSDL`, httpsAgent ? { wsdl_options: { httpsAgent } } : {});
}

export function soapEnvelope(operation: string, innerXml: string): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<soap:Body><${operation} xmlns="urn:thesecretserver.com">${innerXml}</${operation}></soap:Body></soap:Envelope>`
  );
}

export interface RawAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** POST a SOAP 1.1 envelope exactly as written, with the SOAPAction ASMX dispatches on. */
export async function postSoap(
  url: string,
  operation: string,
  innerXml: string,
  soapAction = `"urn:thesecretserver.com/${operation}"`,
): Promise<RawAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: soapAction },
    body: soapEnvelope(operation, innerXml),
    signal: AbortSignal.timeout(5_000),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: await response.text(),
  };
}

/** GET over HTTPS with an explicit trust store (fetch cannot take an Agent). */
export function httpsGet(url: string, agent: https.Agent): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = https.get(url, { agent, timeout: 5_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: String(response.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', reject);
  });
}

/** The element names directly inside the first `<parent>` element of `xml`, in document order. */
export function childElementNames(xml: string, parent: string): string[] {
  const open = xml.indexOf(`<${parent}>`);
  const close = xml.indexOf(`</${parent}>`, open);
  if (open < 0 || close < 0) return [];
  const inner = xml.slice(open + parent.length + 2, close);
  const names: string[] = [];
  let depth = 0;
  for (const match of inner.matchAll(/<(\/?)([A-Za-z][\w.-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (closing) {
      depth -= 1;
      continue;
    }
    if (depth === 0 && name) names.push(name);
    if (!selfClosing) depth += 1;
  }
  return names;
}
