import { randomUUID } from 'node:crypto';
import { EcmError } from '../../../shared/errors';
import type { ApiImpl } from '../../../shared/ipc/channels';
import { MAX_REVIEW_PAIRS, type ReviewExportFormat } from '../../../shared/ipc/review-schemas';
import type { DraftValues } from '../../../shared/plugin/draft-values';
import type { ReviewInput, ReviewPair, ReviewProgress, ReviewResult } from '../../../shared/review/review-types';
import type { CoreDeps } from './core-deps';
import { reportSettings, reviewRunBy, type ReportSetting } from '../review/review-report-settings';
import type { ReviewReport } from '../review/review-report-html';
import { toErrorInfo } from './error-info';
import { ReviewRuns, type ReviewRun } from './review-runs';

/** The core's review engine, as the app uses it (core/review; a fake in unit tests). */
export interface ReviewEngine {
  parse(input: ReviewInput): ReviewPair[];
  run(
    deps: CoreDeps,
    request: {
      pluginId: string;
      values?: DraftValues;
      pairs: ReviewPair[];
      concurrency?: number;
      signal: AbortSignal;
      onResult(r: ReviewResult): void;
      onProgress(p: ReviewProgress): void;
    },
  ): Promise<{ progress: ReviewProgress }>;
  write(format: ReviewExportFormat, report: ReviewReport): string;
}

type ReviewChannels =
  'startAccessReview' | 'accessReviewProgress' | 'accessReviewResults' | 'cancelAccessReview' | 'exportAccessReview';

const EXTENSIONS: Record<ReviewExportFormat, string> = { csv: 'csv', json: 'json', html: 'html' };

/**
 * The access review channels: the pairs are checked before anything runs (VALIDATION naming the
 * line), then the review runs in the background and the renderer polls progress and results.
 */
export function accessReviewApi(deps: CoreDeps, engine: ReviewEngine): Pick<ApiImpl, ReviewChannels> {
  const reviews = new ReviewRuns();
  const log = deps.logger.scope('review');
  /** The settings the latest review ran with, for its report (never a secret: see reportSettings). */
  let usedSettings: { reviewId: string; settings: ReportSetting[] } | null = null;

  return {
    async startAccessReview({ pluginId, values, input, concurrency }) {
      const plugin = deps.registry.get(pluginId);
      const pairs = engine.parse(input);
      if (pairs.length === 0) {
        throw new EcmError({
          code: 'VALIDATION',
          field: 'input',
          message: 'The review has no pairs: enter at least one user and one endpoint.',
        });
      }
      if (pairs.length > MAX_REVIEW_PAIRS) {
        throw new EcmError({
          code: 'VALIDATION',
          field: 'input',
          message: `The review has ${pairs.length.toLocaleString('en-US')} pairs; the app reviews at most ${MAX_REVIEW_PAIRS.toLocaleString('en-US')} at once.`,
          hint: 'Split the list, or use the command line (ecm-configurator test-access), which streams results to a file.',
        });
      }
      const matrix = input.kind === 'matrix' ? axes(pairs) : undefined;
      const view = await deps.settings.view(plugin.id, plugin.settings);
      const run = reviews.start(randomUUID(), plugin.id, pairs, matrix);
      usedSettings = { reviewId: run.id, settings: reportSettings(plugin.settings, view.values, values) };
      void execute(run, values, concurrency);
      return { reviewId: run.id, total: pairs.length, ...(matrix ?? {}) };
    },

    async accessReviewProgress({ reviewId }) {
      return reviews.progress(reviewId);
    },

    async accessReviewResults({ reviewId, from, count }) {
      return reviews.results(reviewId, from, count);
    },

    async cancelAccessReview({ reviewId }) {
      const cancelled = reviews.cancel(reviewId);
      if (cancelled) log.info('Access review cancelled by the administrator.');
      return { cancelled };
    },

    async exportAccessReview({ reviewId, format }) {
      const run = reviews.get(reviewId);
      const plugin = deps.registry.get(run.pluginId);
      const report: ReviewReport = {
        date: run.startedAt,
        ranBy: reviewRunBy(),
        plugin: { id: plugin.id, displayName: plugin.displayName },
        settings: usedSettings?.reviewId === run.id ? usedSettings.settings : [],
        progress: reviews.progress(reviewId),
        results: reviews.finished(reviewId),
        ...(run.users && run.endpoints ? { matrix: { users: run.users, endpoints: run.endpoints } } : {}),
      };
      const text = engine.write(format, report);
      if (deps.logger.redactor.containsSecret(text)) {
        throw new EcmError({ code: 'INTERNAL', message: 'The export was withheld: it would have contained a secret.' });
      }
      const fileName = `access-review-${plugin.id}-${stamp(run.startedAt)}.${EXTENSIONS[format]}`;
      const saved = await deps.desktop.saveTextFile('Export the access review', fileName, text);
      if (saved === 'unsupported') return { supported: false, path: null, fileName, text };
      if (saved !== null) log.info(`Access review exported as ${format.toUpperCase()} to ${saved}.`);
      return { supported: true, path: saved, fileName };
    },
  };

  async function execute(run: ReviewRun, values: DraftValues | undefined, concurrency: number | undefined) {
    try {
      const { progress } = await engine.run(deps, {
        pluginId: run.pluginId,
        ...(values ? { values } : {}),
        pairs: run.pairs,
        ...(concurrency ? { concurrency } : {}),
        signal: run.controller.signal,
        onResult: (result) => {
          // Defence in depth: a result carrying a known secret never reaches the renderer or a file.
          run.results[result.index] = deps.logger.redactor.containsSecret(JSON.stringify(result))
            ? withheld(result)
            : result;
        },
        onProgress: (p) => {
          if (run.progress.state === 'running') run.progress = p;
        },
      });
      run.progress = progress;
    } catch (err) {
      const info = toErrorInfo(err, deps.logger.redactor);
      run.progress =
        info.code === 'CANCELLED' && run.controller.signal.aborted
          ? { ...run.progress, state: 'cancelled' }
          : { ...run.progress, state: 'stopped', stopError: info };
    }
  }
}

/** The users and endpoints of a users × endpoints review, in the order given. */
function axes(pairs: ReviewPair[]): { users: string[]; endpoints: string[] } {
  return {
    users: [...new Set(pairs.map((p) => p.user))],
    endpoints: [...new Set(pairs.map((p) => p.endpoint))],
  };
}

function withheld(result: ReviewResult): ReviewResult {
  return {
    index: result.index,
    user: result.user,
    endpoint: result.endpoint,
    status: 'error',
    credentials: [],
    reasons: [],
    steps: [],
    ms: result.ms,
    error: {
      code: 'INTERNAL',
      message: 'The result of this pair was withheld: the plugin put a secret into it.',
      hint: 'Report this to the plugin author.',
    },
  };
}

function stamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
}
