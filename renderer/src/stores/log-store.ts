import { create } from 'zustand';
import type { EcmErrorInfo } from '../../../shared/errors';
import type { LogLevelName, LogLine, LogPage } from '../../../shared/ipc/responses';
import { call, errorInfo } from '../api/ecm-client';

/**
 * Configurator.log as the log viewer sees it: a window of at most LOG_MAX_LINES entries read
 * from the core page by page (the core filters; the renderer never holds the whole file), the
 * filters, follow mode, the selection and the offsets needed to page older and newer.
 */

/** Entries read when the viewer opens or a filter changes. */
export const LOG_TAIL = 500;
/** Entries per older or newer page. */
export const LOG_PAGE = 1000;
/** Entries asked for when polling for new lines. */
export const LOG_FOLLOW_TAIL = 1000;
/** The most entries the renderer keeps; the far end is dropped when paging. */
export const LOG_MAX_LINES = 20_000;
export const GREP_DEBOUNCE_MS = 200;
/** The text filter's limit (readLogRequestSchema). */
export const GREP_MAX = 200;

export type LogStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface LogState {
  /** Full path of Configurator.log, once known. */
  path: string | null;
  /** The loaded window, oldest first (offsets ascending). */
  lines: LogLine[];
  /** Nothing older than `lines[0]` passes the filters. */
  atStart: boolean;
  /** `before` for the next older page. */
  oldestOffset: number;
  /**
   * Offsets of newer entries dropped to respect the cap, as a stack: the last item is the first
   * entry after the window; each item's page ends at the item below it, the bottom one at `fileSize`.
   */
  newerAnchors: number[];
  /** File size at the last read that reached the end of the file (`after` for the next poll). */
  fileSize: number;
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
  /** Selected entries, by byte offset. */
  selected: ReadonlySet<number>;
  /** Where a shift-click or Shift+arrow range starts. */
  anchor: number | null;
  /** The keyboard's current entry. */
  active: number | null;
  /** Multi-line entries shown in full. */
  expanded: ReadonlySet<number>;
  /** Incremented whenever the list should scroll to the newest line. */
  scrollToEndRequest: number;
  /** Shown when the shell could not open the folder: where the log is. */
  folderNotice: string | null;
  /** A short message after copying ("Copied 3 lines."). */
  copyNotice: string | null;

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

/** The entry as written in Configurator.log: `[time] [level] [scope] message`, continuation lines indented. */
export function formatLogLine(line: LogLine): string {
  const scope = line.scope ? `[${line.scope}] ` : '';
  return `[${line.time}] [${line.level}] ${scope}${line.message.replace(/\n/g, '\n    ')}`;
}

/** Index of the entry at `offset` in `lines` (sorted by offset), or -1. */
export function indexOfOffset(lines: readonly LogLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const o = lines[mid]!.offset;
    if (o === offset) return mid;
    if (o < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Lines a message spans (1 + its continuation lines). */
export function lineCount(line: LogLine): number {
  let n = 1;
  for (let i = line.message.indexOf('\n'); i !== -1; i = line.message.indexOf('\n', i + 1)) n++;
  return n;
}

export function hasNewer(state: Pick<LogState, 'newerAnchors'>): boolean {
  return state.newerAnchors.length > 0;
}

// One operation at a time against the core; `generation` changes when the tail is reloaded,
// which makes every operation queued or running for the old view drop its result.
let generation = 0;
let queue: Promise<void> = Promise.resolve();
let pollQueued = false;
let grepTimer: ReturnType<typeof setTimeout> | null = null;

function enqueue(op: (gen: number) => Promise<void>): Promise<void> {
  const gen = generation;
  const run = queue.then(() => (gen === generation ? op(gen) : undefined));
  queue = run.catch(() => {});
  return run;
}

function filters(state: LogState): { minLevel?: LogLevelName; grep?: string } {
  const f: { minLevel?: LogLevelName; grep?: string } = {};
  if (state.minLevel !== 'debug') f.minLevel = state.minLevel;
  if (state.grep) f.grep = state.grep;
  return f;
}

/** Keeps only the selection, anchor, active entry and expansions still inside the window. */
function pruneTo(state: LogState, lines: LogLine[]): Pick<LogState, 'selected' | 'anchor' | 'active' | 'expanded'> {
  const first = lines[0]?.offset ?? Infinity;
  const last = lines.at(-1)?.offset ?? -Infinity;
  const inside = (o: number | null) => (o !== null && o >= first && o <= last ? o : null);
  const keep = (set: ReadonlySet<number>) => {
    if (set.size === 0) return set;
    const next = new Set<number>();
    for (const o of set) if (o >= first && o <= last) next.add(o);
    return next.size === set.size ? set : next;
  };
  return { selected: keep(state.selected), anchor: inside(state.anchor), active: inside(state.active), expanded: keep(state.expanded) };
}

const NONE: ReadonlySet<number> = new Set();

export const useLogStore = create<LogState>((set, get) => {
  const fail = (err: unknown) => set({ error: errorInfo(err), status: get().lines.length > 0 ? 'ready' : 'error' });

  /** Appends entries read after the window (poll or loadNewer), dropping the oldest above the cap. */
  const appendLines = (incoming: LogLine[], patch: Partial<LogState>) => {
    const state = get();
    let lines = incoming.length > 0 ? state.lines.concat(incoming) : state.lines;
    let older: Partial<LogState> = {};
    if (lines.length > LOG_MAX_LINES) {
      lines = lines.slice(lines.length - LOG_MAX_LINES);
      older = { atStart: false, oldestOffset: lines[0]!.offset, ...pruneTo(state, lines) };
    }
    set({ lines, ...older, ...patch, error: null, status: 'ready' });
  };

  async function loadTail(): Promise<void> {
    generation++;
    pollQueued = false;
    set({ status: 'loading', follow: true, loadingOlder: false, loadingNewer: false, scrollToEndRequest: get().scrollToEndRequest + 1 });
    return enqueue(async (gen) => {
      try {
        const page = await call('readLog', { tail: LOG_TAIL, ...filters(get()) });
        if (gen !== generation) return;
        const state = get();
        set({
          path: page.path,
          lines: page.lines,
          atStart: page.atStart,
          oldestOffset: page.startOffset,
          newerAnchors: [],
          fileSize: page.fileSize,
          follow: true,
          status: 'ready',
          error: null,
          ...pruneTo(state, page.lines),
          scrollToEndRequest: state.scrollToEndRequest + 1,
        });
      } catch (err) {
        if (gen === generation) fail(err);
      }
    });
  }

  return {
    path: null,
    lines: [],
    atStart: false,
    oldestOffset: 0,
    newerAnchors: [],
    fileSize: 0,
    minLevel: 'debug',
    grepInput: '',
    grep: '',
    follow: true,
    status: 'idle',
    loadingOlder: false,
    loadingNewer: false,
    error: null,
    selected: NONE,
    anchor: null,
    active: null,
    expanded: NONE,
    scrollToEndRequest: 0,
    folderNotice: null,
    copyNotice: null,

    refresh: loadTail,
    loadTail,

    async loadOlder() {
      const s = get();
      if (s.atStart || s.loadingOlder || s.status !== 'ready') return;
      set({ loadingOlder: true });
      return enqueue(async (gen) => {
        try {
          const before = get().oldestOffset;
          const page = await call('readLog', { tail: LOG_PAGE, before, ...filters(get()) });
          if (gen !== generation) return;
          const state = get();
          // No progress (nothing older to read) must not loop.
          const atStart = page.atStart || page.startOffset >= before;
          let lines = page.lines.length > 0 ? page.lines.concat(state.lines) : state.lines;
          let newer: Partial<LogState> = {};
          if (lines.length > LOG_MAX_LINES) {
            const firstDropped = lines[LOG_MAX_LINES]!.offset;
            lines = lines.slice(0, LOG_MAX_LINES);
            newer = { newerAnchors: [...state.newerAnchors, firstDropped], follow: false, ...pruneTo(state, lines) };
          }
          set({ lines, atStart, oldestOffset: Math.min(page.startOffset, before), loadingOlder: false, error: null, ...newer });
        } catch (err) {
          if (gen !== generation) return;
          set({ loadingOlder: false });
          fail(err);
        }
      });
    },

    async loadNewer() {
      const s = get();
      if (!hasNewer(s) || s.loadingNewer || s.status !== 'ready') return;
      set({ loadingNewer: true });
      return enqueue(async (gen) => {
        try {
          const state = get();
          const anchors = state.newerAnchors;
          const after = anchors.at(-1)!;
          const before = anchors.length > 1 ? anchors.at(-2)! : state.fileSize;
          // Each dropped page holds at most LOG_PAGE entries, so this reads all of [after, before).
          const page = await call('readLog', { tail: 10_000, after, before, ...filters(state) });
          if (gen !== generation) return;
          if (page.fileSize < state.fileSize) {
            void loadTail(); // rotated meanwhile: the offsets mean nothing any more
            return;
          }
          appendLines(page.lines, { newerAnchors: anchors.slice(0, -1), loadingNewer: false });
        } catch (err) {
          if (gen !== generation) return;
          set({ loadingNewer: false });
          fail(err);
        }
      });
    },

    async poll() {
      const s = get();
      if (pollQueued || hasNewer(s) || s.status !== 'ready') return;
      pollQueued = true;
      return enqueue(async (gen) => {
        try {
          const state = get();
          if (hasNewer(state)) return;
          const page: LogPage = await call('readLog', { tail: LOG_FOLLOW_TAIL, after: state.fileSize, ...filters(state) });
          if (gen !== generation) return;
          // Rotated (the file shrank), or more new lines than one poll returns: read the tail again.
          const gap = page.lines.length >= LOG_FOLLOW_TAIL && page.startOffset > state.fileSize;
          if (page.fileSize < state.fileSize || gap) {
            pollQueued = false;
            void loadTail();
            return;
          }
          if (page.lines.length === 0 && page.fileSize === state.fileSize && !state.error) return;
          appendLines(page.lines, { fileSize: page.fileSize, path: page.path });
        } catch (err) {
          if (gen === generation) fail(err);
        } finally {
          if (gen === generation) pollQueued = false;
        }
      });
    },

    setMinLevel(level) {
      if (level === get().minLevel) return;
      set({ minLevel: level });
      void loadTail();
    },

    setGrepInput(text) {
      const value = text.slice(0, GREP_MAX);
      set({ grepInput: value });
      if (grepTimer) clearTimeout(grepTimer);
      grepTimer = setTimeout(() => {
        grepTimer = null;
        get().applyGrep(value);
      }, GREP_DEBOUNCE_MS);
    },

    applyGrep(text) {
      if (grepTimer) {
        clearTimeout(grepTimer);
        grepTimer = null;
      }
      const value = text.slice(0, GREP_MAX);
      const changed = value !== get().grep;
      set({ grepInput: value, grep: value });
      if (changed) void loadTail();
    },

    showMatching(text) {
      if (grepTimer) {
        clearTimeout(grepTimer);
        grepTimer = null;
      }
      const value = text.slice(0, GREP_MAX);
      set({ grepInput: value, grep: value, minLevel: 'debug', selected: NONE, anchor: null });
      void loadTail();
    },

    setAtBottom(atBottom) {
      const s = get();
      if (atBottom) {
        if (hasNewer(s)) void get().loadNewer();
        else if (!s.follow) {
          set({ follow: true });
          void get().poll();
        }
      } else if (s.follow) {
        set({ follow: false });
      }
    },

    jumpToNewest() {
      const s = get();
      if (hasNewer(s)) {
        void loadTail();
        return;
      }
      set({ follow: true, scrollToEndRequest: s.scrollToEndRequest + 1 });
      void get().poll();
    },

    clickRow(offset, mods = {}) {
      const s = get();
      if (mods.shift) {
        const from = indexOfOffset(s.lines, s.anchor ?? s.active ?? offset);
        const to = indexOfOffset(s.lines, offset);
        if (to === -1) return;
        const start = Math.min(from === -1 ? to : from, to);
        const end = Math.max(from === -1 ? to : from, to);
        const selected = new Set<number>(mods.ctrl ? s.selected : []);
        for (let i = start; i <= end; i++) selected.add(s.lines[i]!.offset);
        set({ selected, active: offset, anchor: s.anchor ?? offset });
      } else if (mods.ctrl) {
        const selected = new Set(s.selected);
        if (!selected.delete(offset)) selected.add(offset);
        set({ selected, active: offset, anchor: offset });
      } else {
        set({ selected: new Set([offset]), active: offset, anchor: offset });
      }
    },

    moveActive(index, extend = false) {
      const s = get();
      if (s.lines.length === 0) return;
      const i = Math.max(0, Math.min(s.lines.length - 1, index));
      const offset = s.lines[i]!.offset;
      if (!extend) {
        set({ active: offset, anchor: offset });
        return;
      }
      const anchor = s.anchor ?? s.active ?? offset;
      const from = indexOfOffset(s.lines, anchor);
      const start = Math.min(from === -1 ? i : from, i);
      const end = Math.max(from === -1 ? i : from, i);
      const selected = new Set<number>();
      for (let k = start; k <= end; k++) selected.add(s.lines[k]!.offset);
      set({ active: offset, anchor, selected });
    },

    toggleActiveSelected() {
      const s = get();
      if (s.active === null) return;
      const selected = new Set(s.selected);
      if (!selected.delete(s.active)) selected.add(s.active);
      set({ selected, anchor: s.active });
    },

    selectAll() {
      const s = get();
      set({ selected: new Set(s.lines.map((l) => l.offset)), anchor: s.lines[0]?.offset ?? null });
    },

    clearSelection() {
      set({ selected: NONE, anchor: null });
    },

    toggleExpanded(offset, expanded) {
      const s = get();
      const isOpen = s.expanded.has(offset);
      const want = expanded ?? !isOpen;
      if (want === isOpen) return;
      const next = new Set(s.expanded);
      if (want) next.add(offset);
      else next.delete(offset);
      set({ expanded: next });
    },

    async copySelected() {
      const s = get();
      const chosen = s.selected.size > 0 ? s.lines.filter((l) => s.selected.has(l.offset)) : s.lines.filter((l) => l.offset === s.active);
      if (chosen.length === 0) return 0;
      const text = chosen.map(formatLogLine).join('\n');
      try {
        await writeClipboard(text);
        const notice = `Copied ${chosen.length} line${chosen.length === 1 ? '' : 's'}.`;
        set({ copyNotice: notice });
        setTimeout(() => {
          if (get().copyNotice === notice) set({ copyNotice: null });
        }, 4000);
        return chosen.length;
      } catch (err) {
        set({ copyNotice: null, error: { code: 'INTERNAL', message: `Could not copy to the clipboard: ${errorInfo(err).message}` } });
        return 0;
      }
    },

    async openLogFolder() {
      try {
        const { opened, path } = await call('openLogFolder', {});
        set({ folderNotice: opened ? null : path, error: null });
      } catch (err) {
        fail(err);
      }
    },

    dismissFolderNotice() {
      set({ folderNotice: null });
    },
  };
});

/** navigator.clipboard where the page may use it; a hidden text area and execCommand otherwise. */
async function writeClipboard(text: string): Promise<void> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(text);
  } catch (err) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    const focused = document.activeElement as HTMLElement | null;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    focused?.focus();
    if (!ok) throw err;
  }
}
