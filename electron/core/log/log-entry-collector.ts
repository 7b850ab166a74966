import type { LogLevelName, LogLine } from '../../../shared/ipc/responses';
import type { ChunkGrep } from './log-grep-bytes';
import { headerLevelEnd, headerRank, rankOf } from './log-header-bytes';
import { escapeLogText } from './log-escape';
import { matchesText, parseHeader } from './log-line';

const CR = 0x0d;

/**
 * Gathers entries from lines handed over newest first. Continuation lines are kept as raw bytes
 * until their header shows up; an entry is decoded only when its level passes and the byte scan
 * says its text may match, then checked exactly as before (`parseHeader`, `matchesText`).
 */
export class LogEntryCollector {
  readonly found: LogLine[] = []; // newest first
  startOffset: number;
  private readonly minRank: number;
  // Continuation lines seen before (i.e. below) their header, newest first; pushed, not unshifted,
  // so an entry with a huge number of lines costs linear time.
  private pending: Buffer[] = [];
  private pendingCandidate = false;
  /** Whether the last line handed over was a header (the reader may then skip ahead). */
  lastWasHeader = false;

  constructor(
    private readonly options: { tail: number; minLevel?: LogLevelName; grep?: string },
    private readonly after: number,
    end: number,
  ) {
    this.startOffset = end;
    this.minRank = rankOf(options.minLevel);
  }

  /** Whether continuation lines below are waiting for their header and may match: nothing may be skipped. */
  get waiting(): boolean {
    return this.pendingCandidate;
  }

  /** Entries whose lines were skipped unseen (none can match); the oldest of their headers is at `offset`. */
  skipped(offset: number): void {
    this.startOffset = offset;
    this.pending = [];
    this.pendingCandidate = false;
  }

  /**
   * The line `[start, stop)` of `buf` (without its `\n`), which starts at byte `base + start` of
   * the file. Lines come newest first. Returns true when reading should stop.
   */
  line(buf: Buffer, start: number, stop: number, base: number, grep: ChunkGrep | null): boolean {
    const end = buf[stop - 1] === CR ? stop - 1 : stop;
    if (end === start) return false;
    const offset = base + start;
    if (offset < this.after) return true;
    const levelEnd = headerLevelEnd(buf, start, end);
    this.lastWasHeader = levelEnd !== -1;
    if (levelEnd === -1) {
      this.pending.push(buf.subarray(start, end));
      if (grep && !this.pendingCandidate) this.pendingCandidate = grep.candidate(start, stop);
      return false;
    }
    const pending = this.pending;
    const candidate = this.pendingCandidate;
    this.pending = [];
    this.pendingCandidate = false;
    this.startOffset = offset;
    if (headerRank(buf, start, levelEnd) < this.minRank) return false;
    if (grep && !candidate && !grep.candidate(start, stop)) return false;
    const header = parseHeader(buf.toString('utf8', start, end), offset);
    if (!header) return false; // cannot happen: headerLevelEnd accepts what HEADER accepts
    if (pending.length > 0) header.message += `\n${pending.reverse().map(continuation).join('\n')}`;
    if (matchesText(header, this.options.grep)) this.found.push(header);
    return this.found.length >= this.options.tail;
  }
}

function continuation(bytes: Buffer): string {
  return escapeLogText(bytes.toString('utf8').replace(/^ {4}/, ''));
}
