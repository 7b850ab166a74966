import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import { EcmError } from '../../../shared/errors';
import { listSystemsCommand } from './tpam-commands';
import { readSystems } from './tpam-output';
import type { TpamSettings } from './tpam-settings';

export type ReverseLookup = (ip: string) => Promise<string[]>;
export type RunCommand = (command: string) => Promise<string>;

/**
 * The TPAM system for an endpoint, as the SPS plugin resolves it: an IP address
 * through `ListSystems --NetworkAddress` (tpam) or reverse DNS (dns: first name, first label,
 * upper-case); a host name or FQDN keeps its first label. `system_prefix` is prepended in every case.
 */
export async function resolveSystem(
  endpoint: string,
  settings: Pick<TpamSettings, 'system_name_resolver' | 'system_prefix'>,
  run: RunCommand,
  reverse: ReverseLookup = (ip) => dns.reverse(ip),
): Promise<{ system: string; how: string }> {
  const target = endpoint.trim().replace(/^\[(.*)\]$/, '$1');
  if (!isIP(target)) {
    return { system: settings.system_prefix + target.split('.')[0], how: 'first label of the host name' };
  }
  if (settings.system_name_resolver === 'dns') {
    const names = await reverse(target).catch(() => []);
    const first = names[0];
    if (!first) throw notFound(target, 'dns', 'reverse DNS returned no name');
    return { system: settings.system_prefix + first.split('.')[0]!.toUpperCase(), how: `reverse DNS: ${first}` };
  }
  const systems = readSystems(await run(listSystemsCommand(target)));
  const first = systems[0];
  if (!first) throw notFound(target, 'tpam', 'ListSystems found no system with that network address');
  return { system: settings.system_prefix + first.name, how: 'TPAM ListSystems' };
}

function notFound(address: string, resolver: string, why: string): EcmError {
  return new EcmError({
    code: 'CONFIG',
    message: `No TPAM system was found for the address ${address} with system_name_resolver=${resolver}: ${why}.`,
    hint:
      resolver === 'tpam'
        ? 'Check that a TPAM system has this network address, or use system_name_resolver=dns.'
        : 'Check the PTR record of the address, or use system_name_resolver=tpam.',
  });
}
