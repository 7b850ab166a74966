import { describe, expect, it } from 'vitest';
import type { LoggedRequest } from '../../simulators/secret-server';
import {
  mostAtOnce,
  SEARCH_AS_API,
  SEARCH_AS_USER_DOMAIN,
  SEARCH_AS_USER_MACHINE,
  secretServerCounters,
  tpamCounters,
} from './sim-counters';

const call = (operation: string, args: Record<string, unknown> = {}): LoggedRequest => ({ operation, args, at: 0 });
const search = (token: string, fieldName: string) => call('SearchSecretsByFieldValue', { token, fieldName });

describe('secretServerCounters', () => {
  it("tells the API account's searches (its token is the one ImpersonateUser carries) from the users'", () => {
    const counters = secretServerCounters(
      [
        call('Authenticate'),
        call('ImpersonateUser', { token: 'api' }),
        call('ImpersonateUser', { token: 'api' }),
        search('u1', 'Machine'),
        search('u1', 'Domain'),
        search('u2', 'Machine'),
        search('api', 'Machine'),
      ],
      'Machine',
    );
    const calls = new Map(counters.calls);
    expect(calls.get('Authenticate')).toBe(1);
    expect(calls.get('ImpersonateUser')).toBe(2);
    expect(calls.get(SEARCH_AS_USER_MACHINE)).toBe(2);
    expect(calls.get(SEARCH_AS_USER_DOMAIN)).toBe(1);
    expect(calls.get(SEARCH_AS_API)).toBe(1);
    // The domain search runs beside a machine search: no round of its own.
    expect(counters).toMatchObject({ prefixRounds: 1, laneRounds: 2 + 2 + 1, longestChain: 3 });
  });
});

describe('tpamCounters', () => {
  it('counts commands by name and one round per distinct user check of a system', () => {
    const at = 0;
    const user = 'isacli';
    const counters = tpamCounters(
      [
        { user, at, command: 'ListSystems --NetworkAddress 10.20.0.1' },
        { user, at, command: 'ListAccounts --SystemName SRV001' },
        { user, at, command: 'ListRequestDetails --RequestorName u1 --AccountName root --SystemName SRV001' },
        { user, at, command: 'ListRequestDetails --RequestorName u1 --AccountName oracle --SystemName SRV001' },
      ],
      1,
      20,
    );
    expect(new Map(counters.calls).get('ListRequestDetails')).toBe(2);
    expect(new Map(counters.calls).get('SSH logins (connections)')).toBe(1);
    expect(counters).toMatchObject({ prefixRounds: 0, laneRounds: 3, longestChain: 3 });
  });
});

describe('mostAtOnce', () => {
  it('counts the arrivals within one latency of each other', () => {
    expect(mostAtOnce([0, 1, 2, 3, 20, 21, 22, 23, 40], 20)).toBe(4);
    expect(mostAtOnce([5, 0, 10, 19, 19.5], 20)).toBe(5);
    expect(mostAtOnce([], 20)).toBe(0);
  });
});
