import { performance } from 'node:perf_hooks';
import { EcmError, type EcmErrorInfo } from '../../../shared/errors';
import type { DraftValues } from '../../../shared/plugin/draft-values';
import type { ReviewPair, ReviewProgress, ReviewResult } from '../../../shared/review/review-types';
import type { CoreDeps } from '../api/core-deps';
import { toErrorInfo } from '../api/error-info';
import { createRunMemo } from '../api/run-memo';
import { runTestSettings } from '../api/run-test-settings';
import { resultOfFailure, resultOfSuccess, stopsTheRun } from './review-classify';
import { MAX_REVIEW_PAIRS } from './review-input';
import { PairPicker } from './pair-picker';
import { ReviewProgressTracker } from './review-progress';

export const DEFAULT_REVIEW_CONCURRENCY = 8;
export const MAX_REVIEW_CONCURRENCY = 64;

export interface AccessReviewRequest {
  pluginId: string;
  /** The settings on screen or from a file, as for Test Settings. */
  values?: DraftValues;
  /** True (default): `values` over the saved settings; false: `values` stand alone. */
  useStored?: boolean;
  pairs: ReviewPair[];
  /** Pairs tested side by side: 1–64, default 8. */
  concurrency?: number;
  /** Limit for each pair's Test Settings run. */
  timeoutMs?: number;
  /** Cancel: no new pair starts, running ones are aborted, finished results are kept. */
  signal?: AbortSignal;
  /** Each pair's outcome, as it completes (completion order; `index` gives the input order). */
  onResult?(result: ReviewResult): void;
  /** After the start and after each result. */
  onProgress?(progress: ReviewProgress): void;
}

export interface AccessReviewOutcome {
  /** The final state: done, cancelled or stopped (with `stopError`). */
  progress: ReviewProgress;
}

/**
 * Runs Test Settings for every pair with the same settings, resolved and checked once (a bad
 * setting fails the whole review before any pair), a bounded number at a time, all sharing one
 * run memo so that the plugin logs in once and looks up each user and endpoint once (PairPicker
 * starts those lookups side by side rather than one after another). Results are
 * handed to `onResult` and not kept, so a review of 10,000 pairs holds counts only.
 */
export async function runAccessReview(deps: CoreDeps, request: AccessReviewRequest): Promise<AccessReviewOutcome> {
  const concurrency = checkedConcurrency(request.concurrency);
  const { pairs } = request;
  if (pairs.length === 0 || pairs.length > MAX_REVIEW_PAIRS) {
    throw new EcmError({
      code: 'VALIDATION',
      field: 'pairs',
      message: `An access review takes 1 to ${MAX_REVIEW_PAIRS} pairs; ${pairs.length} were given.`,
    });
  }
  const plugin = deps.registry.get(request.pluginId);
  const resolved = await deps.settings.resolve(plugin.id, plugin.settings, request.values, {
    useStored: request.useStored,
  });
  const log = deps.logger.scope(plugin.id);
  const memo = createRunMemo();
  const stop = new AbortController();
  const signal = request.signal ? AbortSignal.any([stop.signal, request.signal]) : stop.signal;
  const tracker = new ReviewProgressTracker(pairs.length);
  const picker = new PairPicker(pairs);
  let stopError: EcmErrorInfo | undefined;
  let callbackError: unknown;

  const testPair = async (index: number, pair: ReviewPair): Promise<ReviewResult | null> => {
    const started = performance.now();
    try {
      const response = await runTestSettings(deps, {
        pluginId: plugin.id,
        resolved,
        ...pair,
        signal,
        memo,
        quiet: true,
        ...(request.timeoutMs !== undefined ? { timeoutMs: request.timeoutMs } : {}),
      });
      return resultOfSuccess(index, pair, response);
    } catch (err) {
      // Stopped or cancelled meanwhile: this pair has no outcome of its own.
      if (signal.aborted) return null;
      const info = toErrorInfo(err, deps.logger.redactor);
      if (!stopsTheRun(info.code)) return resultOfFailure(index, pair, info, Math.round(performance.now() - started));
      stopError ??= info;
      stop.abort();
      return null;
    }
  };

  const worker = async (): Promise<void> => {
    for (let index = picker.take(); index !== undefined && !signal.aborted; index = picker.take()) {
      const result = await testPair(index, pairs[index]!);
      picker.finished(index);
      if (!result) return;
      tracker.add(result);
      try {
        request.onResult?.(result);
        request.onProgress?.(tracker.snapshot());
      } catch (err) {
        // The caller cannot take more results (e.g. the output file failed): stop and say so.
        callbackError ??= err;
        stop.abort();
      }
    }
  };

  log.info(`Access review started: ${pairs.length} pair(s), ${concurrency} at a time.`);
  request.onProgress?.(tracker.snapshot());
  await Promise.all(Array.from({ length: Math.min(concurrency, pairs.length) }, worker));
  if (callbackError !== undefined) {
    tracker.finish('stopped');
    log.error(`Access review stopped after ${tracker.snapshot().done} of ${pairs.length} pair(s): its output failed.`);
    throw callbackError;
  }
  tracker.finish(stopError ? 'stopped' : request.signal?.aborted ? 'cancelled' : 'done', stopError);
  const progress = tracker.snapshot();
  logEnd(log, progress);
  request.onProgress?.(progress);
  return { progress };
}

function logEnd(log: ReturnType<CoreDeps['logger']['scope']>, p: ReviewProgress): void {
  const s = p.summary;
  const counts = `${s.ok} ok, ${s.none} none, ${s.pending} pending, ${s.refused} refused, ${s.error} error`;
  if (p.state === 'stopped' && p.stopError) {
    log.error(
      `Access review stopped after ${p.done} of ${p.total} pair(s) in ${p.elapsedMs} ms (${counts}): [${p.stopError.code}] ${p.stopError.message}`,
    );
  } else if (p.state === 'cancelled') {
    log.warn(`Access review cancelled after ${p.done} of ${p.total} pair(s) in ${p.elapsedMs} ms (${counts}).`);
  } else {
    log.info(`Access review finished: ${p.total} pair(s) in ${p.elapsedMs} ms (${counts}).`);
  }
}

function checkedConcurrency(value: number | undefined): number {
  if (value === undefined) return DEFAULT_REVIEW_CONCURRENCY;
  if (!Number.isInteger(value) || value < 1 || value > MAX_REVIEW_CONCURRENCY) {
    throw new EcmError({
      code: 'VALIDATION',
      field: 'concurrency',
      message: `The concurrency must be a whole number from 1 to ${MAX_REVIEW_CONCURRENCY}; ${String(value)} is not.`,
    });
  }
  return value;
}
