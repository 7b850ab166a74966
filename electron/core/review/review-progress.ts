import { performance } from 'node:perf_hooks';
import type { EcmErrorInfo } from '../../../shared/errors';
import type { ReviewProgress, ReviewResult, ReviewState, ReviewSummary } from '../../../shared/review/review-types';

/** Pairs finished before an estimate is given: the first ones carry the run's one-off work (log-in). */
export const ETA_AFTER_PAIRS = 5;

/** Counts of a run, never the results themselves, so a review of 10,000 pairs holds no rows. */
export class ReviewProgressTracker {
  private readonly started = performance.now();
  private readonly counts: Omit<ReviewSummary, 'pairs' | 'ms'> = { ok: 0, none: 0, pending: 0, refused: 0, error: 0 };
  private done = 0;
  private state: ReviewState = 'running';
  private stopError: EcmErrorInfo | undefined;

  constructor(private readonly total: number) {}

  add(result: ReviewResult): void {
    this.counts[result.status] += 1;
    this.done += 1;
  }

  finish(state: Exclude<ReviewState, 'running'>, stopError?: EcmErrorInfo): void {
    this.state = state;
    this.stopError = stopError;
  }

  snapshot(): ReviewProgress {
    const elapsedMs = Math.round(performance.now() - this.started);
    const progress: ReviewProgress = {
      state: this.state,
      done: this.done,
      total: this.total,
      elapsedMs,
      summary: { pairs: this.total, ...this.counts, ms: elapsedMs },
    };
    if (this.state === 'running' && this.done >= Math.min(ETA_AFTER_PAIRS, this.total) && this.done > 0) {
      // Pairs run side by side, so time per finished pair (not per pair's own duration) predicts the rest.
      progress.etaMs = Math.round((elapsedMs / this.done) * (this.total - this.done));
    }
    if (this.stopError) progress.stopError = this.stopError;
    return progress;
  }
}
