import { isAscii } from 'node:buffer';

/** Every byte a line of printable ASCII does not have: from 0x80, controls but TAB and LF, and a CR that does not end its line. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SPECIAL = /(?:[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\xff]|\r(?!\n))+/g;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The ranges `[start, end)` of "special" bytes in a chunk (see SPECIAL), ascending. A chunk of
 * ASCII (checked natively) is searched four bytes at a time for a byte below 0x20 or 0x7f, which
 * is much faster than a regular expression; others go through SPECIAL on their Latin-1 view.
 */
export function specialRanges(buf: Buffer, text: () => string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const add = (i: number) => {
    const b = buf[i]!;
    if (b >= 0x20 && b !== 0x7f) return;
    if (b === TAB || b === LF || (b === CR && (i + 1 === buf.length || buf[i + 1] === LF))) return;
    starts.push(i);
    ends.push(i + 1);
  };
  if (!isAscii(buf)) {
    for (const m of text().matchAll(SPECIAL)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
    return { starts, ends };
  }
  const head = Math.min(buf.length, (4 - (buf.byteOffset % 4)) % 4);
  for (let i = 0; i < head; i++) add(i);
  const words = new Uint32Array(buf.buffer, buf.byteOffset + head, (buf.length - head) >> 2);
  for (let w = 0; w < words.length; w++) {
    const x = words[w]!;
    const del = x ^ 0x7f7f7f7f;
    // Bytes are below 0x80 here, so the high bit of (byte - n) & ~byte is set exactly for a byte below n.
    if ((((x - 0x20202020) & ~x) | ((del - 0x01010101) & ~del)) & 0x80808080) {
      const at = head + w * 4;
      for (let i = at; i < at + 4; i++) add(i);
    }
  }
  for (let i = head + words.length * 4; i < buf.length; i++) add(i);
  return { starts, ends };
}
