import { describe, expect, it, vi } from 'vitest';
import { EcmError } from '../../../../shared/errors';
import type { ReviewProgress, ReviewResult } from '../../../../shared/review/review-types';
import { createReviewStore, reviewInput } from '../../../../renderer/src/stores/review/review-store';
import { installFakeEcm } from '../../support/fake-ecm';

const WAIT = { timeout: 5_000, interval: 20 };
const ID = 'review-0001';

function progress(state: ReviewProgress['state'], done: number, total: number): ReviewProgress {
  return {
    state,
    done,
    total,
    elapsedMs: 1000,
    summary: { pairs: total, ok: done, none: 0, pending: 0, refused: 0, error: 0, ms: 1000 },
  };
}

function result(index: number, user: string, endpoint: string): ReviewResult {
  return { index, user, endpoint, status: 'ok', credentials: [], reasons: [], steps: [], ms: 5 };
}

describe('review store', () => {
  it('sends the users × endpoints typed, then follows progress and fetches results until done', async () => {
    const all = [
      result(0, 'alice', 'web01'),
      result(1, 'alice', 'web02'),
      result(2, 'bob', 'web01'),
      result(3, 'bob', 'web02'),
    ];
    let done = 0;
    const ecm = installFakeEcm({
      startAccessReview: () => ({ reviewId: ID, total: 4, users: ['alice', 'bob'], endpoints: ['web01', 'web02'] }),
      accessReviewProgress: () => {
        done = Math.min(4, done + 2);
        return progress(done === 4 ? 'done' : 'running', done, 4);
      },
      accessReviewResults: ({ from, count }) =>
        all.slice(0, done).filter((r) => r.index >= from && r.index < from + count),
    });
    const store = createReviewStore();
    store.getState().setUsersText('alice\nbob');
    store.getState().setEndpointsText('web01, web02');
    await store.getState().run('static-vault');
    expect(ecm.requests('startAccessReview')[0]).toEqual({
      pluginId: 'static-vault',
      input: { kind: 'matrix', users: ['alice', 'bob'], endpoints: ['web01', 'web02'] },
    });
    await vi.waitFor(() => expect(store.getState().phase).toBe('finished'), WAIT);
    expect(store.getState().results.map((r) => r?.endpoint)).toEqual(['web01', 'web02', 'web01', 'web02']);
    expect(store.getState().progress?.state).toBe('done');
  });

  it('keeps the results of a cancelled review, holes included, fetched past the hole', async () => {
    const ecm = installFakeEcm({
      startAccessReview: () => ({ reviewId: ID, total: 3 }),
      accessReviewProgress: () => progress('cancelled', 2, 3),
      accessReviewResults: ({ from }) => [result(0, 'a', 'x'), result(2, 'c', 'x')].filter((r) => r.index >= from),
      cancelAccessReview: () => ({ cancelled: true }),
    });
    const store = createReviewStore();
    store.getState().setMode('csv');
    store.getState().setCsvText('a,x\nb,x\nc,x');
    await store.getState().run('static-vault', { apiUser: 'svc' });
    expect(ecm.requests('startAccessReview')[0]).toMatchObject({ values: { apiUser: 'svc' }, input: { kind: 'csv' } });
    await store.getState().cancel();
    expect(ecm.requests('cancelAccessReview')).toEqual([{ reviewId: ID }]);
    await vi.waitFor(() => expect(store.getState().phase).toBe('finished'), WAIT);
    expect(store.getState().results.map((r) => r?.user)).toEqual(['a', undefined, 'c']);
  });

  it('shows a refusal of the pairs before anything ran, and stays idle', async () => {
    installFakeEcm({
      startAccessReview: () => {
        throw new EcmError({
          code: 'VALIDATION',
          field: 'input',
          message: 'Line 2: the endpoint "web 01" has a space.',
        });
      },
    });
    const store = createReviewStore();
    await store.getState().run('static-vault');
    expect(store.getState()).toMatchObject({ phase: 'idle', startError: { code: 'VALIDATION', field: 'input' } });
  });

  it('says where the export was saved, and nothing when the save dialog was cancelled', async () => {
    const answers = [
      { supported: true, path: 'C:\\audit\\review.csv', fileName: 'review.csv' },
      { supported: true, path: null, fileName: 'review.csv' },
    ];
    installFakeEcm({ exportAccessReview: () => answers.shift()! });
    const store = createReviewStore();
    store.setState({ reviewId: ID, phase: 'finished' });
    await store.getState().exportAs('csv');
    expect(store.getState().exportNotice).toEqual({ message: 'Saved C:\\audit\\review.csv.', error: null });
    await store.getState().exportAs('csv');
    expect(store.getState().exportNotice).toEqual({ message: null, error: null });
  });

  it('builds the core input from the screen', () => {
    expect(reviewInput({ mode: 'csv', csvText: 'a,b', usersText: 'x', endpointsText: 'y' })).toEqual({
      kind: 'csv',
      text: 'a,b',
    });
  });
});
