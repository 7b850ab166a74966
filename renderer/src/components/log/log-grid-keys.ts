import type { LogState } from '../../stores/log/log-state';
import { indexOfOffset, lineCount } from '../../stores/log/log-window';

/** What a key press needs to know about the view. */
export interface KeyContext {
  /** Rows that one Page Up/Down moves. */
  pageRows: number;
  /** The entry the first arrow press lands on when none is active: the last fully visible one. */
  startIndex: () => number;
  /** Asks the grid to scroll the active entry into view after this move. */
  reveal: () => void;
  /** Opens the details pane on the active entry and moves the focus into it. */
  showDetails?: () => void;
}

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey?: boolean;
}

/**
 * The log grid's key map, as in Windows list views: arrows, Page Up/Down, Home/End move the
 * active entry (Shift extends the selection), Space toggles it, Enter/Right/Left open and close a
 * multi-line entry, F4 or Alt+Enter open the details pane, Escape clears the selection, Ctrl+C
 * copies, Ctrl+A selects all.
 * Answers whether the key was handled (the caller then prevents the browser's default).
 */
export function handleLogGridKey(e: KeyPress, s: LogState, ctx: KeyContext): boolean {
  const n = s.lines.length;
  if (n === 0) return false;
  const ctrl = e.ctrlKey || e.metaKey;
  const index = s.active === null ? -1 : indexOfOffset(s.lines, s.active);
  const move = (to: number) => {
    ctx.reveal();
    s.moveActive(to, e.shiftKey);
  };
  const from = (delta: number) => (index === -1 ? ctx.startIndex() : index + delta);
  if (ctx.showDetails && (e.key === 'F4' || (e.key === 'Enter' && e.altKey))) {
    if (index === -1) s.moveActive(ctx.startIndex());
    ctx.reveal();
    ctx.showDetails();
    return true;
  }
  switch (e.key) {
    case 'ArrowDown':
      move(from(1));
      return true;
    case 'ArrowUp':
      move(from(-1));
      return true;
    case 'PageDown':
      move(from(ctx.pageRows));
      return true;
    case 'PageUp':
      move(from(-ctx.pageRows));
      return true;
    case 'Home':
      move(0);
      return true;
    case 'End':
      move(n - 1);
      return true;
    case ' ':
      if (index === -1) s.moveActive(ctx.startIndex());
      ctx.reveal();
      s.toggleActiveSelected();
      return true;
    case 'Enter':
    case 'ArrowRight':
    case 'ArrowLeft': {
      const line = index === -1 ? undefined : s.lines[index];
      if (!line || lineCount(line) === 1) return false;
      s.toggleExpanded(line.offset, e.key === 'Enter' ? undefined : e.key === 'ArrowRight');
      return true;
    }
    case 'Escape':
      if (s.selected.size === 0) return false;
      s.clearSelection();
      return true;
    default:
      if (ctrl && e.key.toLowerCase() === 'c') void s.copySelected();
      else if (ctrl && e.key.toLowerCase() === 'a') s.selectAll();
      else return false;
      return true;
  }
}
