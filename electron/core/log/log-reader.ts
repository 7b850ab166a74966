import { promises as fs } from 'node:fs';
import type { LogLevelName, LogLine, LogPage } from '../../../shared/ipc/responses';
import { escapeLogText } from './log-escape';
import { levelAtLeast, matchesText, parseHeader } from './log-line';

export interface ReadLogOptions {
  tail: number;
  minLevel?: LogLevelName;
  grep?: string;
  /** Only lines starting before this byte offset. */
  before?: number;
  /** Only lines starting at or after this byte offset (following the log live). */
  after?: number;
  /** Stop after scanning this many bytes, so a rare filter on a huge log still answers quickly. */
  maxScanBytes?: number;
}

const CHUNK = 256 * 1024;
const NEWLINE = 0x0a;

/**
 * Reads Configurator.log from the end backwards, a chunk at a time, and returns the newest
 * `tail` entries that pass the filters. It never reads the whole file: the viewer asks for
 * older pages with `before` as the admin scrolls up.
 */
export async function readLogPage(file: string, options: ReadLogOptions): Promise<LogPage> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return { path: file, lines: [], startOffset: 0, atStart: true, fileSize: 0 };
    }
    throw err;
  }
  try {
    const fileSize = (await handle.stat()).size;
    const end = Math.min(options.before ?? fileSize, fileSize);
    // After a rotation the file is shorter than the offset the viewer remembers: read it from the start.
    const after = options.after !== undefined && options.after <= fileSize ? options.after : 0;
    const maxScan = options.maxScanBytes ?? 64 * 1024 * 1024;
    const found: LogLine[] = []; // newest first
    // Continuation lines seen before (i.e. below) their header, newest first; pushed, not unshifted,
    // so an entry with a huge number of lines costs linear time.
    let pending: string[] = [];
    let carry = Buffer.alloc(0); // start of a line cut by the chunk boundary
    let position = end;
    let startOffset = end;

    const take = (text: string, offset: number): boolean => {
      if (offset < after) return true;
      const header = parseHeader(text, offset);
      if (!header) {
        pending.push(escapeLogText(text.replace(/^ {4}/, '')));
        return false;
      }
      if (pending.length > 0) header.message += `\n${pending.reverse().join('\n')}`;
      pending = [];
      startOffset = offset;
      if (levelAtLeast(header.level, options.minLevel) && matchesText(header, options.grep)) found.push(header);
      return found.length >= options.tail;
    };

    scan: while (position > 0 && end - position < maxScan) {
      const size = Math.min(CHUNK, position);
      position -= size;
      const chunk = Buffer.alloc(size);
      await handle.read(chunk, 0, size, position);
      const buf = carry.length > 0 ? Buffer.concat([chunk, carry]) : chunk;
      let lineEnd = buf.length;
      for (let i = buf.length - 1; i >= 0; i--) {
        if (buf[i] !== NEWLINE) continue;
        const line = buf.subarray(i + 1, lineEnd);
        lineEnd = i;
        if (line.length === 0 || (line.length === 1 && line[0] === 0x0d)) continue;
        if (take(stripCr(line.toString('utf8')), position + i + 1)) break scan;
      }
      carry = Buffer.from(buf.subarray(0, lineEnd));
      if (position === 0 && carry.length > 0) {
        take(stripCr(carry.toString('utf8')), 0);
        carry = Buffer.alloc(0);
      }
    }
    const atStart = position === 0 && carry.length === 0 && (found.length < options.tail || startOffset === 0);
    return { path: file, lines: found.reverse(), startOffset, atStart, fileSize };
  } finally {
    await handle.close();
  }
}

function stripCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}
