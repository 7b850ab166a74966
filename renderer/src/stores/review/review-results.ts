import type { ReviewResult, ReviewStatus } from '../../../../shared/review/review-types';

/**
 * Pure functions over the review's results as the renderer holds them: an array by input
 * position, with holes for pairs not finished. The store applies them; they have their own tests.
 */

/** Results merged in by their input position; a new array only when something was new. */
export function mergeResults(
  results: readonly (ReviewResult | undefined)[],
  incoming: readonly ReviewResult[],
  total: number,
): (ReviewResult | undefined)[] {
  const fresh = incoming.filter((r) => r.index >= 0 && r.index < total && results[r.index] === undefined);
  if (fresh.length === 0 && results.length === total) return results as (ReviewResult | undefined)[];
  const next = results.length === total ? results.slice() : Array.from({ length: total }, (_, i) => results[i]);
  for (const r of fresh) next[r.index] = r;
  return next;
}

/** The first position at or after `from` still without a result: where the next fetch starts. */
export function firstMissing(results: readonly (ReviewResult | undefined)[], from: number): number {
  let i = from;
  while (i < results.length && results[i] !== undefined) i++;
  return i;
}

/** Key of a (user, endpoint) pair, for the matrix's cell lookup. */
export function pairKey(user: string, endpoint: string): string {
  return `${user}\u0000${endpoint}`;
}

/** Each finished pair's result by its key. */
export function resultsByPair(results: readonly (ReviewResult | undefined)[]): Map<string, ReviewResult> {
  const map = new Map<string, ReviewResult>();
  for (const r of results) if (r) map.set(pairKey(r.user, r.endpoint), r);
  return map;
}

export type SortKey = 'index' | 'user' | 'endpoint' | 'status' | 'credentials' | 'ms';

export interface TableView {
  statuses: ReadonlySet<ReviewStatus>;
  text: string;
  sort: SortKey;
  descending: boolean;
}

/** The order of statuses when sorting by status: the ones that need attention first. */
const STATUS_ORDER: Record<ReviewStatus, number> = { error: 0, refused: 1, pending: 2, none: 3, ok: 4 };

function compare(a: ReviewResult, b: ReviewResult, key: SortKey): number {
  switch (key) {
    case 'index':
      return a.index - b.index;
    case 'user':
      return a.user.localeCompare(b.user) || a.index - b.index;
    case 'endpoint':
      return a.endpoint.localeCompare(b.endpoint) || a.index - b.index;
    case 'status':
      return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.index - b.index;
    case 'credentials':
      return a.credentials.length - b.credentials.length || a.index - b.index;
    case 'ms':
      return a.ms - b.ms || a.index - b.index;
  }
}

/** Text a pair is found by: user, endpoint, credential names, reasons, error. */
function haystack(r: ReviewResult): string {
  return [
    r.user,
    r.endpoint,
    r.status,
    ...r.credentials.map((c) => `${c.name} ${c.username ?? ''}`),
    ...r.reasons.map((x) => x.text),
    r.error?.message ?? '',
    r.error?.code ?? '',
  ]
    .join('\n')
    .toLowerCase();
}

/** The table's rows: finished pairs with a chosen status that contain the text, sorted. */
export function tableRows(results: readonly (ReviewResult | undefined)[], view: TableView): ReviewResult[] {
  const needle = view.text.trim().toLowerCase();
  const rows = results.filter(
    (r): r is ReviewResult =>
      r !== undefined && view.statuses.has(r.status) && (needle === '' || haystack(r).includes(needle)),
  );
  rows.sort((a, b) => compare(a, b, view.sort));
  if (view.descending) rows.reverse();
  return rows;
}

/** Names typed one per line (or separated by commas or semicolons); blanks and `#` comments dropped. */
export function parseNames(text: string): string[] {
  const names = text
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(/[,;]/))
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(names)];
}
