import { isIP } from 'node:net';

/**
 * The machine-field values to search for an endpoint. Secret Server's field search is an exact
 * match, and machine fields hold host names, FQDNs or IP addresses, so an FQDN is searched as
 * given and by its first label (ws01.corp.example → ws01). An IP address or a bare host name is
 * searched as given.
 */
export function machineSearchTerms(endpoint: string): string[] {
  const text = endpoint.trim().replace(/^\[(.*)\]$/, '$1');
  if (isIP(text) || !text.includes('.')) return [text];
  const short = text.split('.')[0]!;
  return short && short.toLowerCase() !== text.toLowerCase() ? [text, short] : [text];
}
