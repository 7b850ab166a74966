import type { IncomingHttpHeaders } from 'node:http';
import * as soap from 'soap';
import { SECRET_SERVER_WSDL } from '../../../electron/plugins/secret-server/ss-wsdl';

export const ENDPOINT_PATH = '/SecretServer/webservices/SSWebService.asmx';

/** The namespaces ASMX declares on every response Envelope (and the only ones). */
const ASMX_ENVELOPE_XMLNS =
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"';

export interface SoapAnswer {
  statusCode: number;
  body: string;
}

/** node-soap as a pure envelope processor: SOAP 1.1 request text in, response text out. */
export interface SoapProcessor {
  answer(xml: string, headers: IncomingHttpHeaders, url: string): Promise<SoapAnswer>;
  /** The operation's arguments as the service handlers see them, for the call log. */
  argumentsOf(xml: string, operation: string): Record<string, unknown>;
}

/**
 * This is what `soap.listen(null, { path, services, xml })` does, spelled out so the simulator
 * owns the WSDL object: it needs it to declare xsi/xsd on the Envelope like ASMX (node-soap
 * writes `xsi:nil="true"` but declares only the WSDL's own prefixes there) and to parse
 * request arguments with the same schema-aware parser the server uses. Without a server
 * argument node-soap installs no HTTP listener; the simulator's own listener feeds it.
 */
export async function createSoapProcessor(services: soap.IServices): Promise<SoapProcessor> {
  const wsdl = new soap.WSDL(SECRET_SERVER_WSDL, '', { useEmptyTag: true });
  const server = await new Promise<soap.Server>((resolve, reject) => {
    const created: soap.Server = new soap.Server(null, ENDPOINT_PATH, services, wsdl, {
      path: ENDPOINT_PATH,
      services,
      suppressStack: true,
      callback: (err: unknown) =>
        err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(created),
    });
  });
  // Set after the WSDL is ready: node-soap computes this string while it loads the WSDL.
  wsdl.xmlnsInEnvelope = ASMX_ENVELOPE_XMLNS;

  return {
    async answer(xml, headers, url) {
      const { statusCode, body } = await server.processRequest(xml, { method: 'POST', headers, url });
      return { statusCode, body };
    },
    argumentsOf(xml, operation) {
      try {
        const envelope: unknown = wsdl.xmlToObject(xml);
        const body = (envelope as { Body?: Record<string, unknown> } | undefined)?.Body;
        const args = body?.[operation];
        return typeof args === 'object' && args !== null ? (args as Record<string, unknown>) : {};
      } catch {
        return {};
      }
    },
  };
}
