/**
 * The text filter's first pass on raw bytes: which lines of a chunk could hold a match, found with
 * one lower-cased copy of the chunk and `indexOf`, so most lines are never decoded. It may
 * say yes too often (the entry is then decoded and checked exactly by `matchesText`), never too
 * rarely. Why that holds:
 *
 * - `matchesText` looks for the lower-cased needle in `scope + ' ' + message`, where the message is
 *   the header line's text and each continuation line without its four-space indent, joined by `\n`.
 *   Every piece of the needle between whitespace therefore lies within one line of the raw entry.
 * - A line of printable ASCII (TAB allowed) is decoded and escaped to itself, and its lower case is
 *   its ASCII lower case: such a line holds a match of the longest piece only if the lower-cased
 *   bytes hold it.
 * - Every other line (a byte from 0x80, a control, a CR that does not end the line) is "special":
 *   always a candidate, since Unicode case folding and escaping change what it reads as.
 */
import { scanChunk } from './log-control-bytes';

/** The piece of the lower-cased needle the bytes are searched for: null when there is none to search for. */
export function grepPiece(needle: string): string | null {
  const pieces = needle.toLowerCase().split(/\s+/).filter(Boolean);
  if (pieces.length === 0) return null;
  return pieces.reduce((a, b) => (b.length > a.length ? b : a));
}

/** Sorted ranges `[start, end)` of a chunk, asked about lines from the last one to the first. */
class Ranges {
  private top: number;
  constructor(
    private readonly starts: number[],
    private readonly ends: number[],
  ) {
    this.top = starts.length - 1;
  }

  /** Whether a range lies within `[start, end)`; lines must be asked about in decreasing order. */
  within(start: number, end: number): boolean {
    while (this.top >= 0 && this.ends[this.top]! > end) this.top--;
    return this.top >= 0 && this.starts[this.top]! >= start;
  }

  /** The start of the last range ending at or before `end`, or -1; same order rule as `within`. */
  lastBefore(end: number): number {
    while (this.top >= 0 && this.ends[this.top]! > end) this.top--;
    return this.top >= 0 ? this.starts[this.top]! : -1;
  }
}

/** Answers, line by line from the end of a chunk, whether a line could match the needle. */
export class ChunkGrep {
  private readonly matches: Ranges;
  private readonly special: Ranges;
  private readonly everything: boolean;

  constructor(buf: Buffer, piece: string | null) {
    const scan = scanChunk(buf);
    this.special = new Ranges(scan.starts, scan.ends);
    const found: number[] = [];
    const foundEnds: number[] = [];
    // A piece outside ASCII cannot be in a line of printable ASCII: only special lines are candidates.
    const ascii = piece !== null && !/[\u0080-\uffff]/.test(piece);
    // No piece: nothing to search for, every line is a candidate.
    this.everything = piece === null;
    if (ascii) {
      const needle = Buffer.from(piece, 'latin1');
      for (let i = scan.lower.indexOf(needle); i !== -1; i = scan.lower.indexOf(needle, i + needle.length)) {
        found.push(i);
        foundEnds.push(i + needle.length);
      }
    }
    this.matches = new Ranges(found, foundEnds);
  }

  /** Whether the line `[start, end)` could hold a match; ask about lines in decreasing order. */
  candidate(start: number, end: number): boolean {
    const special = this.special.within(start, end);
    const match = this.matches.within(start, end);
    return this.everything || special || match;
  }

  /**
   * Where the last candidate before `end` starts, or -1 when there is none: the reader skips the
   * lines after it without looking at them. Every position is one when every line is a candidate.
   */
  lastCandidateBefore(end: number): number {
    if (this.everything) return end - 1;
    return Math.max(this.special.lastBefore(end), this.matches.lastBefore(end));
  }
}
