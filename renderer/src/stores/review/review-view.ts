import { REVIEW_STATUSES, type ReviewStatus } from '../../../../shared/review/review-types';
import type { SortKey, TableView } from './review-results';

/** Pure updates of the table's view (filter and sort), applied by the store and tested alone. */

export const DEFAULT_VIEW: TableView = {
  statuses: new Set(REVIEW_STATUSES),
  text: '',
  sort: 'index',
  descending: false,
};

/** Shows or hides one status; hiding the last shown one shows them all again (an empty table helps nobody). */
export function toggleStatus(view: TableView, status: ReviewStatus): TableView {
  const statuses = new Set(view.statuses);
  if (statuses.has(status)) statuses.delete(status);
  else statuses.add(status);
  return { ...view, statuses: statuses.size === 0 ? new Set(REVIEW_STATUSES) : statuses };
}

/** A click on a column header: sorts by it, or reverses the order when it already sorts. */
export function sortBy(view: TableView, sort: SortKey): TableView {
  return view.sort === sort ? { ...view, descending: !view.descending } : { ...view, sort, descending: false };
}

export function filterText(view: TableView, text: string): TableView {
  return { ...view, text };
}
