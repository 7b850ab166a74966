import { promises as fs } from 'node:fs';
import type { LogLevelName, LogPage } from '../../../shared/ipc/responses';
import { LogEntryCollector } from './log-entry-collector';
import { ChunkGrep, grepPiece } from './log-grep-bytes';
import { firstHeader, resumeAt } from './log-skip';

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
  /** Bytes read at a time (tests make it tiny to put chunk boundaries everywhere); not part of the IPC request. */
  chunkBytes?: number;
}

const CHUNK = 256 * 1024;
const NEWLINE = 0x0a;

/**
 * Reads Configurator.log from the end backwards, a chunk at a time, and returns the newest
 * `tail` entries that pass the filters. It never reads the whole file: the viewer asks for
 * older pages with `before` as the admin scrolls up. Lines are found and filtered on the raw bytes
 * (log-header-bytes.ts, log-grep-bytes.ts); only entries that may pass are decoded.
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
    const entries = new LogEntryCollector(options, after, end);
    const piece = options.grep ? grepPiece(options.grep) : null;
    let carry = Buffer.alloc(0); // start of a line cut by the chunk boundary
    let position = end;

    scan: while (position > 0 && end - position < maxScan) {
      const size = Math.min(options.chunkBytes ?? CHUNK, position);
      position -= size;
      // The chunk and the line cut at its end in one buffer, without copying the chunk a second time.
      const buf = Buffer.allocUnsafe(size + carry.length);
      await handle.read(buf, 0, size, position);
      carry.copy(buf, size);
      const grep = options.grep ? new ChunkGrep(buf, piece) : null;
      let lineEnd = buf.length;
      // With a text filter, entries with no candidate line are skipped unseen (log-skip.ts); only
      // right after a header, when no entry is waiting for its own. Following (`after`) reads all.
      let skip = grep !== null && after === 0;
      while (lineEnd > 0) {
        if (skip && !entries.waiting) {
          skip = false;
          const resume = resumeAt(buf, grep!, lineEnd);
          const firstNl = resume === -1 ? buf.indexOf(NEWLINE) : -1;
          const top = firstNl !== -1 && firstNl < lineEnd ? firstHeader(buf, firstNl + 1, lineEnd) : -1;
          const header = resume !== -1 && resume < lineEnd ? resume + 1 : top;
          if (header !== -1) {
            entries.skipped(position + header);
            lineEnd = header - 1;
          }
          continue;
        }
        skip = false;
        const i = buf.lastIndexOf(NEWLINE, lineEnd - 1);
        if (i === -1) break;
        const start = i + 1;
        const stop = lineEnd;
        lineEnd = i;
        if (stop > start && entries.line(buf, start, stop, position, grep)) break scan;
        skip = grep !== null && after === 0 && entries.lastWasHeader;
      }
      carry = Buffer.from(buf.subarray(0, lineEnd));
      if (position === 0 && carry.length > 0) {
        entries.line(carry, 0, carry.length, 0, options.grep ? new ChunkGrep(carry, piece) : null);
        carry = Buffer.alloc(0);
      }
    }
    const atStart =
      position === 0 && carry.length === 0 && (entries.found.length < options.tail || entries.startOffset === 0);
    return { path: file, lines: entries.found.reverse(), startOffset: entries.startOffset, atStart, fileSize };
  } finally {
    await handle.close();
  }
}
