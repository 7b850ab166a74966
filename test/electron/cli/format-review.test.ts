import { describe, expect, it } from 'vitest';
import { formatReviewSummary, progressLine, ReviewTable } from '../../../electron/cli/format-review';
import type { ReviewResult } from '../../../shared/review/review-types';

const base = { credentials: [], reasons: [], steps: [], ms: 1 };

describe('test-access table', () => {
  it('lines the columns up from the longest input name, whatever the row', () => {
    const pairs = [
      { user: 'CORP\\a-very-long-user-name', endpoint: 'ws01' },
      { user: 'bob', endpoint: 'web07.corp.example' },
    ];
    const table = new ReviewTable(pairs);
    const rows: ReviewResult[] = [
      {
        ...base,
        index: 0,
        ...pairs[0]!,
        status: 'ok',
        credentials: [{ id: '1', name: 'admin', source: 'machine' }],
      },
      { ...base, index: 1, ...pairs[1]!, status: 'none', reasons: [{ code: 'no-secret', text: 'No secret.' }] },
    ];
    const lines = [table.header(), ...rows.map((r) => table.row(r))];
    const column = lines[0]!.indexOf('OUTCOME');
    expect(lines.map((l) => l.slice(column).split(/\s+/)[0])).toEqual(['OUTCOME', 'ok', 'none']);
    expect(lines[1]).toMatch(/ok\s+1 {2}admin \(1\)\n$/);
    expect(lines[2]).toMatch(/none\s+0 {2}No secret\.\n$/);
  });

  it("shows a server's control characters as ?, so it cannot rewrite the terminal or forge a row", () => {
    const table = new ReviewTable([{ user: 'bob', endpoint: 'ws01' }]);
    const row = table.row({
      ...base,
      index: 0,
      user: 'bob',
      endpoint: 'ws01',
      status: 'refused',
      error: { code: 'NOT_AUTHORIZED', message: 'No.', serverText: 'denied\u001b[2J\r\nbob  ws02  ok' },
    });
    expect(row).toBe('bob   ws01      refused      0  [NOT_AUTHORIZED] No. Server said: denied?[2J??bob  ws02  ok\n');
  });

  it('summarises and draws the progress line', () => {
    const progress = {
      state: 'done' as const,
      done: 3,
      total: 3,
      elapsedMs: 1234,
      summary: { pairs: 3, ok: 1, none: 1, pending: 0, refused: 1, error: 0, ms: 1234 },
    };
    expect(formatReviewSummary('tpam', progress)).toContain(
      'Access review (tpam): 3 pair(s) in 1.2 s: 1 ok, 1 none, 0 pending, 1 refused, 0 error.',
    );
    expect(progressLine({ ...progress, state: 'running', done: 2, etaMs: 600 })).toBe(
      '\r\u001b[K2/3 pairs, 1.2 s, about 0.6 s left',
    );
  });
});
