import { makeStyles, shorthands, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useReviewStore } from '../../stores/review/review-store';
import { pairKey, resultsByPair } from '../../stores/review/review-results';
import { moveCell, type Cell } from './matrix-keys';
import { cellLabel, cellText, useStatusStyles } from './review-status';
import { useFixedRows } from './use-fixed-rows';
import { scrollBoxStyle } from './scroll-box-style';

const ROW = 28;
const CELL = 40;
const HEADER = 84;
const USER_COL = 200;

const useStyles = makeStyles({
  scroll: {
    ...scrollBoxStyle,
    // The active cell is marked only while the matrix has the focus (keyboard moves).
    ':focus-visible [data-active="true"]': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '0px' },
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    display: 'flex',
    height: `${HEADER}px`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  corner: {
    position: 'sticky',
    left: 0,
    zIndex: 3,
    width: `${USER_COL}px`,
    flexShrink: 0,
    display: 'flex',
    alignItems: 'flex-end',
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  colHead: {
    width: `${CELL}px`,
    flexShrink: 0,
    writingMode: 'vertical-rl',
    transform: 'rotate(180deg)',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    padding: `${tokens.spacingVerticalXS} 0`,
    boxSizing: 'border-box',
    textAlign: 'left',
    lineHeight: `${CELL}px`,
    fontSize: tokens.fontSizeBase200,
  },
  body: { position: 'relative' },
  row: { position: 'absolute', left: 0, display: 'flex', height: `${ROW}px` },
  user: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    width: `${USER_COL}px`,
    flexShrink: 0,
    boxSizing: 'border-box',
    padding: `0 ${tokens.spacingHorizontalS}`,
    lineHeight: `${ROW}px`,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    backgroundColor: tokens.colorNeutralBackground2,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
  },
  cell: {
    width: `${CELL - 4}px`,
    height: `${ROW - 4}px`,
    margin: '2px',
    boxSizing: 'border-box',
    ...shorthands.borderWidth('1px'),
    ...shorthands.borderStyle('solid'),
    borderRadius: tokens.borderRadiusSmall,
    textAlign: 'center',
    lineHeight: `${ROW - 6}px`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
  },
  selected: { boxShadow: `inset 0 0 0 2px ${tokens.colorNeutralForeground1}` },
  hint: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
});

/**
 * Users × endpoints: one cell per pair, coloured by outcome and showing the credential count or a
 * symbol. Rows are virtualized (200 × 50 draws only the visible rows). The grid is one tab stop;
 * arrows move the active cell, Enter or Space selects its pair for the details pane.
 */
export function ReviewMatrix({ users, endpoints }: { users: string[]; endpoints: string[] }) {
  const styles = useStyles();
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
