import type { Reason } from '../../../shared/plugin/contract';
import type { RunCommand, SystemResolution } from './system-resolver';
import { listSystemsByNameCommand, listSystemsCommand } from './tpam-commands';
import { readSystems } from './tpam-output';
import type { TpamSettings } from './tpam-settings';

/**
 * Why an endpoint gives no account to check at all, as reasons Test Settings and the access
 * review show: `no-system` (the endpoint resolved to no TPAM system; every lookup tried is named)
 * or `no-accounts` (the system exists but the CLI user sees none of its accounts).
 */

type Settings = Pick<TpamSettings, 'system_prefix' | 'system_maptoreal' | 'server_user'>;

/** The settings that shaped the lookup, said once at the end of a no-system reason. */
function inEffect(s: Settings): string {
  const prefix = s.system_prefix ? `system_prefix '${s.system_prefix}'` : 'no system_prefix';
  return `(${prefix}; system_maptoreal ${s.system_maptoreal ? 'on' : 'off'})`;
}

/** The address resolved to nothing: which resolver, which lookup. */
export function unresolvedReason(
  endpoint: string,
  found: Extract<SystemResolution, { system: null }>,
  s: Settings,
): Reason {
  const lookup =
    found.resolver === 'tpam' ? `${found.tried} found none` : `${found.tried} of ${found.address} gave no name`;
  return {
    code: 'no-system',
    text: `${endpoint} resolved to no TPAM system with system_name_resolver=${found.resolver}: ${lookup} ${inEffect(s)}.`,
  };
}

/**
 * The system has no account the CLI user can see: is there such a system at all? Asks
 * `ListSystems --SystemName`, and for a name TPAM did not give itself, also looks the endpoint
 * (and its short name) up as a network address, so a system known under another name is named.
 */
export async function emptySystemReason(
  endpoint: string,
  found: Extract<SystemResolution, { system: string }>,
  s: Settings,
  run: RunCommand,
): Promise<Reason> {
  const noAccounts: Reason = {
    code: 'no-accounts',
    text:
      `TPAM system ${found.system} lists no accounts for the CLI user ${s.server_user} (server_user): ` +
      'it has none, or that user has no ISA policy covering them.',
  };
  if (found.listed) return noAccounts;
  const byName = listSystemsByNameCommand(found.system);
  if (readSystems(await run(byName)).length > 0) return noAccounts;
  const tried = [`${byName} found none`];
  const target = endpoint.trim().replace(/^\[(.*)\]$/, '$1');
  const short = target.split('.')[0]!;
  const elsewhere: string[] = [];
  for (const address of short && short !== target ? [target, short] : [target]) {
    const command = listSystemsCommand(address);
    const systems = readSystems(await run(command)).map((x) => x.name);
    tried.push(systems.length ? `${command} found ${systems.join(', ')}` : `${command} found none`);
    elsewhere.push(...systems);
  }
  const hint = elsewhere.length
    ? ` TPAM knows ${endpoint} as ${[...new Set(elsewhere)].join(', ')}: name the system ${found.system} in TPAM, or test with its IP address.`
    : '';
  return {
    code: 'no-system',
    text: `${endpoint} resolved to the system name ${found.system} (${found.how}), which TPAM does not have: ${tried.join('; ')} ${inEffect(s)}.${hint}`,
  };
}
