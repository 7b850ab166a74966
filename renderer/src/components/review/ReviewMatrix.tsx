import { mergeClasses } from '@fluentui/react-components';
import { useId, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useReviewStore } from '../../stores/review/review-store';
import { pairKey, resultsByPair } from '../../stores/review/review-results';
import { moveCell, type Cell } from './matrix-keys';
import { cellLabel, cellText, useStatusStyles } from './review-status';
import { useFixedRows } from './use-fixed-rows';
import { CELL, HEADER, ROW, USER_COL, useMatrixStyles } from './review-matrix-styles';

/**
 * Users × endpoints: one cell per pair, coloured by outcome and showing the credential count or a
 * symbol. Rows are virtualized (200 × 50 draws only the visible rows). The grid is one tab stop;
 * arrows move the active cell, Enter or Space selects its pair for the details pane.
 */
export function ReviewMatrix({ users, endpoints }: { users: string[]; endpoints: string[] }) {
  const styles = useMatrixStyles();
  const status = useStatusStyles();
  const idPrefix = useId();
  const hintId = useId();
  const results = useReviewStore((s) => s.results);
  const selected = useReviewStore((s) => s.selected);
  const byPair = useMemo(() => resultsByPair(results), [results]);
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const { scrollRef, onScroll, from, to, pageRows, reveal } = useFixedRows(users.length, ROW, HEADER);
  const cellId = (c: Cell) => `${idPrefix}c${c.row}-${c.col}`;

  const selectCell = (c: Cell) => {
    const r = byPair.get(pairKey(users[c.row]!, endpoints[c.col]!));
    if (r) useReviewStore.getState().select(r.index);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      selectCell(active);
      return;
    }
    const next = moveCell(active, e.key, { rows: users.length, cols: endpoints.length, pageRows: pageRows }, e.ctrlKey);
    if (!next) return;
    e.preventDefault();
    setActive(next);
    reveal(next.row);
    revealColumn(scrollRef.current, next.col);
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-row][data-col]');
    if (!el) return;
    const c = { row: Number(el.dataset.row), col: Number(el.dataset.col) };
    setActive(c);
    selectCell(c);
  };

  const body = [];
  for (let row = from; row <= to; row++) {
    const user = users[row]!;
    body.push(
      <div key={row} role="row" aria-rowindex={row + 2} className={styles.row} style={{ top: row * ROW }}>
        <div role="rowheader" className={styles.user} title={user}>
          {user}
        </div>
        {endpoints.map((endpoint, col) => {
          const r = byPair.get(pairKey(user, endpoint));
          const isActive = active.row === row && active.col === col;
          return (
            <div
              key={col}
              id={cellId({ row, col })}
              role="gridcell"
              aria-label={cellLabel(user, endpoint, r)}
              aria-selected={r !== undefined && r.index === selected}
              data-row={row}
              data-col={col}
              data-status={r?.status ?? 'unknown'}
              data-active={isActive || undefined}
              className={mergeClasses(
                styles.cell,
                status[r?.status ?? 'unknown'],
                r !== undefined && r.index === selected && styles.selected,
              )}
            >
              {cellText(r)}
            </div>
          );
        })}
      </div>,
    );
  }
  const activeShown = active.row >= from && active.row <= to;

  return (
    <>
      <div
        ref={scrollRef}
        className={styles.scroll}
        role="grid"
        tabIndex={0}
        aria-label={`Access matrix: ${users.length} users × ${endpoints.length} endpoints`}
        aria-describedby={hintId}
        aria-rowcount={users.length + 1}
        aria-colcount={endpoints.length + 1}
        aria-readonly
        aria-activedescendant={activeShown ? cellId(active) : undefined}
        data-testid="review-matrix"
        onScroll={onScroll}
        onKeyDown={onKeyDown}
        onClick={onClick}
      >
        <div role="rowgroup" className={styles.header} style={{ width: USER_COL + endpoints.length * CELL }}>
          <div role="row" aria-rowindex={1} style={{ display: 'flex' }}>
            <div role="columnheader" className={styles.corner}>
              User \ Endpoint
            </div>
            {endpoints.map((endpoint) => (
              <div key={endpoint} role="columnheader" className={styles.colHead} title={endpoint}>
                {endpoint}
              </div>
            ))}
          </div>
        </div>
        <div
          role="rowgroup"
          className={styles.body}
          style={{ height: users.length * ROW, width: USER_COL + endpoints.length * CELL }}
        >
          {body}
        </div>
      </div>
      <span id={hintId} className={styles.hint}>
        Arrow keys move between cells, Home and End to the ends of a row, Page Up and Page Down by a screen. Enter shows
        the pair in the details.
      </span>
    </>
  );
}

/** Scrolls a column into view beside the sticky user column. */
function revealColumn(el: HTMLElement | null, col: number): void {
  if (!el) return;
  const left = USER_COL + col * CELL;
  if (left - USER_COL < el.scrollLeft) el.scrollLeft = left - USER_COL;
  else if (left + CELL > el.scrollLeft + el.clientWidth) el.scrollLeft = left + CELL - el.clientWidth;
}
