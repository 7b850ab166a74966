import { isAscii } from 'node:buffer';

/** Every byte a line of printable ASCII does not have: from 0x80, controls but TAB and LF, and a CR that does not end its line. */
const SPECIAL = /(?:[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\xff]|\r(?!\n))+/g;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

export interface ChunkScan {
  /** Ranges `[start, end)` of special bytes (see SPECIAL), ascending. */
  starts: number[];
  ends: number[];
  /**
   * The chunk in lower case, byte for byte at the same positions: ASCII letters lowered, Latin-1 for
   * the rest. For an ASCII chunk it is a scratch buffer shared by every scan: valid until the next
   * call, so search it at once and never keep it.
   */
  lower: Buffer;
}

// One scratch copy, grown to the largest chunk: a fresh zero-filled 256 KiB buffer per chunk cost
// about as much as lower-casing it.
let scratch = new ArrayBuffer(0);

/** A buffer of `length` bytes in the scratch space, at the same offset modulo 4 as `buf`. */
function lowerBuffer(buf: Buffer): Buffer {
  const align = buf.byteOffset % 4;
  if (scratch.byteLength < buf.length + 4) scratch = new ArrayBuffer(Math.max(buf.length + 4, scratch.byteLength * 2));
  return Buffer.from(scratch, align, buf.length);
}

/**
 * One pass over a chunk: where its special bytes are, and its lower-case copy to search the needle
 * in. A chunk of ASCII (checked natively) is done four bytes at a time with word arithmetic, which
 * is several times faster than decoding it, lower-casing the string and running a regular
 * expression; other chunks take that slower way through their Latin-1 view.
 */
export function scanChunk(buf: Buffer): ChunkScan {
  if (!isAscii(buf)) return scanLatin1(buf);
  const starts: number[] = [];
  const ends: number[] = [];
  const special = (i: number) => {
    const b = buf[i]!;
    if (b >= 0x20 && b !== 0x7f) return;
    if (b === TAB || b === LF || (b === CR && (i + 1 === buf.length || buf[i + 1] === LF))) return;
    starts.push(i);
    ends.push(i + 1);
  };
  // The copy sits at the same offset modulo 4 as the chunk, so both are read as aligned words.
  const lower = lowerBuffer(buf);
  const byte = (i: number) => {
    const b = buf[i]!;
    lower[i] = b >= 0x41 && b <= 0x5a ? b | 0x20 : b;
    special(i);
  };
  const head = Math.min(buf.length, (4 - (buf.byteOffset % 4)) % 4);
  for (let i = 0; i < head; i++) byte(i);
  const count = (buf.length - head) >> 2;
  // Signed words and `| 0` keep every sum a 32-bit integer (wrapping), which the JIT does in
  // registers; the bit tests below only look at the bits of each byte, so wrapping changes nothing.
  const words = new Int32Array(buf.buffer, buf.byteOffset + head, count);
  const out = new Int32Array(lower.buffer, lower.byteOffset + head, count);
  for (let w = 0; w < count; w++) {
    const x = words[w]!;
    // Every byte is below 0x80, so no sum carries into the next byte: the high bit of
    // (byte + 0x3f) is set from 'A' up, of (byte + 0x25) from '[' up; they differ for 'A'..'Z'.
    out[w] = x | (((((x + 0x3f3f3f3f) | 0) ^ ((x + 0x25252525) | 0)) & 0x80808080) >>> 2);
    const del = x ^ 0x7f7f7f7f;
    // The high bit of (byte - n) & ~byte is set for a byte below n: here 0x20, and 0 for DEL.
    if (((((x - 0x20202020) | 0) & ~x) | (((del - 0x01010101) | 0) & ~del)) & 0x80808080) {
      const at = head + w * 4;
      for (let i = at; i < at + 4; i++) special(i);
    }
  }
  for (let i = head + count * 4; i < buf.length; i++) byte(i);
  return { starts, ends, lower };
}

function scanLatin1(buf: Buffer): ChunkScan {
  const text = buf.toString('latin1');
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(SPECIAL)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  // Lower case of Latin-1 stays in Latin-1, one character for one byte.
  return { starts, ends, lower: Buffer.from(text.toLowerCase(), 'latin1') };
}
