import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLogStore } from '../../stores/log/log-store';
import { hasNewer, indexOfOffset } from '../../stores/log/log-window';
import { HEADER_HEIGHT, OVERSCAN, ROW_HEIGHT, rowLayout, type RowLayout } from './row-layout';

/**
 * The log grid's hand-written virtual list: fixed-height rows (a multi-line entry spans several),
 * only the visible ones plus OVERSCAN in the DOM. It keeps the first visible entry in place while
 * pages come and go, sticks to the bottom while following, reveals the active entry after a key
 * press, and asks the store for older or newer pages near either end.
 * No library fits: entries of varying span, anchoring by byte offset, and paging at both ends.
 */
export function useVirtualRows() {
  const lines = useLogStore((s) => s.lines);
  const expanded = useLogStore((s) => s.expanded);
  const active = useLogStore((s) => s.active);
  const follow = useLogStore((s) => s.follow);
  const atStart = useLogStore((s) => s.atStart);
  const status = useLogStore((s) => s.status);
  const loadingOlder = useLogStore((s) => s.loadingOlder);
  const loadingNewer = useLogStore((s) => s.loadingNewer);
  const newer = useLogStore(hasNewer);
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
    setViewport((v) =>
      v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight },
    );
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
      if (useLogStore.getState().follow) el.scrollTop = el.scrollHeight;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  useEffect(() => {
    reportedBottomRef.current = follow;
  }, [follow]);

  // New content: stick to the bottom while following, otherwise keep the first visible entry where it was.
  // scrollToEndRequest is a dependency on purpose: a request to scroll must run this even when nothing else changed.
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
  // `viewport` and `lines` are dependencies on purpose: each scroll or new page re-checks both ends.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || status !== 'ready') return;
    const s = useLogStore.getState();
    if (!atStart && !loadingOlder && el.scrollTop < OVERSCAN * ROW_HEIGHT) void s.loadOlder();
    else if (newer && !loadingNewer && el.scrollTop + el.clientHeight >= el.scrollHeight - OVERSCAN * ROW_HEIGHT)
      void s.loadNewer();
  }, [viewport, status, atStart, loadingOlder, loadingNewer, newer, lines]);

  // The entries to render.
  const firstRow = Math.max(0, Math.floor(viewport.top / ROW_HEIGHT) - OVERSCAN);
  const lastRow = Math.min(layout.total - 1, Math.ceil((viewport.top + bodyHeight) / ROW_HEIGHT) + OVERSCAN);
  const from = lines.length === 0 ? 0 : layout.indexAt(firstRow);
  const to = lines.length === 0 ? -1 : layout.indexAt(lastRow);
  /** The last fully visible entry: where the first arrow press lands when none is active. */
  const lastVisibleIndex = () => layout.indexAt(Math.max(0, Math.floor((viewport.top + bodyHeight) / ROW_HEIGHT) - 1));
  const reveal = () => {
    revealRef.current = true;
  };

  // The store state read here, handed on so the grid does not subscribe to it a second time.
  const state = { expanded, active, follow, atStart, status, loadingOlder, loadingNewer };
  return { scrollRef, onScroll, layout, lines, from, to, bodyHeight, lastVisibleIndex, reveal, ...state };
}
