import type { LogLevelName, LogLine } from '../../../../shared/ipc/responses';

/**
 * The log viewer's window over Configurator.log, as pure functions: the renderer keeps at most
 * LOG_MAX_LINES entries, oldest first, and remembers where the dropped ends were so it can page
 * back to them. The zustand store (log-store.ts) only sequences calls to the core around these.
 */

/** Entries read when the viewer opens or a filter changes. */
export const LOG_TAIL = 500;
/** Entries per older or newer page. */
export const LOG_PAGE = 1000;
/** Entries asked for when polling for new lines. */
export const LOG_FOLLOW_TAIL = 1000;
/** The most entries the renderer keeps; the far end is dropped when paging. */
export const LOG_MAX_LINES = 20_000;

/** The part of the store's state that describes the window. */
export interface LogWindow {
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

/** Newer entries were dropped from the window and can be read back. */
export function hasNewer(window: Pick<LogWindow, 'newerAnchors'>): boolean {
  return window.newerAnchors.length > 0;
}

/** The filters as the core's readLog takes them ('debug' means every level). */
export function logFilters(minLevel: LogLevelName, grep: string): { minLevel?: LogLevelName; grep?: string } {
  const f: { minLevel?: LogLevelName; grep?: string } = {};
  if (minLevel !== 'debug') f.minLevel = minLevel;
  if (grep) f.grep = grep;
  return f;
}

/**
 * Entries read after the window (a poll or a newer page) appended; above the cap the oldest are
 * dropped and `atStart`/`oldestOffset` say where the window now begins.
 */
export function appendToWindow(
  window: LogWindow,
  incoming: readonly LogLine[],
  max = LOG_MAX_LINES,
): Pick<LogWindow, 'lines'> & Partial<LogWindow> {
  let lines = incoming.length > 0 ? window.lines.concat(incoming) : window.lines;
  if (lines.length <= max) return { lines };
  lines = lines.slice(lines.length - max);
  return { lines, atStart: false, oldestOffset: lines[0]!.offset };
}

/**
 * An older page put in front of the window. Above the cap the newest are dropped and the first
 * dropped entry's offset is pushed on `newerAnchors`, so scrolling down reads them back.
 * A page that brings nothing older ends the paging (`atStart`), so it can never loop.
 */
export function prependToWindow(
  window: LogWindow,
  page: { lines: readonly LogLine[]; startOffset: number; atStart: boolean },
  before: number,
  max = LOG_MAX_LINES,
): Pick<LogWindow, 'lines' | 'atStart' | 'oldestOffset'> & { droppedNewer: boolean; newerAnchors?: number[] } {
  const atStart = page.atStart || page.startOffset >= before;
  const oldestOffset = Math.min(page.startOffset, before);
  let lines = page.lines.length > 0 ? page.lines.concat(window.lines) : window.lines;
  if (lines.length <= max) return { lines, atStart, oldestOffset, droppedNewer: false };
  const firstDropped = lines[max]!.offset;
  lines = lines.slice(0, max);
  return { lines, atStart, oldestOffset, droppedNewer: true, newerAnchors: [...window.newerAnchors, firstDropped] };
}

/** The byte range `[after, before)` of the newest dropped page. */
export function newerPageRange(
  window: Pick<LogWindow, 'newerAnchors' | 'fileSize'>,
): { after: number; before: number } | null {
  const anchors = window.newerAnchors;
  const after = anchors.at(-1);
  if (after === undefined) return null;
  return { after, before: anchors.length > 1 ? anchors.at(-2)! : window.fileSize };
}
