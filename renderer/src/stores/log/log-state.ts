import type { EcmErrorInfo } from '../../../../shared/errors';
import type { LogLevelName, LogPage } from '../../../../shared/ipc/responses';
import type { LogSelection } from './log-selection';
import type { LogWindow } from './log-window';

/**
 * Configurator.log as the log viewer sees it: a window of at most LOG_MAX_LINES entries read
 * from the core page by page (the core filters; the renderer never holds the whole file), the
 * filters, follow mode, the selection and the offsets needed to page older and newer.
 */

export const GREP_DEBOUNCE_MS = 200;
/** The text filter's limit (readLogRequestSchema). */
export const GREP_MAX = 200;

export type LogStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The window (log-window.ts) and selection (log-selection.ts), plus what only the store needs. */
export interface LogState extends LogWindow, LogSelection {
  /** Full path of Configurator.log, once known. */
  path: string | null;
  /** 'debug' shows every level. */
  minLevel: LogLevelName;
  /** What the search box shows (applied after GREP_DEBOUNCE_MS). */
  grepInput: string;
  /** The text filter in force. */
  grep: string;
  /** Scrolled to the newest line: new lines are polled for and shown. */
  follow: boolean;
  status: LogStatus;
  loadingOlder: boolean;
  loadingNewer: boolean;
  error: EcmErrorInfo | null;
  /** Incremented whenever the list should scroll to the newest line. */
  scrollToEndRequest: number;
  /** Shown when the shell could not open the folder: where the log is. */
  folderNotice: string | null;
  /** A short message after copying ("Copied 3 lines."). */
  copyNotice: string | null;

  /** The viewer's first load: the tail, unless `showFirstTail` already put it on screen. */
  start(): Promise<void>;
  /** Shows a tail read before the app's first render (first-frame.ts), as loadTail would. */
  showFirstTail(page: LogPage): void;
  /** Reads the newest lines again with the current filters and follows them. */
  refresh(): Promise<void>;
  /** Same as refresh. */
  loadTail(): Promise<void>;
  /** Reads the page before the oldest loaded entry (scrolling up). */
  loadOlder(): Promise<void>;
  /** Reads back entries dropped from the newest end (scrolling down after paging far back). */
  loadNewer(): Promise<void>;
  /** Reads lines written since the last read; reloads the tail after a rotation. */
  poll(): Promise<void>;
  setMinLevel(level: LogLevelName): void;
  /** The search box's text: applied as the filter after GREP_DEBOUNCE_MS. */
  setGrepInput(text: string): void;
  /** Applies a text filter at once. */
  applyGrep(text: string): void;
  /** Shows the log filtered to `text` (all levels) at its newest line, e.g. "Show in log". */
  showMatching(text: string): void;
  /** The list reports whether it is scrolled to the bottom: that turns following on or off. */
  setAtBottom(atBottom: boolean): void;
  /** Scrolls to the newest line and follows it again. */
  jumpToNewest(): void;
  /** A click on an entry: plain selects it, ctrl toggles it, shift selects the range from the anchor. */
  clickRow(offset: number, mods?: { shift?: boolean; ctrl?: boolean }): void;
  /** Moves the active entry to an index of `lines`; `extend` selects from the anchor to it (Shift+arrows). */
  moveActive(index: number, extend?: boolean): void;
  /** Space: toggles the active entry's selection. */
  toggleActiveSelected(): void;
  selectAll(): void;
  clearSelection(): void;
  toggleExpanded(offset: number, expanded?: boolean): void;
  /** Copies the selected entries (or the active one) as raw log text; answers how many. */
  copySelected(): Promise<number>;
  openLogFolder(): Promise<void>;
  dismissFolderNotice(): void;
}
