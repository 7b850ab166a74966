import { createServer } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { runTestSettings } from '../../../../electron/core/api/run-test-settings';
import type { Core } from '../../../../electron/core/open-core';
import { runAccessReview, type AccessReviewRequest } from '../../../../electron/core/review/run-access-review';
import { MAX_REVIEW_PAIRS } from '../../../../electron/core/review/review-input';
import type { ReviewPair, ReviewProgress, ReviewResult } from '../../../../shared/review/review-types';
import type { SecretServerSimulator } from '../../../simulators/secret-server';
import { readLog } from '../../../support/core-fixture';
import { useSecretServerPlugin } from '../../../support/secret-server-plugin-fixture';

// The review engine through the real core and the real Secret Server plugin, against the simulator.
describe('runAccessReview against the Secret Server simulator', () => {
  const fixture = useSecretServerPlugin();
  const { core, settings } = fixture;
  let sim: SecretServerSimulator;
  beforeAll(() => {
    sim = fixture.sim();
  });

  async function review(pairs: ReviewPair[], extra: Partial<AccessReviewRequest> = {}, overrides = {}, given?: Core) {
    const c = given ?? (await core());
    const results: ReviewResult[] = [];
    const progress: ReviewProgress[] = [];
    const outcome = await runAccessReview(c, {
      pluginId: 'secret-server',
      values: settings(overrides) as never,
      useStored: false,
      pairs,
      onResult: (r) => results.push(r),
      onProgress: (p) => progress.push(p),
      ...extra,
    });
    return { c, outcome, results, progress };
  }

  const many = (n: number, user = 'CORP\\alice'): ReviewPair[] =>
    Array.from({ length: n }, (_, i) => ({ user, endpoint: `host${i}` }));

  it('gives every pair its outcome: ok, none, pending, refused and error', async () => {
    // The first search call fails: with one pair at a time that is pair 0's, and only that pair's.
    sim.injectFault('SearchSecretsByFieldValue', 'soapFault', 1);
    const pairs = [
      { user: 'CORP\\bob', endpoint: 'ws01' },
      { user: 'CORP\\alice', endpoint: 'ws01' },
      { user: 'CORP\\bob', endpoint: 'ws02' },
      { user: 'CORP\\carol', endpoint: 'ws01' },
      { user: 'CORP\\erin', endpoint: 'ws01' },
    ];
    const { c, outcome, results } = await review(pairs, { concurrency: 1 });
    const byIndex = [...results].sort((a, b) => a.index - b.index);
    expect(byIndex.map((r) => r.status)).toEqual(['error', 'ok', 'none', 'pending', 'refused']);
    expect(byIndex[0]!.error?.code).toBe('PROTOCOL');
    expect(byIndex[1]!.credentials.map((cr) => cr.id)).toEqual(['1', '2']);
    expect(byIndex[3]!.approvalUrl).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/SecretServer\/ManageApplications\.aspx\?request=/,
    );
    expect(byIndex[3]!.error?.code).toBe('PENDING_APPROVAL');
    expect(byIndex[4]!.error).toMatchObject({ code: 'NOT_AUTHORIZED', serverText: expect.stringContaining('denied') });
    // `none` carries the plugin's own reasons, exactly as a single Test Settings gives them.
    const single = await runTestSettings(c, {
      pluginId: 'secret-server',
      values: settings() as never,
      useStored: false,
      user: 'CORP\\bob',
      endpoint: 'ws02',
    });
    expect(byIndex[2]!.reasons).toEqual(single.reasons);
    expect(outcome.progress).toMatchObject({
      state: 'done',
      done: 5,
      total: 5,
      summary: { pairs: 5, ok: 1, none: 1, pending: 1, refused: 1, error: 1 },
    });
    expect(outcome.progress.stopError).toBeUndefined();
  });

  it('reports progress: done/total after each pair, an estimate after a few, and the final state', async () => {
    const { progress } = await review(many(8), { concurrency: 2 });
    expect(progress[0]).toMatchObject({ state: 'running', done: 0, total: 8 });
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 8]);
    expect(progress.slice(1, 5).every((p) => p.etaMs === undefined)).toBe(true);
    expect(progress.slice(5, 8).every((p) => typeof p.etaMs === 'number')).toBe(true);
    expect(progress.at(-1)).toMatchObject({ state: 'done', done: 8, summary: { pairs: 8, none: 8 } });
  });

  it('logs one line when the review starts and one when it ends, not one per pair at info level', async () => {
    const { c } = await review(many(6), { concurrency: 3 });
    const info = readLog(c)
      .split('\n')
      .filter((l) => l.includes('[info]') && l.includes('[secret-server]'));
    expect(info.filter((l) => l.includes('Access review'))).toEqual([
      expect.stringContaining('Access review started: 6 pair(s), 3 at a time.'),
      expect.stringContaining('Access review finished: 6 pair(s)'),
    ]);
    expect(info.some((l) => l.includes('Test Settings started'))).toBe(false);
  });

  it('says once per run what holds for every pair: plain http, and each user Secret Server refuses', async () => {
    const pairs = ['CORP\\erin', 'CORP\\alice'].flatMap((user) => many(5, user));
    const { c } = await review(pairs, { concurrency: 3 });
    const lines = readLog(c).split('\n');
    expect(lines.filter((l) => l.includes('uses http: the API password'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('would not let the API account act as CORP\\erin'))).toHaveLength(1);
  });

  it("starts different users' first pairs side by side, not all lanes behind one user's lookups", async () => {
    sim.setLatency(10);
    const c = await core();
    const plugin = c.registry.get('secret-server');
    const real = plugin.testSettings.bind(plugin);
    const started: string[] = [];
    plugin.testSettings = (values, request, ctx) => {
      started.push(request.user);
      return real(values, request, ctx);
    };
    const pairs = ['CORP\\alice', 'CORP\\bob', 'CORP\\dave'].flatMap((user) =>
      ['ws01', 'ws02', 'ws03', 'ws04'].map((endpoint) => ({ user, endpoint })),
    );
    const { outcome } = await review(pairs, { concurrency: 3 }, {}, c);
    expect(outcome.progress.done).toBe(12);
    expect(started.slice(0, 3)).toEqual(['CORP\\alice', 'CORP\\bob', 'CORP\\dave']);
  });

  it('stops at once when the API account is refused: no pair gets a row, the back end is asked once', async () => {
    const { outcome, results } = await review(many(40), { concurrency: 4 }, { apiPassword: 'Wrong-Marker-Pass-9' });
    expect(outcome.progress.state).toBe('stopped');
    expect(outcome.progress.stopError?.code).toBe('LOGIN_FAILED');
    expect(results).toEqual([]);
    // Concurrent callers share the one log-in attempt; nothing after it.
    expect(sim.calls.Authenticate).toBeLessThanOrEqual(4);
    expect(sim.calls.ImpersonateUser).toBe(0);
  });

  it('stops at once when the back end goes away mid-run, keeping the pairs that finished', async () => {
    sim.setLatency(15);
    const pairs = many(40);
    const results: ReviewResult[] = [];
    const c = await core();
    let searchesAtFault = -1;
    const outcome = await runAccessReview(c, {
      pluginId: 'secret-server',
      values: settings() as never,
      useStored: false,
      pairs,
      concurrency: 2,
      onResult: (r) => {
        results.push(r);
        if (results.length === 3) {
          searchesAtFault = sim.calls.SearchSecretsByFieldValue;
          // One dropped answer: the back end is back at once, so only stopping keeps the other pairs from running.
          sim.injectFault('SearchSecretsByFieldValue', 'drop', 1);
        }
      },
    });
    expect(outcome.progress).toMatchObject({ state: 'stopped', stopError: { code: 'CONNECT' } });
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(results.length).toBeLessThan(6);
    expect(outcome.progress.done).toBe(results.length);
    // The pairs running when the first drop came (two at a time, each asking up to twice), nothing more.
    expect(sim.calls.SearchSecretsByFieldValue - searchesAtFault).toBeLessThanOrEqual(8);
  });

  it('stops at once when the back end cannot be reached at all', async () => {
    const closedPort = await freePort();
    const { outcome, results } = await review(
      many(30),
      { concurrency: 4 },
      { endpointUrl: `http://127.0.0.1:${closedPort}/SecretServer/webservices/SSWebService.asmx` },
    );
    expect(outcome.progress).toMatchObject({ state: 'stopped', done: 0, stopError: { code: 'CONNECT' } });
    expect(results).toEqual([]);
  });

  it('fails the whole review before any pair when a setting is wrong', async () => {
    const c = await core();
    const run = runAccessReview(c, {
      pluginId: 'secret-server',
      values: settings({ endpointUrl: 'not a url' }) as never,
      useStored: false,
      pairs: many(3),
      onResult: () => expect.fail('no pair may run'),
    });
    await expect(run).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(sim.requests).toEqual([]);
  });

  it('refuses a concurrency outside 1–64, an empty list of pairs and too many pairs', async () => {
    const c = await core();
    const base = { pluginId: 'secret-server', values: settings() as never, useStored: false };
    for (const concurrency of [0, 65, 2.5]) {
      await expect(runAccessReview(c, { ...base, pairs: many(1), concurrency })).rejects.toMatchObject({
        code: 'VALIDATION',
        field: 'concurrency',
      });
    }
    await expect(runAccessReview(c, { ...base, pairs: [] })).rejects.toMatchObject({ code: 'VALIDATION' });
    // The engine checks the bound itself, whatever its caller parsed or did not.
    await expect(runAccessReview(c, { ...base, pairs: many(MAX_REVIEW_PAIRS + 1) })).rejects.toMatchObject({
      code: 'VALIDATION',
      field: 'pairs',
      message: expect.stringContaining(`${MAX_REVIEW_PAIRS + 1} were given`),
    });
    expect(sim.requests).toEqual([]);
  });

  it('cancels promptly on the caller signal and keeps the results that finished', async () => {
    sim.setLatency(25);
    const controller = new AbortController();
    const results: ReviewResult[] = [];
    const { outcome } = await review(many(40), {
      concurrency: 2,
      signal: controller.signal,
      onResult: (r) => {
        results.push(r);
        if (results.length === 3) controller.abort();
      },
    });
    const callsAtEnd = sim.requests.length;
    expect(outcome.progress.state).toBe('cancelled');
    expect(outcome.progress.done).toBe(results.length);
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(results.length).toBeLessThan(40);
    expect(results.every((r) => r.status === 'none')).toBe(true);
    expect(outcome.progress.summary.none).toBe(results.length);
    // Nothing keeps running after the review has answered.
    await new Promise((r) => setTimeout(r, 100));
    expect(sim.requests.length).toBe(callsAtEnd);
  });

  it('runs no more pairs at a time than asked, all on one memo, with the settings resolved once', async () => {
    sim.setLatency(10);
    const c = await core();
    const plugin = c.registry.get('secret-server');
    const real = plugin.testSettings.bind(plugin);
    let running = 0;
    let most = 0;
    const memos = new Set<unknown>();
    // Counts the plugin's runs in flight and the memos they get; the work itself is the real plugin's.
    plugin.testSettings = async (values, request, ctx) => {
      memos.add(ctx.memo);
      most = Math.max(most, ++running);
      try {
        return await real(values, request, ctx);
      } finally {
        running -= 1;
      }
    };
    const resolve = c.settings.resolve.bind(c.settings);
    let resolved = 0;
    c.settings.resolve = (...args) => {
      resolved += 1;
      return resolve(...args);
    };
    const { outcome } = await review(many(12), { concurrency: 3 }, {}, c);
    expect(outcome.progress.done).toBe(12);
    expect(most).toBe(3);
    expect(memos.size).toBe(1);
    expect([...memos][0]).toBeDefined();
    expect(resolved).toBe(1);
  });
});

/** A port nothing listens on: bound once by the OS, then released. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
