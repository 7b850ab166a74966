import type { ChunkGrep } from './log-grep-bytes';
import { headerLevelEnd } from './log-header-bytes';

const NEWLINE = 0x0a;

/** Whether the line starting at `start` (ending before the next `\n` or `limit`) is a header. */
function isHeader(buf: Buffer, start: number, limit: number): boolean {
  const nl = buf.indexOf(NEWLINE, start);
  const end = nl === -1 || nl > limit ? limit : nl;
  return headerLevelEnd(buf, start, buf[end - 1] === 0x0d ? end - 1 : end) !== -1;
}

/** The start of the first header line in `[from, limit)` (lines starting at `from`), or -1. */
export function firstHeader(buf: Buffer, from: number, limit: number): number {
  for (let at = from; at < limit;) {
    if (isHeader(buf, at, limit)) return at;
    const nl = buf.indexOf(NEWLINE, at);
    if (nl === -1 || nl >= limit) return -1;
    at = nl + 1;
  }
  return -1;
}

/**
 * With a text filter and no entry waiting for its header, the lines from the end of the last
 * candidate's entry up to `lineEnd` belong to entries with no candidate line: none can match.
 * Answers where the line-by-line walk must resume: the start of the first header after the last
 * candidate's line (the candidate's continuation lines stay in the walk), or `lineEnd` when there is
 * none in between; -1 when no complete line before `lineEnd` holds a candidate.
 */
export function resumeAt(buf: Buffer, grep: ChunkGrep, lineEnd: number): number {
  const candidate = grep.lastCandidateBefore(lineEnd);
  if (candidate === -1) return -1;
  const lineStart = candidate === 0 ? 0 : buf.lastIndexOf(NEWLINE, candidate - 1) + 1;
  if (lineStart === 0) return -1; // in the cut first line: it is read with the next chunk
  const nl = buf.indexOf(NEWLINE, candidate);
  if (nl === -1 || nl >= lineEnd) return lineEnd;
  const header = firstHeader(buf, nl + 1, lineEnd);
  return header === -1 ? lineEnd : header - 1; // the `\n` before that header
}
