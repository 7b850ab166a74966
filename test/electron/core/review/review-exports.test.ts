import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { reviewToCsv, REVIEW_CSV_COLUMNS } from '../../../../electron/core/review/review-export-csv';
import { reviewJsonDocument, ReviewJsonWriter } from '../../../../electron/core/review/review-export-json';
import { InputOrder } from '../../../../electron/core/review/review-order';
import { renderReviewReportHtml } from '../../../../electron/core/review/review-report-html';
import type { ReviewProgress, ReviewResult } from '../../../../shared/review/review-types';

const results: ReviewResult[] = [
  {
    index: 0,
    user: 'CORP\\alice',
    endpoint: 'ws01',
    status: 'ok',
    credentials: [
      { id: '1', name: 'WS01 admin, local', source: 'machine' },
      { id: '2', name: 'Say "hi"', source: 'machine' },
    ],
    reasons: [],
    steps: [{ name: 'Authenticate', ok: true, ms: 3 }],
    ms: 10,
  },
  {
    index: 1,
    user: 'CORP\\bob',
    endpoint: 'ws01',
    status: 'none',
    credentials: [],
    reasons: [{ code: 'not-viewable', text: 'Secret 7 exists <img src=x onerror=alert(1)>', credential: 'WS01 vault' }],
    steps: [],
    ms: 11,
  },
  {
    index: 2,
    user: 'CORP\\carol',
    endpoint: 'ws01',
    status: 'pending',
    credentials: [],
    reasons: [],
    steps: [],
    ms: 12,
    error: { code: 'PENDING_APPROVAL', message: 'Pending.', serverText: '</td><script>alert(1)</script>' },
    approvalUrl: 'https://ss.corp.example/ManageApplications.aspx?request=1&x="y"',
  },
  {
    index: 3,
    user: '=HYPERLINK("http://evil")',
    endpoint: 'ws01',
    status: 'error',
    credentials: [],
    reasons: [],
    steps: [],
    ms: 13,
    error: { code: 'PROTOCOL', message: 'Bad answer.' },
  },
];
const progress: ReviewProgress = {
  state: 'done',
  done: 4,
  total: 4,
  elapsedMs: 1500,
  summary: { pairs: 4, ok: 1, none: 1, pending: 1, refused: 0, error: 1, ms: 1500 },
};

