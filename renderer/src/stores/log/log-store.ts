import { create } from 'zustand';
import type { LogPage } from '../../../../shared/ipc/responses';
import type { RequestOf } from '../../../../shared/ipc/channels';
import { writeClipboard } from '../../api/clipboard';
import { call, errorInfo } from '../../api/ecm-client';
import { takeEarlyTail } from './early-tail';
import { createLogReads } from './log-reads';
import * as selection from './log-selection';
import { formatLogLine, hasNewer } from './log-window';
import { GREP_DEBOUNCE_MS, GREP_MAX, type LogState } from './log-state';

/**
 * A log store. The app uses one (`useLogStore`); tests create their own, each with fresh
 * sequencing state. The reads from the core and their order are log-reads.ts's; this adds the
 * filters, following, the selection, copying and the log folder.
 */
export function createLogStore(
  options: {
    /** A read already under way for the first tail (early-tail.ts), or null to ask the core. */
    firstTail?: (request: RequestOf<'readLog'>) => Promise<LogPage> | null;
  } = {},
) {
  let grepTimer: ReturnType<typeof setTimeout> | null = null;

  function cancelGrepTimer(): void {
    if (grepTimer) clearTimeout(grepTimer);
    grepTimer = null;
  }

  return create<LogState>((set, get) => {
    const { fail, showTail, loadTail, loadOlder, loadNewer, poll } = createLogReads(get, set, options.firstTail);

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
      loadOlder,
      loadNewer,
      poll,

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
