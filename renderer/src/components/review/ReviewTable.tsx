import { mergeClasses } from '@fluentui/react-components';
import { ArrowSortDownRegular, ArrowSortUpRegular } from '@fluentui/react-icons';
import { useId, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import type { ReviewResult } from '../../../../shared/review/review-types';
import { useReviewStore } from '../../stores/review/review-store';
import { tableRows } from '../../stores/review/review-results';
import { STATUS_LABEL, useStatusStyles } from './review-status';
import { useFixedRows } from './use-fixed-rows';
import { COLUMNS, HEADER, ROW, useTableStyles } from './review-table-styles';

/**
 * Every finished pair, filtered and sorted as the store's view says, in a virtualized ARIA grid.
 * Up/Down (Page, Home, End) move the selection, which the details pane follows.
 */
export function ReviewTable() {
  const styles = useTableStyles();
  const status = useStatusStyles();
  const idPrefix = useId();
  const results = useReviewStore((s) => s.results);
  const view = useReviewStore((s) => s.view);
  const selected = useReviewStore((s) => s.selected);
  const rows = useMemo(() => tableRows(results, view), [results, view]);
  const { scrollRef, onScroll, from, to, pageRows, reveal } = useFixedRows(rows.length, ROW, HEADER);
  const position = selected === null ? -1 : rows.findIndex((r) => r.index === selected);
  const rowId = (r: ReviewResult) => `${idPrefix}r${r.index}`;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (rows.length === 0) return;
    const last = rows.length - 1;
    const at = position === -1 ? 0 : position;
    const next =
      e.key === 'ArrowDown'
        ? position === -1
          ? 0
          : Math.min(last, at + 1)
        : e.key === 'ArrowUp'
          ? Math.max(0, at - 1)
          : e.key === 'PageDown'
            ? Math.min(last, at + pageRows)
            : e.key === 'PageUp'
              ? Math.max(0, at - pageRows)
              : e.key === 'Home'
                ? 0
                : e.key === 'End'
                  ? last
                  : null;
    if (next === null) return;
    e.preventDefault();
    useReviewStore.getState().select(rows[next]!.index);
    reveal(next);
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (row) useReviewStore.getState().select(Number(row.dataset.index));
  };

  const body = [];
  for (let i = from; i <= to && i < rows.length; i++) {
    const r = rows[i]!;
    const isSelected = r.index === selected;
    body.push(
      <div
        key={r.index}
        id={rowId(r)}
        role="row"
        aria-rowindex={i + 2}
        aria-selected={isSelected}
        data-index={r.index}
        data-status={r.status}
        className={mergeClasses(styles.row, isSelected && styles.selected, isSelected && styles.active)}
        style={{ top: i * ROW }}
      >
        <div role="gridcell" className={mergeClasses(styles.cell, styles.num)}>
          {r.index + 1}
        </div>
        <div role="gridcell" className={styles.cell} title={r.user}>
          {r.user}
        </div>
        <div role="gridcell" className={styles.cell} title={r.endpoint}>
          {r.endpoint}
        </div>
        <div role="gridcell" className={styles.cell}>
          <span className={mergeClasses(styles.badge, status[r.status])}>{STATUS_LABEL[r.status]}</span>
        </div>
        <div role="gridcell" className={mergeClasses(styles.cell, styles.num)}>
          {r.credentials.length}
        </div>
        <div role="gridcell" className={mergeClasses(styles.cell, styles.num)}>
          {r.ms} ms
        </div>
      </div>,
    );
  }

  return (
    <div className={styles.wrap}>
      <div
        ref={scrollRef}
        className={styles.scroll}
        role="grid"
        tabIndex={0}
        aria-label={`All pairs: ${rows.length} shown`}
        aria-rowcount={rows.length + 1}
        aria-colcount={COLUMNS.length}
        aria-readonly
        aria-activedescendant={position >= from && position <= to ? rowId(rows[position]!) : undefined}
        data-testid="review-table"
        onScroll={onScroll}
        onKeyDown={onKeyDown}
        onClick={onClick}
      >
        <div role="rowgroup" className={styles.header}>
          <div role="row" aria-rowindex={1} className={styles.headerRow}>
            {COLUMNS.map((c) => (
              <div
                key={c.key}
                role="columnheader"
                aria-sort={view.sort === c.key ? (view.descending ? 'descending' : 'ascending') : undefined}
              >
                <button
                  type="button"
                  className={styles.sort}
                  onClick={() => useReviewStore.getState().sortBy(c.key)}
                  data-testid={`review-sort-${c.key}`}
                >
                  {c.label}
                  {view.sort === c.key ? (
                    view.descending ? (
                      <ArrowSortDownRegular aria-hidden />
                    ) : (
                      <ArrowSortUpRegular aria-hidden />
                    )
                  ) : null}
                </button>
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className={styles.body} style={{ height: rows.length * ROW }}>
          {body}
        </div>
      </div>
      {rows.length === 0 ? <div className={styles.empty}>No pairs match the filters yet.</div> : null}
    </div>
  );
}
