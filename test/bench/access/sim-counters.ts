import type { LoggedRequest } from '../../simulators/secret-server';
import type { RecordedCommand } from '../../simulators/tpam/tpam-simulator';
import { tpamCheckRounds } from './lower-bound';

/**
 * What a simulator counted during one review, read in the simulator's own process and sent to the
 * benchmark: calls per operation (as rows to print) and the rounds the lower bound needs
 * (lower-bound.ts says what a round is).
 */
export interface SimCounters {
  calls: [operation: string, count: number][];
  prefixRounds: number;
  laneRounds: number;
  longestChain: number;
}

export const SEARCH_AS_USER_MACHINE = 'SearchSecretsByFieldValue, machine field, as the user';
export const SEARCH_AS_USER_DOMAIN = 'SearchSecretsByFieldValue, domain field, as the user';
export const SEARCH_AS_API = 'SearchSecretsByFieldValue, as the API account';

/**
 * Secret Server: the API account's token is the one ImpersonateUser calls carry, so searches made
 * with it are the API account's own (the reasons); the others are the impersonated users'. The
 * endpoints are bare host names (one machine-field term each), so every machine-field search is
 * one pair's round; a domain-field search runs beside the machine search of the same pair and
 * costs no round of its own.
 */
export function secretServerCounters(requests: readonly LoggedRequest[], machineField: string): SimCounters {
  const apiTokens = new Set(
    requests.filter((r) => r.operation === 'ImpersonateUser').map((r) => String(r.args.token ?? '')),
  );
  const count = new Map<string, number>();
  const add = (key: string) => count.set(key, (count.get(key) ?? 0) + 1);
  for (const r of requests) {
    if (r.operation !== 'SearchSecretsByFieldValue') add(r.operation);
    else if (apiTokens.has(String(r.args.token ?? ''))) add(SEARCH_AS_API);
    else add(String(r.args.fieldName) === machineField ? SEARCH_AS_USER_MACHINE : SEARCH_AS_USER_DOMAIN);
  }
  const order = [
    'Authenticate',
    'ImpersonateUser',
    SEARCH_AS_USER_MACHINE,
    SEARCH_AS_USER_DOMAIN,
    SEARCH_AS_API,
    'GetTokenIsValid',
    'GetSecret',
  ];
  const n = (key: string) => count.get(key) ?? 0;
  const others = [...count.keys()].filter((k) => !order.includes(k));
  return {
    calls: [...order, ...others].map((op) => [op, n(op)]),
    prefixRounds: n('Authenticate'),
    laneRounds: n('ImpersonateUser') + n(SEARCH_AS_USER_MACHINE) + n(SEARCH_AS_API) + n('GetTokenIsValid'),
    longestChain: n(SEARCH_AS_API) > 0 ? 3 : 2,
  };
}

/**
 * TPAM: SSH logins (one per connection) and commands by name. ListSystems and ListAccounts are a
 * round each; per-user checks are rounds as `tpamCheckRounds` groups them. No latency is injected
 * into the SSH handshake, so there is no prefix.
 */
export function tpamCounters(commands: readonly RecordedCommand[], logins: number, latencyMs: number): SimCounters {
  const count = new Map<string, number>();
  for (const c of commands) {
    const name = c.command.trim().split(/\s+/)[0] ?? '';
    count.set(name, (count.get(name) ?? 0) + 1);
  }
  const n = (key: string) => count.get(key) ?? 0;
  const order = ['ListSystems', 'ListAccounts', 'ListRequestDetails', 'ListAssignedPolicies'];
  const others = [...count.keys()].filter((k) => !order.includes(k));
  return {
    calls: [
      ['SSH logins (connections)', logins],
      [
        'most commands in flight at once',
        mostAtOnce(
          commands.map((c) => c.at),
          latencyMs,
        ),
      ],
      ...[...order, ...others].map((op): [string, number] => [op, n(op)]),
    ],
    prefixRounds: 0,
    laneRounds: n('ListSystems') + n('ListAccounts') + tpamCheckRounds(commands.map((c) => c.command)),
    longestChain: 3,
  };
}

/**
 * Each command is answered `latencyMs` after it arrives, so the most arrivals within one latency
 * is how many commands the client had running at once (its channel limit, when it is the bound).
 */
export function mostAtOnce(arrivals: readonly number[], latencyMs: number): number {
  const sorted = [...arrivals].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[first]! >= latencyMs) first++;
    most = Math.max(most, i - first + 1);
  }
  return most;
}
