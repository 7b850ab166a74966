import { performance } from 'node:perf_hooks';
import { EcmError } from '../../../shared/errors';
import type { ReviewPair, ReviewProgress, ReviewResult } from '../../../shared/review/review-types';

/** One access review started in the app: its pairs, results by input position, progress. */
export interface ReviewRun {
  id: string;
  pluginId: string;
  pairs: ReviewPair[];
  users?: string[];
  endpoints?: string[];
  /** By input position; a hole is a pair not finished (yet, or ever when cancelled or stopped). */
  results: (ReviewResult | undefined)[];
  progress: ReviewProgress;
  controller: AbortController;
  startedAt: Date;
  startedMs: number;
}

/**
 * The app's access review, kept in the main process so the renderer can poll it (like Test
 * Settings' TestRuns). Only the latest review is kept: starting another cancels and drops the
 * previous one, so memory holds one review's results at most (MAX_REVIEW_PAIRS).
 */
export class ReviewRuns {
  private current: ReviewRun | null = null;

  start(
    id: string,
    pluginId: string,
    pairs: ReviewPair[],
    matrix?: { users: string[]; endpoints: string[] },
  ): ReviewRun {
    this.current?.controller.abort(new Error('Another access review was started.'));
    const run: ReviewRun = {
      id,
      pluginId,
      pairs,
      ...(matrix ?? {}),
      results: new Array<ReviewResult | undefined>(pairs.length),
      progress: {
        state: 'running',
        done: 0,
        total: pairs.length,
        elapsedMs: 0,
        summary: { pairs: pairs.length, ok: 0, none: 0, pending: 0, refused: 0, error: 0, ms: 0 },
      },
      controller: new AbortController(),
      startedAt: new Date(),
      startedMs: performance.now(),
    };
    this.current = run;
    return run;
  }

  /** The review with this id, or NOT_FOUND (an older review, or the app was restarted). */
  get(id: string): ReviewRun {
    if (this.current?.id !== id) {
      throw new EcmError({
        code: 'NOT_FOUND',
        field: 'reviewId',
        message: 'That access review is no longer kept; only the latest review is.',
        hint: 'Run the review again.',
      });
    }
    return this.current;
  }

  /** Progress with the elapsed time counted up to now while the review runs. */
  progress(id: string): ReviewProgress {
    const run = this.get(id);
    const p = run.progress;
    return p.state === 'running'
      ? { ...p, elapsedMs: Math.round(performance.now() - run.startedMs), summary: { ...p.summary } }
      : { ...p, summary: { ...p.summary } };
  }

  /** Finished results among positions [from, from + count), in input order. */
  results(id: string, from: number, count: number): ReviewResult[] {
    const run = this.get(id);
    const out: ReviewResult[] = [];
    const end = Math.min(run.results.length, from + count);
    for (let i = from; i < end; i++) {
      const r = run.results[i];
      if (r) out.push(r);
    }
    return out;
  }

  /** Results in input order, finished ones only (for exports). */
  finished(id: string): ReviewResult[] {
    return this.get(id).results.filter((r): r is ReviewResult => r !== undefined);
  }

  cancel(id: string): boolean {
    const run = this.get(id);
    if (run.progress.state !== 'running' || run.controller.signal.aborted) return false;
    run.controller.abort(new Error('Cancelled by the administrator.'));
    return true;
  }
}
