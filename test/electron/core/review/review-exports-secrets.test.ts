import { describe, expect, it } from 'vitest';
import { reviewToCsv } from '../../../../electron/core/review/review-export-csv';
import { reviewJsonDocument } from '../../../../electron/core/review/review-export-json';
import { renderReviewReportHtml } from '../../../../electron/core/review/review-report-html';
import { reportSettings, reviewRunBy } from '../../../../electron/core/review/review-report-settings';
import { runAccessReview } from '../../../../electron/core/review/run-access-review';
import type { ReviewResult } from '../../../../shared/review/review-types';
import { API_PASSWORD } from '../../../support/secret-server-world';
import { useSecretServerPlugin } from '../../../support/secret-server-plugin-fixture';

// The secret-leak pattern of test/cross-cutting: a marker password and every token the simulator
// handed out, looked for in everything the review exports.
describe('review exports hold no secret', () => {
  const fixture = useSecretServerPlugin();

  it('a real review (saved secret and a typed one) exports CSV, JSON and HTML without password or token', async () => {
    const c = await fixture.core();
    const plugin = c.registry.get('secret-server');
    await c.settings.save('secret-server', plugin.settings, fixture.settings() as never);
    const pairs = ['CORP\\alice', 'CORP\\bob', 'CORP\\carol', 'CORP\\erin'].flatMap((user) =>
      ['ws01', 'ws02'].map((endpoint) => ({ user, endpoint })),
    );
    const results: ReviewResult[] = [];
    const outcome = await runAccessReview(c, {
      pluginId: 'secret-server',
      pairs,
      onResult: (r) => results.push(r),
    });
    expect(outcome.progress.summary).toMatchObject({ ok: 3, none: 1, pending: 2, refused: 2 });
    const view = await c.settings.view('secret-server', plugin.settings);
    const saved = reportSettings(plugin.settings, view.values, undefined);
    expect(saved.find((s) => s.key === 'apiPassword')?.value).toBe('stored');
    const typed = reportSettings(plugin.settings, view.values, { apiPassword: API_PASSWORD }, false);
    expect(typed.find((s) => s.key === 'apiPassword')?.value).toBe('given (not shown)');
    expect(typed.find((s) => s.key === 'endpointUrl')?.value).toBe('');
    const html = renderReviewReportHtml({
      date: new Date(),
      ranBy: reviewRunBy(),
      plugin: { id: plugin.id, displayName: plugin.displayName },
      settings: [...saved, ...typed],
      matrix: { users: ['CORP\\alice', 'CORP\\bob', 'CORP\\carol', 'CORP\\erin'], endpoints: ['ws01', 'ws02'] },
      progress: outcome.progress,
      results,
    });
    expect(html).toContain(fixture.sim().url);
    const exports = {
      csv: reviewToCsv(results),
      json: JSON.stringify(reviewJsonDocument(plugin.id, outcome.progress, results)),
      html,
    };
    const tokens = [
      ...new Set(fixture.sim().requests.flatMap((r) => (typeof r.args.token === 'string' ? [r.args.token] : []))),
    ];
    expect(tokens.length).toBeGreaterThan(1);
    for (const [name, text] of Object.entries(exports)) {
      for (const marker of [API_PASSWORD, ...tokens, 'Ss-Secret-1-Pass', 'Ss-Secret-2-Pass'])
        expect(text.includes(marker), `a secret (${marker.slice(0, 8)}…) leaked into the ${name} export`).toBe(false);
    }
  });
});
