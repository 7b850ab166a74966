import { create } from 'zustand';
import type { LogLine, LogPage } from '../../../../shared/ipc/responses';
import type { RequestOf } from '../../../../shared/ipc/channels';
import { writeClipboard } from '../../api/clipboard';
import { call, errorInfo } from '../../api/ecm-client';
import { takeEarlyTail } from './early-tail';
import * as selection from './log-selection';
import {
  LOG_FOLLOW_TAIL,
  LOG_PAGE,
  LOG_TAIL,
  appendToWindow,
  formatLogLine,
  hasNewer,
  logFilters,
  newerPageRange,
  prependToWindow,
} from './log-window';
import { GREP_DEBOUNCE_MS, GREP_MAX, type LogState } from './log-state';

/**
 * A log store. The app uses one (`useLogStore`); tests create their own, each with fresh
 * sequencing state. Calls to the core run one at a time; `generation` changes when the tail is
 * reloaded, which makes every operation queued or running for the old view drop its result.
 */
export function createLogStore(
  options: {
    /** A read already under way for the first tail (early-tail.ts), or null to ask the core. */
    firstTail?: (request: RequestOf<'readLog'>) => Promise<LogPage> | null;
  } = {},
) {
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

  function cancelGrepTimer(): void {
    if (grepTimer) clearTimeout(grepTimer);
    grepTimer = null;
  }

  return create<LogState>((set, get) => {
    const fail = (err: unknown) => set({ error: errorInfo(err), status: get().lines.length > 0 ? 'ready' : 'error' });
    const filters = () => logFilters(get().minLevel, get().grep);

    /** Appends entries read after the window (poll or loadNewer), dropping the oldest above the cap. */
    const appendLines = (incoming: LogLine[], patch: Partial<LogState>) => {
      const state = get();
      const next = appendToWindow(state, incoming);
      const pruned = next.lines === state.lines ? {} : selection.pruneSelection(state, next.lines);
      set({ ...next, ...pruned, ...patch, error: null, status: 'ready' });
    };

    /** A tail read with the filters in force, on screen and followed. */
    function showTail(page: LogPage): void {
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
        ...selection.pruneSelection(state, page.lines),
        scrollToEndRequest: state.scrollToEndRequest + 1,
      });
    }

    async function loadTail(): Promise<void> {
      generation++;
      pollQueued = false;
      set({
        status: 'loading',
        follow: true,
        loadingOlder: false,
        loadingNewer: false,
        scrollToEndRequest: get().scrollToEndRequest + 1,
      });
      return enqueue(async (gen) => {
        try {
          const request = { tail: LOG_TAIL, ...filters() };
          const page = await (options.firstTail?.(request) ?? call('readLog', request));
          if (gen === generation) showTail(page);
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
      selected: selection.NO_OFFSETS,
      anchor: null,
      active: null,
      expanded: selection.NO_OFFSETS,
      scrollToEndRequest: 0,
      folderNotice: null,
      copyNotice: null,

      async start() {
        if (get().status === 'idle') return loadTail();
      },
      showFirstTail(page) {
        // Only before anything else was asked for: it answers the default filters.
        if (get().status === 'idle') showTail(page);
      },
      refresh: loadTail,
      loadTail,

      async loadOlder() {
        const s = get();
        if (s.atStart || s.loadingOlder || s.status !== 'ready') return;
        set({ loadingOlder: true });
        return enqueue(async (gen) => {
          try {
            const before = get().oldestOffset;
            const page = await call('readLog', { tail: LOG_PAGE, before, ...filters() });
            if (gen !== generation) return;
            const state = get();
            const { droppedNewer, ...next } = prependToWindow(state, page, before);
            const dropped = droppedNewer ? { follow: false, ...selection.pruneSelection(state, next.lines) } : {};
            set({ ...next, ...dropped, loadingOlder: false, error: null });
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
            const range = newerPageRange(state);
            if (!range) return;
            // Each dropped page holds at most LOG_PAGE entries, so this reads all of [after, before).
            const page = await call('readLog', { tail: 10_000, ...range, ...filters() });
            if (gen !== generation) return;
            if (page.fileSize < state.fileSize) {
              void loadTail(); // rotated meanwhile: the offsets mean nothing any more
              return;
            }
            appendLines(page.lines, { newerAnchors: state.newerAnchors.slice(0, -1), loadingNewer: false });
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
            const page: LogPage = await call('readLog', { tail: LOG_FOLLOW_TAIL, after: state.fileSize, ...filters() });
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
        cancelGrepTimer();
        grepTimer = setTimeout(() => {
          grepTimer = null;
          get().applyGrep(value);
        }, GREP_DEBOUNCE_MS);
      },

      applyGrep(text) {
        cancelGrepTimer();
        const value = text.slice(0, GREP_MAX);
        const changed = value !== get().grep;
        set({ grepInput: value, grep: value });
        if (changed) void loadTail();
      },

      showMatching(text) {
        cancelGrepTimer();
        const value = text.slice(0, GREP_MAX);
        set({ grepInput: value, grep: value, minLevel: 'debug', selected: selection.NO_OFFSETS, anchor: null });
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

      clickRow: (offset, mods) => set(selection.clickRow(get(), get().lines, offset, mods)),
      moveActive: (index, extend) => set(selection.moveActive(get(), get().lines, index, extend)),
      toggleActiveSelected: () => set(selection.toggleActive(get())),
      selectAll: () => set(selection.selectAll(get().lines)),
      clearSelection: () => set({ selected: selection.NO_OFFSETS, anchor: null }),

      toggleExpanded(offset, expanded) {
        const patch = selection.toggleExpanded(get(), offset, expanded);
        if (patch) set(patch);
      },

      async copySelected() {
        const chosen = selection.entriesToCopy(get(), get().lines);
        if (chosen.length === 0) return 0;
        try {
          await writeClipboard(chosen.map(formatLogLine).join('\n'));
          const notice = `Copied ${chosen.length} line${chosen.length === 1 ? '' : 's'}.`;
          set({ copyNotice: notice });
          setTimeout(() => {
            if (get().copyNotice === notice) set({ copyNotice: null });
          }, 4000);
          return chosen.length;
        } catch (err) {
          set({
            copyNotice: null,
            error: { code: 'INTERNAL', message: `Could not copy to the clipboard: ${errorInfo(err).message}` },
          });
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
}

export const useLogStore = createLogStore({ firstTail: takeEarlyTail });
