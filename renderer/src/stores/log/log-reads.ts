import type { RequestOf } from '../../../../shared/ipc/channels';
import type { LogLine, LogPage } from '../../../../shared/ipc/responses';
import { call, errorInfo } from '../../api/ecm-client';
import * as selection from './log-selection';
import type { LogState } from './log-state';
import {
  LOG_FOLLOW_TAIL,
  LOG_PAGE,
  LOG_TAIL,
  appendToWindow,
  hasNewer,
  logFilters,
  newerPageRange,
  prependToWindow,
} from './log-window';

/**
 * The log viewer's reads from the core (the tail, older and newer pages, new lines) and their
 * sequencing: calls to the core run one at a time, and `generation` changes when the tail is
 * reloaded, which makes every read queued or running for the old view drop its result. Each store
 * (log-store.ts) has its own.
 */
export function createLogReads(
  get: () => LogState,
  set: (patch: Partial<LogState>) => void,
  /** A read already under way for the first tail (early-tail.ts), or null to ask the core. */
  firstTail?: (request: RequestOf<'readLog'>) => Promise<LogPage> | null,
) {
  let generation = 0;
  let queue: Promise<void> = Promise.resolve();
  let pollQueued = false;

  function enqueue(op: (gen: number) => Promise<void>): Promise<void> {
    const gen = generation;
    const run = queue.then(() => (gen === generation ? op(gen) : undefined));
    queue = run.catch(() => {});
    return run;
  }

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
        const page = await (firstTail?.(request) ?? call('readLog', request));
        if (gen === generation) showTail(page);
      } catch (err) {
        if (gen === generation) fail(err);
      }
    });
  }

  async function loadOlder(): Promise<void> {
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
  }

  async function loadNewer(): Promise<void> {
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
  }

  async function poll(): Promise<void> {
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
  }

  return { fail, showTail, loadTail, loadOlder, loadNewer, poll };
}
