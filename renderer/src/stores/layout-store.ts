import { create } from 'zustand';

/** The log's share of the height below the title bar, in percent, when nothing was saved. */
export const LOG_DEFAULT_PERCENT = 20;
/** The smallest open log: its toolbar, the column headers and a few lines at 700 px. */
export const LOG_MIN_PERCENT = 15;
/** The largest log: the settings area keeps its header, toolbar and a field or two. */
export const LOG_MAX_PERCENT = 75;
/** One arrow key press moves the separator this much; Page Up/Down five times as much. */
export const LOG_STEP_PERCENT = 2;

/** localStorage key; the page's origin (app://ecm) keeps it across runs, per Windows user. */
export const LAYOUT_STORAGE_KEY = 'ecm.layout';

export interface LayoutState {
  logPercent: number;
  logCollapsed: boolean;
  /** Sets the log's size (clamped); opens a collapsed log. Saved at once. */
  setLogPercent(percent: number): void;
  /** Collapses the log to its toolbar, or opens it again at its last size. Saved at once. */
  toggleLog(): void;
}

export function clampLogPercent(percent: number): number {
  if (!Number.isFinite(percent)) return LOG_DEFAULT_PERCENT;
  return Math.min(LOG_MAX_PERCENT, Math.max(LOG_MIN_PERCENT, Math.round(percent * 10) / 10));
}

function readSaved(): Pick<LayoutState, 'logPercent' | 'logCollapsed'> {
  try {
    const raw = JSON.parse(localStorage.getItem(LAYOUT_STORAGE_KEY) ?? '{}') as {
      logPercent?: unknown;
      logCollapsed?: unknown;
    };
    return {
      logPercent: typeof raw.logPercent === 'number' ? clampLogPercent(raw.logPercent) : LOG_DEFAULT_PERCENT,
      logCollapsed: raw.logCollapsed === true,
    };
  } catch {
    return { logPercent: LOG_DEFAULT_PERCENT, logCollapsed: false }; // unreadable: start from the defaults
  }
}

function write(state: Pick<LayoutState, 'logPercent' | 'logCollapsed'>): void {
  try {
    localStorage.setItem(
      LAYOUT_STORAGE_KEY,
      JSON.stringify({ logPercent: state.logPercent, logCollapsed: state.logCollapsed }),
    );
  } catch {
    // Storage full or refused: the layout still works, it is just not remembered.
  }
}

/** The main window's split between the settings and the log, remembered across runs. */
export const useLayoutStore = create<LayoutState>((set, get) => ({
  ...readSaved(),
  setLogPercent(percent) {
    set({ logPercent: clampLogPercent(percent), logCollapsed: false });
    write(get());
  },
  toggleLog() {
    set({ logCollapsed: !get().logCollapsed });
    write(get());
  },
}));
