import { describe, expect, it } from 'vitest';
import { PairPicker } from '../../../../electron/core/review/pair-picker';
import type { ReviewPair } from '../../../../shared/review/review-types';

const grid = (users: number, endpoints: number): ReviewPair[] =>
  Array.from({ length: users * endpoints }, (_, i) => ({
    user: `CORP\\u${Math.floor(i / endpoints)}`,
    endpoint: `host${i % endpoints}`,
  }));

const label = (pairs: ReviewPair[], i: number | undefined) =>
  i === undefined ? 'none' : `${pairs[i]!.user.slice(5)}@${pairs[i]!.endpoint}`;

describe('PairPicker', () => {
  it('starts the first pairs of different users and endpoints side by side', () => {
    const pairs = grid(4, 5);
    const picker = new PairPicker(pairs);
    const first = [picker.take(), picker.take(), picker.take()].map((i) => label(pairs, i));
    // In input order all three would be u0's, two of them only waiting for u0's lookups.
    expect(first).toEqual(['u0@host0', 'u1@host1', 'u2@host2']);
  });

  it('takes pairs in input order once their user and endpoint have a finished pair', () => {
    const pairs = grid(2, 3);
    const picker = new PairPicker(pairs);
    const a = picker.take()!;
    const b = picker.take()!;
    expect([label(pairs, a), label(pairs, b)]).toEqual(['u0@host0', 'u1@host1']);
    picker.finished(a);
    picker.finished(b);
    const rest: string[] = [];
    for (let i = picker.take(); i !== undefined; i = picker.take()) rest.push(label(pairs, i));
    expect(rest).toEqual(['u0@host1', 'u0@host2', 'u1@host0', 'u1@host2']);
  });

  it('takes the oldest pair when every pair within the window is still warming', () => {
    const pairs = grid(1, 4);
    const picker = new PairPicker(pairs);
    expect([picker.take(), picker.take(), picker.take(), picker.take(), picker.take()]).toEqual([
      0,
      1,
      2,
      3,
      undefined,
    ]);
  });

  it('never looks further than its window past the oldest pair not yet taken', () => {
    const pairs = grid(3, 4);
    const picker = new PairPicker(pairs, 4);
    expect(picker.take()).toBe(0);
    // u1@host1 (index 5) is outside the window of 4 (indexes 1 to 4), so the oldest is taken.
    expect(picker.take()).toBe(1);
  });

  it('treats user and endpoint names without regard to case', () => {
    const pairs: ReviewPair[] = [
      { user: 'CORP\\Bob', endpoint: 'WEB01' },
      { user: 'corp\\bob', endpoint: 'web02' },
      { user: 'CORP\\carol', endpoint: 'web01' },
      { user: 'CORP\\dave', endpoint: 'web03' },
    ];
    const picker = new PairPicker(pairs);
    expect([picker.take(), picker.take()]).toEqual([0, 3]);
  });
});
