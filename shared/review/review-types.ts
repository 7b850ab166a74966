import type { EcmErrorInfo } from '../errors';
import type { CredentialSummary, Reason, Step } from '../plugin/contract';

/**
 * The access review's data, shared by the core engine, the CLI, IPC and the renderer: one
 * outcome per (user, endpoint) pair. Nothing here ever holds a password, key or token.
 */

/** ok: credentials found; none: none found (see reasons); pending: delegated access awaits approval;
 * refused: the back end will not act for that user; error: anything else for that pair. */
export const REVIEW_STATUSES = ['ok', 'none', 'pending', 'refused', 'error'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface ReviewPair {
  user: string;
  endpoint: string;
}

/** What the admin gives: CSV text with `user,endpoint` rows, or every user on every endpoint. */
export type ReviewInput = { kind: 'csv'; text: string } | { kind: 'matrix'; users: string[]; endpoints: string[] };

export interface ReviewResult {
  /** Position in the input (0-based): results arrive in completion order, exports use input order. */
  index: number;
  user: string;
  endpoint: string;
  status: ReviewStatus;
  credentials: CredentialSummary[];
  reasons: Reason[];
  steps: Step[];
  ms: number;
  /** For refused and error (and pending, with the back end's words). */
  error?: EcmErrorInfo;
  /** For pending: where the user approves access. */
  approvalUrl?: string;
}

export interface ReviewSummary {
  pairs: number;
  ok: number;
  none: number;
  pending: number;
  refused: number;
  error: number;
  ms: number;
}

/**
 * running → done (every pair has an outcome), cancelled (the admin stopped it; finished pairs are
 * kept) or stopped (the back end is unreachable or refuses the API account: `stopError` says why).
 */
export type ReviewState = 'running' | 'done' | 'cancelled' | 'stopped';

export interface ReviewProgress {
  state: ReviewState;
  done: number;
  total: number;
  elapsedMs: number;
  /** Estimated time left, once a few pairs have finished. */
  etaMs?: number;
  summary: ReviewSummary;
  stopError?: EcmErrorInfo;
}
