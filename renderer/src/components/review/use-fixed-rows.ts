import { useCallback, useLayoutEffect, useRef, useState } from 'react';

const OVERSCAN = 6;

/**
 * A minimal virtual list of fixed-height rows: only the visible rows plus OVERSCAN are rendered.
 * `reveal(i)` scrolls row i into view (keyboard moves). `headerPx` is the sticky header above row 0.
 */
export function useFixedRows(count: number, rowPx: number, headerPx: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 0 });

  const measure = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    setViewport((v) =>
      v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight },
    );
  }, []);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  const reveal = useCallback(
    (i: number) => {
      const el = scrollRef.current;
      if (!el) return;
      const top = i * rowPx;
      const visible = el.clientHeight - headerPx;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowPx > el.scrollTop + visible) el.scrollTop = top + rowPx - visible;
      measure();
    },
    [rowPx, headerPx, measure],
  );

  const from = Math.max(0, Math.floor(viewport.top / rowPx) - OVERSCAN);
  const to = Math.min(count - 1, Math.ceil((viewport.top + viewport.height) / rowPx) + OVERSCAN);
  const pageRows = Math.max(1, Math.floor((viewport.height - headerPx) / rowPx) - 1);
  return { scrollRef, onScroll: measure, from, to, pageRows, reveal };
}