describe('review exports', () => {
  it('CSV: one row per pair that parses back, with counts, names, reasons and errors', () => {
    const rows = parse(reviewToCsv(results), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...REVIEW_CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({
      user: 'CORP\\alice',
      status: 'ok',
      credential_count: '2',
      credentials: 'WS01 admin, local (1); Say "hi" (2)',
    });
    expect(rows[1]!.reasons).toBe('WS01 vault: Secret 7 exists <img src=x onerror=alert(1)>');
    expect(rows[2]).toMatchObject({ error_code: 'PENDING_APPROVAL', approval_url: results[2]!.approvalUrl });
    // A cell a spreadsheet would run as a formula is kept as text.
    expect(rows[3]!.user).toBe('\'=HYPERLINK("http://evil")');
  });

  it('JSON: the documented shape in input order, with no steps', () => {
    const doc = reviewJsonDocument('secret-server', progress, [...results].reverse());
    expect(Object.keys(doc)).toEqual(['ok', 'plugin', 'summary', 'results']);
    expect(doc.results.map((r) => r.user)).toEqual(results.map((r) => r.user));
    expect(doc.results[0]).toEqual({
      user: 'CORP\\alice',
      endpoint: 'ws01',
      status: 'ok',
      credentials: results[0]!.credentials,
      reasons: [],
    });
    expect(doc.results[2]).toMatchObject({ error: { code: 'PENDING_APPROVAL' }, approvalUrl: results[2]!.approvalUrl });
    expect(doc.summary).toEqual(progress.summary);
  });

  it('JSON written as results arrive is the same document, in input order', () => {
    let text = '';
    const writer = new ReviewJsonWriter((chunk) => (text += chunk), 'secret-server');
    const order = new InputOrder((r) => writer.add(r));
    for (const i of [2, 0, 3, 1]) order.push(results[i]!);
    order.flush();
    writer.end(progress);
    expect(JSON.parse(text)).toEqual(reviewJsonDocument('secret-server', progress, results));
    let empty = '';
    const none = new ReviewJsonWriter((chunk) => (empty += chunk), 'tpam');
    none.end({
      ...progress,
      state: 'stopped',
      done: 0,
      stopError: { code: 'CONNECT', message: 'No answer.' },
    });
    expect(JSON.parse(empty)).toEqual({
      plugin: 'tpam',
      results: [],
      summary: progress.summary,
      ok: false,
      error: { code: 'CONNECT', message: 'No answer.' },
    });
  });

  it('JSON of a cancelled review says so, written at once or as results arrive', () => {
    const cancelled = { ...progress, state: 'cancelled' as const, done: 2 };
    const doc = reviewJsonDocument('secret-server', cancelled, results.slice(0, 2));
    expect(doc).toMatchObject({ ok: true, cancelled: true, summary: progress.summary });
    expect('cancelled' in reviewJsonDocument('secret-server', progress, results)).toBe(false);
    let text = '';
    const writer = new ReviewJsonWriter((chunk) => (text += chunk), 'secret-server');
    results.slice(0, 2).forEach((r) => writer.add(r));
    writer.end(cancelled);
    expect(JSON.parse(text)).toEqual(doc);
  });

  it('input order: early results wait for the ones before them; a gap is flushed at the end', () => {
    const seen: number[] = [];
    const order = new InputOrder((r) => seen.push(r.index));
    order.push(results[1]!);
    expect(seen).toEqual([]);
    order.push(results[0]!);
    expect(seen).toEqual([0, 1]);
    order.push(results[3]!);
    order.flush();
    expect(seen).toEqual([0, 1, 3]);
  });

  it('HTML: self-contained, escaped, the matrix with words beside colours, the settings without secrets', () => {
    const html = renderReviewReportHtml({
      date: new Date('2026-11-30T12:00:00Z'),
      ranBy: 'admin<x>',
      plugin: { id: 'secret-server', displayName: 'Thycotic Secret Server' },
      settings: [
        { label: 'API password', key: 'apiPassword', value: 'stored' },
        { label: 'Endpoint URL', key: 'endpointUrl', value: 'https://ss.corp.example/' },
      ],
      matrix: { users: ['CORP\\alice', 'CORP\\bob', 'CORP\\carol'], endpoints: ['ws01', 'ws02'] },
      progress,
      results,
    });
    // Every tag is one of the report's own, with no script, link, image or handler anywhere.
    const tags = [
      ...new Set(html.match(/<\/?[a-z!][^>]*>/gi)!.map((t) => t.match(/^<\/?([a-z!][a-z0-9]*)/i)![1]!.toLowerCase())),
    ];
    expect(tags.sort()).toEqual(
      [
        '!doctype',
        'body',
        'br',
        'h1',
        'h2',
        'head',
        'html',
        'meta',
        'p',
        'span',
        'style',
        'table',
        'tbody',
        'td',
        'th',
        'thead',
        'title',
        'tr',
      ].sort(),
    );
    expect(html.match(/<[^>]*>/g)!.filter((t) => /\s(on\w+|src|href)=/i.test(t))).toEqual([]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;/td&gt;&lt;script&gt;');
    expect(html).toContain('request=1&amp;x=&quot;y&quot;');
    expect(html).toContain('admin&lt;x&gt;');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('2026-11-30 12:00:00 UTC');
    // The matrix: users × endpoints, a label and a count in each cell run, "not run" where none ran.
    expect(html).toContain(
      '<tr><th scope="row">CORP\\alice</th><td class="s-ok">OK 2</td><td class="s-missing">not run</td></tr>',
    );
    expect(html).toContain('<td class="s-none">None</td>');
    expect(html).toContain('<td class="s-pending">Pending</td>');
    expect(html).toContain('API password <span class="note">(apiPassword)</span></td><td>stored</td>');
  });
});
