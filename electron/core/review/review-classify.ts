import type { EcmErrorInfo, ErrorCode } from '../../../shared/errors';
import type { TestSettingsResponse } from '../../../shared/ipc/responses';
import type { ReviewPair, ReviewResult } from '../../../shared/review/review-types';

/**
 * Errors that say nothing about the pair and everything about the run: the API account itself is
 * refused, or the back end cannot be reached. The review stops at once on them instead of writing
 * the same error into a thousand rows.
 */
const STOPPING: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'LOGIN_FAILED',
  'CONNECT',
  'TLS',
  'TIMEOUT',
  'HOST_KEY_MISMATCH',
]);

export function stopsTheRun(code: ErrorCode): boolean {
  return STOPPING.has(code);
}

/** True when the API account is refused (CLI exit 3), false when the back end is unreachable (exit 4). */
export function isAccountRefusal(code: ErrorCode): boolean {
  return code === 'LOGIN_FAILED';
}

/** A finished Test Settings run → `ok` (credentials) or `none` (with the plugin's reasons). */
export function resultOfSuccess(index: number, pair: ReviewPair, response: TestSettingsResponse): ReviewResult {
  return {
    index,
    ...pair,
    status: response.credentials.length > 0 ? 'ok' : 'none',
    credentials: response.credentials,
    reasons: response.reasons,
    steps: response.steps,
    ms: response.ms,
  };
}

/** A failed pair that does not stop the run → `pending`, `refused` or `error`. */
export function resultOfFailure(index: number, pair: ReviewPair, error: EcmErrorInfo, ms: number): ReviewResult {
  const base = { index, ...pair, credentials: [], reasons: [], steps: [], ms, error };
  switch (error.code) {
    case 'PENDING_APPROVAL': {
      const approvalUrl = error.approvalUrl ?? firstUrlIn(error.serverText);
      return { ...base, status: 'pending', ...(approvalUrl ? { approvalUrl } : {}) };
    }
    case 'NOT_AUTHORIZED':
      return { ...base, status: 'refused' };
    default:
      return { ...base, status: 'error' };
  }
}

/**
 * A plugin that does not set `approvalUrl` yet may still give the approval page in the server's
 * text (Secret Server's "Approval page: <url>"); the first http(s) URL there is that page.
 */
function firstUrlIn(text: string | undefined): string | undefined {
  return text?.match(/https?:\/\/[^\s"'<>]+/)?.[0];
}
