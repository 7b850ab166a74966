import { create } from 'zustand';
import type { LogLine } from '../../../../shared/ipc/responses';
import { indexOfOffset } from './log-window';

/** The id of the log grid, so the details pane can hand focus back to it. */
export const LOG_GRID_ID = 'log-grid';

/**
 * The entry the details pane shows: the keyboard's active entry, else the newest selected one,
 * else none. Follows the grid, so moving through the list with the pane open reads each entry.
 */
export function detailsEntry(
  lines: readonly LogLine[],
  active: number | null,
  selected: ReadonlySet<number>,
): LogLine | null {
  const offsets = active !== null ? [active] : [...selected].sort((a, b) => b - a);
  for (const offset of offsets) {
    const index = indexOfOffset(lines, offset);
    if (index !== -1) return lines[index]!;
  }
  return null;
}

export interface LogDetailsState {
  open: boolean;
  /** Changes each time the pane should take the focus (F4 or Alt+Enter in the grid). */
  focusRequest: number;
  /** Opens the pane; with `focus`, moves the focus into it. */
  show(focus?: boolean): void;
  hide(): void;
  toggle(): void;
}

export function createLogDetailsStore() {
  return create<LogDetailsState>((set, get) => ({
    open: false,
    focusRequest: 0,
    show(focus = false) {
      set({ open: true, focusRequest: focus ? get().focusRequest + 1 : get().focusRequest });
    },
    hide() {
      set({ open: false });
    },
    toggle() {
      set({ open: !get().open });
    },
  }));
}

/** The app's one details pane state. */
export const useLogDetailsStore = createLogDetailsStore();
