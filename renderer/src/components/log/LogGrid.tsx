import { Button, mergeClasses, Spinner, Text } from '@fluentui/react-components';
import { ArrowDownRegular } from '@fluentui/react-icons';
import { useCallback, useId, type KeyboardEvent, type MouseEvent } from 'react';
import { LOG_GRID_ID, useLogDetailsStore } from '../../stores/log/log-details';
import { useLogStore } from '../../stores/log/log-store';
import { indexOfOffset } from '../../stores/log/log-window';
import { handleLogGridKey } from './log-grid-keys';
import { useStyles } from './log-grid-styles';
import { LogRow, useColumnStyles } from './LogRow';
import { ROW_HEIGHT } from './row-layout';
import { useVirtualRows } from './use-virtual-rows';

/**
 * The log list: a focusable ARIA grid with a sticky header and a hand-written fixed-row-height
 * virtual list (only the visible rows plus OVERSCAN are in the DOM). Scrolling to the top pages
 * older entries in, to the bottom follows new ones; the keyboard moves the active row.
 */
export function LogGrid() {
  const styles = useStyles();
  const cols = useColumnStyles();
  const hintId = useId();
  const idPrefix = useId();
  const rowId = useCallback((offset: number) => `${idPrefix}row-${offset}`, [idPrefix]);

  const view = useVirtualRows();
  const { scrollRef, onScroll, layout, lines, from, to, bodyHeight, lastVisibleIndex, reveal } = view;
  const { expanded, active, follow, atStart, status, loadingOlder, loadingNewer } = view;
  const selected = useLogStore((s) => s.selected);
  const filtered = useLogStore((s) => s.grep !== '' || s.minLevel !== 'debug');

  const rows = [];
  for (let i = from; i <= to; i++) {
    const line = lines[i]!;
    rows.push(
      <LogRow
        key={line.offset}
        id={rowId(line.offset)}
        line={line}
        rowIndex={i + 2}
        topPx={layout.top(i) * ROW_HEIGHT}
        heightPx={layout.span(i) * ROW_HEIGHT}
        selected={selected.has(line.offset)}
        active={active === line.offset}
        expanded={expanded.has(line.offset)}
      />,
    );
  }
  const activeIndex = active === null ? -1 : indexOfOffset(lines, active);
  const activeRendered = activeIndex >= from && activeIndex <= to && activeIndex !== -1;

  const onMouseDown = (e: MouseEvent<HTMLDivElement>) => {
    // Shift-click selects rows, not text.
    if (e.shiftKey) {
      e.preventDefault();
      scrollRef.current?.focus({ preventScroll: true });
    }
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const row = target.closest<HTMLElement>('[role="row"][data-offset]');
    if (!row) return;
    const offset = Number(row.dataset.offset);
    if (target.closest('[data-action="toggle-expand"]')) {
      useLogStore.getState().toggleExpanded(offset);
      return;
    }
    useLogStore.getState().clickRow(offset, { shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const pageRows = Math.max(1, Math.floor(bodyHeight / ROW_HEIGHT) - 1);
    const showDetails = () => useLogDetailsStore.getState().show(true);
    if (handleLogGridKey(e, useLogStore.getState(), { pageRows, startIndex: lastVisibleIndex, reveal, showDetails }))
      e.preventDefault();
  };

  const emptyText =
    status === 'loading' && lines.length === 0
      ? null
      : lines.length === 0 && status === 'ready'
        ? filtered
          ? atStart
            ? 'No lines match the filters.'
            : 'Looking further back for matching lines…'
          : 'The log is empty.'
        : null;

  return (
    <div className={styles.wrap}>
      <div
        ref={scrollRef}
        id={LOG_GRID_ID}
        className={styles.grid}
        role="grid"
        tabIndex={0}
        aria-label="Configurator.log entries"
        aria-describedby={hintId}
        aria-multiselectable
        aria-readonly
        aria-rowcount={lines.length + 1}
        aria-colcount={4}
        aria-busy={status === 'loading' || loadingOlder || loadingNewer}
        aria-activedescendant={activeRendered && active !== null ? rowId(active) : undefined}
        data-testid="log-lines"
        data-active-shown={activeRendered || undefined}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
        onMouseDown={onMouseDown}
        onClick={onClick}
      >
        <div role="rowgroup" className={styles.header}>
          <div role="row" aria-rowindex={1} style={{ display: 'flex', width: '100%' }}>
            <div role="columnheader" className={cols.time}>
              Time
            </div>
            <div role="columnheader" className={cols.level}>
              Level
            </div>
            <div role="columnheader" className={cols.scope}>
              Scope
            </div>
            <div role="columnheader" className={mergeClasses(cols.message, styles.headerMessage)}>
              Message
            </div>
          </div>
        </div>
        <div role="rowgroup" className={styles.body} style={{ height: layout.total * ROW_HEIGHT }}>
          {rows}
        </div>
      </div>
      <div className={styles.ring} data-focus-ring aria-hidden />
      <span id={hintId} className={styles.hint}>
        Up and Down, Page Up, Page Down, Home and End move between entries. Space selects, Shift with an arrow key
        extends the selection, Control+C copies it. Enter, Right and Left show or hide the continuation lines of a
        multi-line entry. F4 or Alt+Enter shows the entry in full in the details pane; Escape there comes back here.
      </span>
      {emptyText ? (
        <div className={styles.empty} data-testid="log-empty">
          <Text size={200}>{emptyText}</Text>
        </div>
      ) : null}
      {status === 'loading' && lines.length === 0 ? (
        <div className={styles.empty}>
          <Spinner size="tiny" label="Reading the log…" />
        </div>
      ) : null}
      {loadingOlder && lines.length > 0 ? (
        <div className={styles.older} role="status">
          <Spinner size="extra-tiny" label="Loading older lines…" labelPosition="after" />
        </div>
      ) : null}
      {!follow && lines.length > 0 ? (
        <Button
          className={styles.jump}
          appearance="primary"
          size="small"
          icon={<ArrowDownRegular />}
          onClick={() => useLogStore.getState().jumpToNewest()}
          data-testid="log-jump-newest"
        >
          Jump to newest
        </Button>
      ) : null}
    </div>
  );
}
