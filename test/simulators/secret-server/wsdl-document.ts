import { SECRET_SERVER_WSDL } from '../../../electron/plugins/secret-server/ss-wsdl';

export type WsdlQuery = 'wsdl' | 'malformed-wsdl' | 'none';

/**
 * ASMX serves the service description for a bare `?WSDL` (any case); `?WSDL=` makes it fail with
 * HTTP 500 (the public SecretServer-nodejs client strips the '=' for that reason).
 */
export function classifyWsdlQuery(search: string): WsdlQuery {
  const query = search.toLowerCase();
  if (query === '?wsdl') return 'wsdl';
  if (query.startsWith('?wsdl=')) return 'malformed-wsdl';
  return 'none';
}

/** The project's WSDL with soap:address pointing at this server, as ASMX writes the URL it was asked on. */
export function wsdlForEndpoint(endpointUrl: string): string {
  return SECRET_SERVER_WSDL.replace(
    /(<soap:address\s+location=")[^"]*(")/,
    (_match, open: string, close: string) => `${open}${endpointUrl}${close}`,
  );
}
