import type { EcmErrorInfo } from '../../../shared/errors';
import type { ReviewProgress, ReviewResult, ReviewSummary } from '../../../shared/review/review-types';

/** One pair in the JSON export: what the admin and the auditor need, not the steps. */
export type ReviewJsonResult = Pick<ReviewResult, 'user' | 'endpoint' | 'status' | 'credentials' | 'reasons'> &
  Partial<Pick<ReviewResult, 'error' | 'approvalUrl'>>;

export interface ReviewJsonDocument {
  ok: true;
  /** Present when the admin cancelled: the results are those that finished, fewer than `summary.pairs`. */
  cancelled?: true;
  plugin: string;
  summary: ReviewSummary;
  results: ReviewJsonResult[];
}

export function reviewJsonResult(result: ReviewResult): ReviewJsonResult {
  const out: ReviewJsonResult = {
    user: result.user,
    endpoint: result.endpoint,
    status: result.status,
    credentials: result.credentials,
    reasons: result.reasons,
  };
  if (result.error) out.error = result.error;
  if (result.approvalUrl) out.approvalUrl = result.approvalUrl;
  return out;
}

/** The `--json` document and the app's JSON export: results in input order. */
export function reviewJsonDocument(
  plugin: string,
  progress: Pick<ReviewProgress, 'state' | 'summary'>,
  results: readonly ReviewResult[],
): ReviewJsonDocument {
  const ordered = [...results].sort((a, b) => a.index - b.index);
  return {
    ok: true,
    ...(progress.state === 'cancelled' ? { cancelled: true as const } : {}),
    plugin,
    summary: progress.summary,
    results: ordered.map(reviewJsonResult),
  };
}

/**
 * The same document written as results arrive (`--output` with thousands of pairs): the results
 * first, one per line, then the summary and `ok`, which are known only at the end. A review that
 * stopped ends with `"ok": false` and the error, so the file never claims more than it holds.
 */
export class ReviewJsonWriter {
  private count = 0;

  constructor(
    private readonly write: (chunk: string) => void,
    plugin: string,
  ) {
    write(`{\n  "plugin": ${JSON.stringify(plugin)},\n  "results": [`);
  }

  /** Call in input order (see InputOrder). */
  add(result: ReviewResult): void {
    this.write(`${this.count++ === 0 ? '\n' : ',\n'}    ${JSON.stringify(reviewJsonResult(result))}`);
  }

  end(progress: ReviewProgress): void {
    const tail: { summary: ReviewSummary; ok: boolean; cancelled?: true; error?: EcmErrorInfo } = {
      summary: progress.summary,
      ok: progress.state !== 'stopped',
    };
    if (progress.state === 'cancelled') tail.cancelled = true;
    if (progress.stopError) tail.error = progress.stopError;
    const rest = JSON.stringify(tail, null, 2).slice(1, -2); // the keys, without the braces
    this.write(`${this.count > 0 ? '\n  ' : ''}],${rest}\n}\n`);
  }
}
