import type { LogLevelName } from '../../../shared/ipc/responses';

/**
 * The header of an entry, `[YYYY-MM-DD HH:MM:SS.mmm] [level] `, recognised on the raw bytes, so the
 * reader can tell entries apart and filter by level without decoding a line. It accepts exactly the
 * lines that log-line.ts's HEADER expression accepts: that prefix is ASCII, and UTF-8 decoding never
 * changes an ASCII byte, so the two cannot disagree.
 */
const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
const SPACE = 0x20;

const DIGIT = -1;
const LEVEL_AT = 27;
// The byte each of the first 27 positions must hold, DIGIT where any of 0-9 will do.
const PATTERN = Int16Array.from('[dddd-dd-dd dd:dd:dd.ddd] [', (c) => (c === 'd' ? DIGIT : c.charCodeAt(0)));

function isDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

/** `\w` of a JavaScript regular expression without the `u` flag: ASCII letters, digits and `_`. */
function isWord(b: number): boolean {
  return isDigit(b) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;
}

/**
 * The end of the level name of the header starting at `start` (the position of its `]`), or -1
 * when the bytes `[start, end)` are not a header line.
 */
export function headerLevelEnd(buf: Uint8Array, start: number, end: number): number {
  if (end - start < LEVEL_AT + 3) return -1;
  if (buf[start] !== OPEN) return -1; // most continuation lines stop here
  for (let i = 1; i < LEVEL_AT; i++) {
    const want = PATTERN[i]!;
    const b = buf[start + i]!;
    if (want === DIGIT ? !isDigit(b) : b !== want) return -1;
  }
  let i = start + LEVEL_AT;
  while (i < end && isWord(buf[i]!)) i++;
  if (i === start + LEVEL_AT || i + 1 >= end || buf[i] !== CLOSE || buf[i + 1] !== SPACE) return -1;
  return i;
}

const RANK: Record<LogLevelName, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const NAMED = (['error', 'warn', 'info'] as const).map((name) => ({ bytes: Buffer.from(name), rank: RANK[name] }));

/** The rank of the level written between `start + 27` and `levelEnd`, folded as `normaliseLevel` folds it. */
export function headerRank(buf: Uint8Array, start: number, levelEnd: number): number {
  const from = start + LEVEL_AT;
  next: for (const { bytes, rank } of NAMED) {
    if (levelEnd - from !== bytes.length) continue;
    for (let k = 0; k < bytes.length; k++) if (buf[from + k] !== bytes[k]) continue next;
    return rank;
  }
  return RANK.debug;
}

export function rankOf(level: LogLevelName | undefined): number {
  return level === undefined ? 0 : RANK[level];
}
