import { makeStyles, tokens } from '@fluentui/react-components';
import type { KeyboardEvent, PointerEvent, RefObject } from 'react';
import { LOG_MAX_PERCENT, LOG_MIN_PERCENT, LOG_STEP_PERCENT, useLayoutStore } from '../../stores/layout-store';

const useStyles = makeStyles({
  handle: {
    flex: '0 0 auto',
    height: '6px',
    cursor: 'row-resize',
    touchAction: 'none',
    backgroundColor: tokens.colorNeutralBackground3,
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    outlineStyle: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground3Hover },
    '&[data-dragging]': { backgroundColor: tokens.colorBrandBackground },
    ':focus-visible': {
      backgroundColor: tokens.colorBrandBackground,
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
});

/**
 * The separator between the settings area (above) and the log (below), as the WAI-ARIA window
 * splitter: its value is the log's share of the height. Drag it, or focus it (Tab) and use
 * Up/Down (Page Up/Down for bigger steps), Home (smallest log), End (largest), Enter (collapse or
 * open the log).
 */
export function SplitHandle({ areaRef, controls }: { areaRef: RefObject<HTMLElement | null>; controls: string }) {
  const styles = useStyles();
  const percent = useLayoutStore((s) => s.logPercent);
  const collapsed = useLayoutStore((s) => s.logCollapsed);
  const { setLogPercent, toggleLog } = useLayoutStore.getState();

  const percentAt = (clientY: number): number | null => {
    const box = areaRef.current?.getBoundingClientRect();
    if (!box || box.height <= 0) return null;
    return ((box.bottom - clientY) / box.height) * 100;
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault(); // no text selection while dragging
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    e.currentTarget.dataset.dragging = 'true';
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.dataset.dragging !== 'true') return;
    const next = percentAt(e.clientY);
    if (next !== null) setLogPercent(next);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    delete e.currentTarget.dataset.dragging;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const from = collapsed ? LOG_MIN_PERCENT : percent;
    const moves: Record<string, number> = {
      ArrowUp: from + LOG_STEP_PERCENT,
      ArrowDown: from - LOG_STEP_PERCENT,
      PageUp: from + 5 * LOG_STEP_PERCENT,
      PageDown: from - 5 * LOG_STEP_PERCENT,
      Home: LOG_MIN_PERCENT,
      End: LOG_MAX_PERCENT,
    };
    if (e.key === 'Enter' || e.key === ' ') toggleLog();
    else if (e.key in moves) setLogPercent(moves[e.key]!);
    else return;
    e.preventDefault();
  };
  const now = collapsed ? 0 : Math.round(percent);
  return (
    <div
      className={styles.handle}
      role="separator"
      tabIndex={0}
      aria-orientation="horizontal"
      aria-label="Resize the log"
      aria-controls={controls}
      aria-valuemin={0}
      aria-valuemax={LOG_MAX_PERCENT}
      aria-valuenow={now}
      aria-valuetext={collapsed ? 'Log collapsed' : `Log ${now}% of the height`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      onDoubleClick={toggleLog}
      data-testid="log-splitter"
    />
  );
}
