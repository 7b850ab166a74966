import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import { EcmError } from '../../../shared/errors';
import { listSystemsCommand } from './tpam-commands';
import { readSystems } from './tpam-output';
import type { TpamSettings } from './tpam-settings';

export type ReverseLookup = (ip: string) => Promise<string[]>;
export type RunCommand = (command: string) => Promise<string>;

/** Where the system name came from, or why there is none (the lookup that found nothing). */
export type SystemResolution =
  | { system: string; how: string; /** true when TPAM itself named the system (ListSystems). */ listed: boolean }
  | { system: null; address: string; resolver: 'tpam' | 'dns'; why: string; tried: string };

/**
 * The TPAM system for an endpoint, as the SPS plugin resolves it: an IP address
 * through `ListSystems --NetworkAddress` (tpam) or reverse DNS (dns: first name, first label,
 * upper-case); a host name or FQDN keeps its first label. `system_prefix` is prepended in every case.
 * An address that resolves to nothing comes back as such (Test Settings explains it as a reason).
 */
export async function findSystem(
  endpoint: string,
  settings: Pick<TpamSettings, 'system_name_resolver' | 'system_prefix'>,
  run: RunCommand,
  reverse: ReverseLookup = (ip) => dns.reverse(ip),
): Promise<SystemResolution> {
  const target = endpoint.trim().replace(/^\[(.*)\]$/, '$1');
  if (!isIP(target)) {
    return {
      system: settings.system_prefix + target.split('.')[0],
      how: 'first label of the host name',
      listed: false,
    };
  }
  if (settings.system_name_resolver === 'dns') {
    const names = await reverse(target).catch(() => []);
    const first = names[0];
    if (!first) {
      return {
        system: null,
        address: target,
        resolver: 'dns',
        why: 'reverse DNS returned no name',
        tried: 'reverse DNS',
      };
    }
    return {
      system: settings.system_prefix + first.split('.')[0]!.toUpperCase(),
      how: `reverse DNS: ${first}`,
      listed: false,
    };
  }
  const command = listSystemsCommand(target);
  const systems = readSystems(await run(command));
  const first = systems[0];
  if (!first) {
    return {
      system: null,
      address: target,
      resolver: 'tpam',
      why: 'ListSystems found no system with that network address',
      tried: command,
    };
  }
  return { system: settings.system_prefix + first.name, how: 'TPAM ListSystems', listed: true };
}

/** findSystem for a retrieval: an address without a system is a CONFIG error naming the resolver. */
export async function resolveSystem(
  endpoint: string,
  settings: Pick<TpamSettings, 'system_name_resolver' | 'system_prefix'>,
  run: RunCommand,
  reverse?: ReverseLookup,
): Promise<{ system: string; how: string }> {
  const found = await findSystem(endpoint, settings, run, reverse);
  if (found.system === null) throw notFound(found.address, found.resolver, found.why);
  return found;
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
