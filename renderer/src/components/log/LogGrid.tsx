import { Button, makeStyles, mergeClasses, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowDownRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useLogStore } from '../../stores/log/log-store';
import { hasNewer, indexOfOffset, lineCount } from '../../stores/log/log-window';
import { LogRow, useColumnStyles } from './LogRow';
import { HEADER_HEIGHT, OVERSCAN, ROW_HEIGHT, rowLayout, type RowLayout } from './row-layout';

const useStyles = makeStyles({
  wrap: { position: 'relative', flexGrow: 1, minHeight: 0, display: 'flex' },
  grid: {
    position: 'relative',
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    overflowX: 'hidden',
    overflowAnchor: 'none',
    backgroundColor: tokens.colorNeutralBackground1,
    outlineStyle: 'none',
    // The focus ring: on the active row when it is in view, else around the list (drawn by the
    // element that follows the grid, so the sticky header cannot cover it).
    ':focus-visible:not([data-active-shown]) + [data-focus-ring]': { display: 'block' },
    ':focus-within [data-active="true"]': { boxShadow: `inset 0 0 0 2px ${tokens.colorStrokeFocus2}` },
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    alignItems: 'center',
    height: `${HEADER_HEIGHT}px`,
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  headerMessage: { paddingLeft: '22px' },
  body: { position: 'relative' },
  empty: {
    position: 'absolute',
    top: `${HEADER_HEIGHT + 12}px`,
    left: 0,
    right: 0,
    display: 'flex',
    justifyContent: 'center',
    color: tokens.colorNeutralForeground3,
    pointerEvents: 'none',
  },
  older: {
    position: 'absolute',
    top: `${HEADER_HEIGHT + 4}px`,
    left: '50%',
    transform: 'translateX(-50%)',
    zIndex: 2,
    padding: `2px ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  jump: { position: 'absolute', right: tokens.spacingHorizontalXXL, bottom: tokens.spacingVerticalM, zIndex: 2, boxShadow: tokens.shadow8 },
  ring: {
    display: 'none',
    position: 'absolute',
    inset: 0,
    zIndex: 3,
    pointerEvents: 'none',
    border: `2px solid ${tokens.colorStrokeFocus2}`,
  },
  hint: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

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

  const lines = useLogStore((s) => s.lines);
  const expanded = useLogStore((s) => s.expanded);
  const selected = useLogStore((s) => s.selected);
  const active = useLogStore((s) => s.active);
  const follow = useLogStore((s) => s.follow);
  const atStart = useLogStore((s) => s.atStart);
  const status = useLogStore((s) => s.status);
  const loadingOlder = useLogStore((s) => s.loadingOlder);
  const loadingNewer = useLogStore((s) => s.loadingNewer);
  const newer = useLogStore(hasNewer);
  const filtered = useLogStore((s) => s.grep !== '' || s.minLevel !== 'debug');
  const scrollToEndRequest = useLogStore((s) => s.scrollToEndRequest);

  const scrollRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 0 });
  const layout = useMemo(() => rowLayout(lines, expanded), [lines, expanded]);
  const layoutRef = useRef<RowLayout>(layout);
  const linesRef = useRef(lines);
  /** The first visible entry and how far the view is scrolled into it: kept in place when pages come and go. */
  const anchorRef = useRef<{ offset: number; deltaPx: number } | null>(null);
  const reportedBottomRef = useRef(true);
  const revealRef = useRef(false);

  const bodyHeight = Math.max(0, viewport.height - HEADER_HEIGHT);

  const measure = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    setViewport((v) => (v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight }));
    const l = layoutRef.current;
    const ls = linesRef.current;
    if (ls.length > 0) {
      const i = l.indexAt(el.scrollTop / ROW_HEIGHT);
      anchorRef.current = { offset: ls[i]!.offset, deltaPx: el.scrollTop - l.top(i) * ROW_HEIGHT };
    } else {
      anchorRef.current = null;
    }
  }, []);

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    measure();
    const atBottom = el.scrollTop + el.clientHeight >= el.scrollHeight - ROW_HEIGHT / 2;
    if (atBottom !== reportedBottomRef.current) {
      reportedBottomRef.current = atBottom;
      useLogStore.getState().setAtBottom(atBottom);
    }
  }, [measure]);

  // Size changes (window resize, the frame's log area).
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    measure();
    const observer = new ResizeObserver(() => {
      measure();
      const s = useLogStore.getState();
      if (s.follow) el.scrollTop = el.scrollHeight;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  useEffect(() => {
    reportedBottomRef.current = follow;
  }, [follow]);

  // New content: stick to the bottom while following, otherwise keep the first visible entry where it was.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const previous = layoutRef.current;
    layoutRef.current = layout;
    linesRef.current = lines;
    if (!el) return;
    if (follow) {
      el.scrollTop = el.scrollHeight;
    } else if (previous !== layout && anchorRef.current) {
      const i = indexOfOffset(lines, anchorRef.current.offset);
      if (i !== -1) {
        const top = layout.top(i) * ROW_HEIGHT + anchorRef.current.deltaPx;
        if (Math.abs(el.scrollTop - top) >= 1) el.scrollTop = top;
      }
    }
    measure();
  }, [layout, lines, follow, scrollToEndRequest, measure]);

  // Keyboard moves: bring the active entry into view.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!revealRef.current || !el || active === null) return;
    revealRef.current = false;
    const i = indexOfOffset(lines, active);
    if (i === -1) return;
    const top = layout.top(i) * ROW_HEIGHT;
    const height = layout.span(i) * ROW_HEIGHT;
    const visible = el.clientHeight - HEADER_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + height > el.scrollTop + visible) el.scrollTop = top + Math.min(height, visible) - visible;
    measure();
  }, [active, layout, lines, measure]);

  // Page in older entries at the top (also when the filtered lines do not fill the view), newer ones at the bottom.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || status !== 'ready') return;
    const s = useLogStore.getState();
    if (!atStart && !loadingOlder && el.scrollTop < OVERSCAN * ROW_HEIGHT) void s.loadOlder();
    else if (newer && !loadingNewer && el.scrollTop + el.clientHeight >= el.scrollHeight - OVERSCAN * ROW_HEIGHT) void s.loadNewer();
  }, [viewport, status, atStart, loadingOlder, loadingNewer, newer, lines]);

  // The rows to render.
  const total = layout.total;
  const firstRow = Math.max(0, Math.floor(viewport.top / ROW_HEIGHT) - OVERSCAN);
  const lastRow = Math.min(total - 1, Math.ceil((viewport.top + bodyHeight) / ROW_HEIGHT) + OVERSCAN);
  const from = lines.length === 0 ? 0 : layout.indexAt(firstRow);
  const to = lines.length === 0 ? -1 : layout.indexAt(lastRow);
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
    const s = useLogStore.getState();
    const n = s.lines.length;
    const ctrl = e.ctrlKey || e.metaKey;
    const pageRows = Math.max(1, Math.floor(bodyHeight / ROW_HEIGHT) - 1);
    let index = s.active === null ? -1 : indexOfOffset(s.lines, s.active);
    // Without an active entry the first arrow press lands on the last fully visible one.
    const start = () => layout.indexAt(Math.max(0, Math.floor((viewport.top + bodyHeight) / ROW_HEIGHT) - 1));
    const move = (to: number) => {
      revealRef.current = true;
      s.moveActive(to, e.shiftKey);
    };
    if (n === 0) return;
    switch (e.key) {
      case 'ArrowDown':
        move(index === -1 ? start() : index + 1);
        break;
      case 'ArrowUp':
        move(index === -1 ? start() : index - 1);
        break;
      case 'PageDown':
        move(index === -1 ? start() : index + pageRows);
        break;
      case 'PageUp':
        move(index === -1 ? start() : index - pageRows);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(n - 1);
        break;
      case ' ':
        if (index === -1) {
          index = start();
          s.moveActive(index);
        }
        revealRef.current = true;
        s.toggleActiveSelected();
        break;
      case 'Enter':
      case 'ArrowRight':
      case 'ArrowLeft': {
        if (index === -1) return;
        const line = s.lines[index]!;
        if (lineCount(line) === 1) return;
        s.toggleExpanded(line.offset, e.key === 'Enter' ? undefined : e.key === 'ArrowRight');
        break;
      }
      case 'Escape':
        if (s.selected.size === 0) return;
        s.clearSelection();
        break;
      default:
        if (ctrl && (e.key === 'c' || e.key === 'C')) {
          void s.copySelected();
        } else if (ctrl && (e.key === 'a' || e.key === 'A')) {
          s.selectAll();
        } else {
          return;
        }
    }
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
        <div role="rowgroup" className={styles.body} style={{ height: total * ROW_HEIGHT }}>
          {rows}
        </div>
      </div>
      <div className={styles.ring} data-focus-ring aria-hidden />
      <span id={hintId} className={styles.hint}>
        Up and Down, Page Up, Page Down, Home and End move between entries. Space selects, Shift with an arrow key extends the selection, Control+C
        copies it. Enter, Right and Left show or hide the continuation lines of a multi-line entry.
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
