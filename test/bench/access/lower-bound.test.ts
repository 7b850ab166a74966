import { describe, expect, it } from 'vitest';
import { reviewLowerBoundMs, tpamCheckRounds } from './lower-bound';

describe('reviewLowerBoundMs', () => {
  it('adds the prefix to the lane rounds shared out over the lanes, rounded up', () => {
    // 1 Authenticate, then 50 impersonations + 1,000 searches on 8 lanes: 132 rounds of 20 ms.
    expect(
      reviewLowerBoundMs({ latencyMs: 20, concurrency: 8, prefixRounds: 1, laneRounds: 1050, longestChain: 3 }),
    ).toBe(20 * (1 + 132));
  });

  it('is never below the longest chain of one pair', () => {
    expect(reviewLowerBoundMs({ latencyMs: 20, concurrency: 8, prefixRounds: 1, laneRounds: 4, longestChain: 3 })).toBe(
      80,
    );
  });

  it('refuses a concurrency that is not a whole number of at least 1', () => {
    const base = { latencyMs: 20, prefixRounds: 0, laneRounds: 10, longestChain: 1 };
    expect(() => reviewLowerBoundMs({ ...base, concurrency: 0 })).toThrow(/concurrency/);
    expect(() => reviewLowerBoundMs({ ...base, concurrency: 2.5 })).toThrow(/concurrency/);
    expect(() => reviewLowerBoundMs({ ...base, concurrency: 2, laneRounds: -1 })).toThrow(/laneRounds/);
  });
});

describe('tpamCheckRounds', () => {
  it('counts the accounts of one system checked for one user as one round', () => {
    const check = (user: string, account: string, system: string) =>
      `ListRequestDetails --RequestorName ${user} --AccountName ${account} --SystemName ${system} --Status Active`;
    expect(
      tpamCheckRounds([
        'ListSystems --NetworkAddress 10.20.0.1',
        'ListAccounts --SystemName SRV01',
        check('user01', 'root', 'SRV01'),
        check('user01', 'oracle', 'SRV01'),
        check('user01', '"svc backup"', 'SRV01'),
        check('user02', 'root', 'SRV01'),
        check('user01', 'root', 'SRV02'),
        'ListAssignedPolicies --UserName user01 --AccountName root --SystemName SRV01 --AllOrEffectiveFlag E',
      ]),
    ).toBe(4);
  });
});
