import { describe, expect, it } from 'vitest';
import { accessReviewApi, type ReviewEngine } from '../../../../electron/core/api/access-review-api';
import type { ReviewPair, ReviewProgress, ReviewResult } from '../../../../shared/review/review-types';
import { openTestCore } from '../../../support/core-fixture';
import { useTempDirs } from '../../../support/temp-dir';

const SECRET = 'Marker-secret-7f3a';

function progressOf(state: ReviewProgress['state'], results: ReviewResult[], total: number): ReviewProgress {
  const summary = { pairs: total, ok: 0, none: 0, pending: 0, refused: 0, error: 0, ms: 1 };
  for (const r of results) summary[r.status]++;
  return { state, done: results.length, total, elapsedMs: 1, summary };
}

function resultFor(pair: ReviewPair, index: number, name = `cred-${index}`): ReviewResult {
  return {
    index,
    ...pair,
    status: 'ok',
    credentials: [{ id: String(index), name, source: 'test' }],
    reasons: [],
    steps: [],
    ms: 1,
  };
}

/** A review engine that answers every pair in reverse order (results arrive out of input order). */
function fakeEngine(options: { leakAt?: number; waitForCancel?: boolean } = {}): ReviewEngine {
  return {
    parse: (input) =>
      input.kind === 'matrix'
        ? input.users.flatMap((user) => input.endpoints.map((endpoint) => ({ user, endpoint })))
        : input.text
            .split('\n')
            .filter(Boolean)
            .map((line) => {
              const [user = '', endpoint = ''] = line.split(',');
              return { user, endpoint };
            }),
    async run(_deps, request) {
      const done: ReviewResult[] = [];
      for (let i = request.pairs.length - 1; i >= 0; i--) {
        if (options.waitForCancel && done.length === 1) {
          await new Promise((resolve) => request.signal.addEventListener('abort', resolve, { once: true }));
          return { progress: progressOf('cancelled', done, request.pairs.length) };
        }
        const r = resultFor(request.pairs[i]!, i, i === options.leakAt ? `has ${SECRET}` : undefined);
        done.push(r);
        request.onResult(r);
        request.onProgress(progressOf('running', done, request.pairs.length));
        await Promise.resolve();
      }
      return { progress: progressOf('done', done, request.pairs.length) };
    },
    write: (format, report) => `${format}:${report.results.map((r) => r.credentials[0]?.name).join('|')}`,
  };
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('the access review channels', () => {
  const tempDir = useTempDirs();

  async function setup(engine: ReviewEngine) {
    const core = await openTestCore(tempDir());
    core.logger.redactor.add(SECRET);
    return { core, api: accessReviewApi(core, engine) };
  }

  it('answers the matrix axes, then results in input order whatever order they finished in', async () => {
    const { api, core } = await setup(fakeEngine());
    const started = await api.startAccessReview({
      pluginId: 'static-vault',
      input: { kind: 'matrix', users: ['alice', 'bob'], endpoints: ['web01', 'web02', 'db01'] },
    });
    expect(started).toMatchObject({ total: 6, users: ['alice', 'bob'], endpoints: ['web01', 'web02', 'db01'] });
    const progress = await until(
      () => api.accessReviewProgress({ reviewId: started.reviewId }),
      (p) => p.state !== 'running',
    );
    expect(progress).toMatchObject({ state: 'done', done: 6, summary: { ok: 6 } });
    const page = await api.accessReviewResults({ reviewId: started.reviewId, from: 2, count: 3 });
    expect(page.map((r) => [r.index, r.user, r.endpoint])).toEqual([
      [2, 'alice', 'db01'],
      [3, 'bob', 'web01'],
      [4, 'bob', 'web02'],
    ]);
    const exported = await api.exportAccessReview({ reviewId: started.reviewId, format: 'csv' });
    expect(exported).toMatchObject({
      supported: false,
      path: null,
      text: 'csv:cred-0|cred-1|cred-2|cred-3|cred-4|cred-5',
    });
    expect(exported.fileName).toMatch(/^access-review-static-vault-\d{4}-\d\d-\d\d-\d{4}\.csv$/);
    await core.close();
  });

  it('refuses an empty review before anything runs, naming the input', async () => {
    const { api, core } = await setup(fakeEngine());
    await expect(
      api.startAccessReview({ pluginId: 'static-vault', input: { kind: 'matrix', users: ['alice'], endpoints: [] } }),
    ).rejects.toMatchObject({ code: 'VALIDATION', field: 'input', message: expect.stringContaining('no pairs') });
    await core.close();
  });

  it('refuses more than 100,000 pairs with a hint to use the CLI', async () => {
    const { api, core } = await setup(fakeEngine());
    const users = Array.from({ length: 400 }, (_, i) => `user${i}`);
    const endpoints = Array.from({ length: 251 }, (_, i) => `host${i}`);
    await expect(
      api.startAccessReview({ pluginId: 'static-vault', input: { kind: 'matrix', users, endpoints } }),
    ).rejects.toMatchObject({ code: 'VALIDATION', hint: expect.stringContaining('test-access') });
    await core.close();
  });

  it('withholds a result that carries a known secret, and the export never holds it', async () => {
    const { api, core } = await setup(fakeEngine({ leakAt: 1 }));
    const { reviewId } = await api.startAccessReview({
      pluginId: 'static-vault',
      input: { kind: 'csv', text: 'alice,web01\nbob,web02\ncarol,web03' },
    });
    await until(
      () => api.accessReviewProgress({ reviewId }),
      (p) => p.state === 'done',
    );
    const results = await api.accessReviewResults({ reviewId, from: 0, count: 10 });
    expect(JSON.stringify(results)).not.toContain(SECRET);
    expect(results[1]).toMatchObject({ status: 'error', error: { code: 'INTERNAL' } });
    const exported = await api.exportAccessReview({ reviewId, format: 'json' });
    expect(exported.text).not.toContain(SECRET);
    await core.close();
  });

  it('refuses an export whose text holds a known secret, and saves no file', async () => {
    // A writer that puts user names in (as the real ones do): a secret pasted as a user name
    // survives the result withholding, which keeps the pair's names, so the export itself is checked.
    const engine: ReviewEngine = {
      ...fakeEngine(),
      write: (format, report) => `${format}:${report.results.map((r) => r.user).join('|')}`,
    };
    const { api, core } = await setup(engine);
    let saves = 0;
    core.desktop.saveTextFile = () => {
      saves++;
      return Promise.resolve(null);
    };
    const { reviewId } = await api.startAccessReview({
      pluginId: 'static-vault',
      input: { kind: 'csv', text: `alice,web01\n${SECRET},web02` },
    });
    await until(
      () => api.accessReviewProgress({ reviewId }),
      (p) => p.state === 'done',
    );
    const refused: unknown = await api.exportAccessReview({ reviewId, format: 'csv' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('withheld') });
    expect(JSON.stringify(refused)).not.toContain(SECRET);
    expect(saves).toBe(0);
    await core.close();
  });

  it('cancels promptly and keeps what finished; an older review is no longer kept', async () => {
    const { api, core } = await setup(fakeEngine({ waitForCancel: true }));
    const { reviewId } = await api.startAccessReview({
      pluginId: 'static-vault',
      input: { kind: 'matrix', users: ['alice', 'bob'], endpoints: ['web01'] },
    });
    await until(
      () => api.accessReviewProgress({ reviewId }),
      (p) => p.done === 1,
    );
    expect(await api.cancelAccessReview({ reviewId })).toEqual({ cancelled: true });
    const progress = await until(
      () => api.accessReviewProgress({ reviewId }),
      (p) => p.state !== 'running',
    );
    expect(progress).toMatchObject({ state: 'cancelled', done: 1 });
    expect(await api.accessReviewResults({ reviewId, from: 0, count: 10 })).toHaveLength(1);
    await api.startAccessReview({ pluginId: 'static-vault', input: { kind: 'csv', text: 'x,y' } });
    await expect(api.accessReviewProgress({ reviewId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await core.close();
  });

  it('stops with the error that ended the run', async () => {
    const engine: ReviewEngine = {
      ...fakeEngine(),
      run: () => Promise.reject(Object.assign(new Error('x'), { code: 'CONNECT', message: 'Cannot reach the vault.' })),
    };
    const { api, core } = await setup(engine);
    const { reviewId } = await api.startAccessReview({ pluginId: 'static-vault', input: { kind: 'csv', text: 'a,b' } });
    const progress = await until(
      () => api.accessReviewProgress({ reviewId }),
      (p) => p.state !== 'running',
    );
    expect(progress).toMatchObject({
      state: 'stopped',
      stopError: { code: 'CONNECT', message: 'Cannot reach the vault.' },
    });
    await core.close();
  });
});
