import { describe, expect, it } from 'vitest';
import {
  firstMissing,
  mergeResults,
  pairKey,
  parseNames,
  resultsByPair,
  tableRows,
} from '../../../../renderer/src/stores/review/review-results';
import { DEFAULT_VIEW, filterText, sortBy, toggleStatus } from '../../../../renderer/src/stores/review/review-view';
import { formatDuration } from '../../../../renderer/src/stores/review/review-time';
import type { ReviewResult, ReviewStatus } from '../../../../shared/review/review-types';

function result(
  index: number,
  status: ReviewStatus,
  user = `u${index}`,
  endpoint = `e${index}`,
  creds = 0,
): ReviewResult {
  return {
    index,
    user,
    endpoint,
    status,
    credentials: Array.from({ length: creds }, (_, i) => ({ id: `${index}-${i}`, name: `cred ${i}`, source: 'test' })),
    reasons: status === 'none' ? [{ code: 'no-secret', text: 'No secret has this machine' }] : [],
    steps: [],
    ms: 10 * index,
  };
}

describe('review results as the renderer holds them', () => {
  it('merges results by input position and keeps the same array when nothing is new', () => {
    const empty = new Array<ReviewResult | undefined>(4);
    const once = mergeResults(empty, [result(2, 'ok'), result(0, 'none')], 4);
    expect(once.map((r) => r?.index)).toEqual([0, undefined, 2, undefined]);
    expect(mergeResults(once, [result(2, 'ok')], 4)).toBe(once);
    expect(mergeResults(once, [result(9, 'ok')], 4)).toBe(once);
  });

  it('finds the first position still missing, from where the next fetch starts', () => {
    const r = mergeResults(new Array(5), [result(0, 'ok'), result(1, 'ok'), result(3, 'ok')], 5);
    expect(firstMissing(r, 0)).toBe(2);
    expect(firstMissing(r, 3)).toBe(4);
    expect(firstMissing(mergeResults(r, [result(2, 'ok'), result(4, 'ok')], 5), 0)).toBe(5);
  });

  it('looks a pair up by user and endpoint', () => {
    const map = resultsByPair([result(0, 'ok', 'alice', 'web01'), undefined, result(2, 'none', 'bob', 'web01')]);
    expect(map.get(pairKey('bob', 'web01'))?.index).toBe(2);
    expect(map.get(pairKey('alice', 'web02'))).toBeUndefined();
  });

  it('filters by status and text (reasons included) and sorts, needing attention first', () => {
    const all = [
      result(0, 'ok', 'alice', 'web01', 2),
      result(1, 'none', 'bob', 'web01'),
      result(2, 'error', 'carol', 'db01'),
    ];
    expect(tableRows(all, DEFAULT_VIEW).map((r) => r.index)).toEqual([0, 1, 2]);
    expect(tableRows(all, sortBy(DEFAULT_VIEW, 'status')).map((r) => r.status)).toEqual(['error', 'none', 'ok']);
    expect(tableRows(all, sortBy(sortBy(DEFAULT_VIEW, 'user'), 'user')).map((r) => r.user)).toEqual([
      'carol',
      'bob',
      'alice',
    ]);
    expect(tableRows(all, toggleStatus(DEFAULT_VIEW, 'ok')).map((r) => r.index)).toEqual([1, 2]);
    expect(tableRows(all, filterText(DEFAULT_VIEW, 'MACHINE')).map((r) => r.user)).toEqual(['bob']);
  });

  it('shows every status again when the last one shown is hidden', () => {
    let view = DEFAULT_VIEW;
    for (const s of ['ok', 'none', 'pending', 'refused'] as const) view = toggleStatus(view, s);
    expect([...view.statuses]).toEqual(['error']);
    expect(toggleStatus(view, 'error').statuses.size).toBe(5);
  });

  it('reads names one per line or separated by commas, without blanks, comments or repeats', () => {
    expect(parseNames('CORP\\alice\n\n# the admins\nbob, carol;alice\r\n  dave  ')).toEqual([
      'CORP\\alice',
      'bob',
      'carol',
      'alice',
      'dave',
    ]);
  });

  it('formats durations as ms, seconds, minutes and hours', () => {
    expect([formatDuration(420), formatDuration(8_000), formatDuration(125_000), formatDuration(3_725_000)]).toEqual([
      '420 ms',
      '8.0 s',
      '2 min 05 s',
      '1 h 02 min',
    ]);
  });
});
