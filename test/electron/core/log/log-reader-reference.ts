import { readFileSync } from 'node:fs';
import type { LogLine, LogPage } from '../../../../shared/ipc/responses';
import { escapeLogText } from '../../../../electron/core/log/log-escape';
import { levelAtLeast, matchesText, parseHeader } from '../../../../electron/core/log/log-line';
import type { ReadLogOptions } from '../../../../electron/core/log/log-reader';

/**
 * The reader as it was before the byte scan: every line decoded, every entry parsed, then
 * filtered. The byte scanner must answer exactly what this answers.
 */
export function referenceReadLog(file: string, options: ReadLogOptions): LogPage {
  const bytes = readFileSync(file);
  const end = Math.min(options.before ?? bytes.length, bytes.length);
  const after = options.after !== undefined && options.after <= bytes.length ? options.after : 0;
  const lines: { text: string; offset: number }[] = [];
  let start = 0;
  for (let i = 0; i <= end; i++) {
    if (i === end || bytes[i] === 0x0a) {
      const raw = bytes.subarray(start, i);
      if (raw.length > 0 && !(raw.length === 1 && raw[0] === 0x0d))
        lines.push({ text: raw.toString('utf8').replace(/\r$/, ''), offset: start });
      start = i + 1;
    }
  }
  const found: LogLine[] = [];
  let pending: string[] = [];
  let startOffset = end;
  for (let k = lines.length - 1; k >= 0; k--) {
    const { text, offset } = lines[k]!;
    if (offset < after) break;
    const header = parseHeader(text, offset);
    if (!header) {
      pending.push(escapeLogText(text.replace(/^ {4}/, '')));
      continue;
    }
    if (pending.length > 0) header.message += `\n${pending.reverse().join('\n')}`;
    pending = [];
    startOffset = offset;
    if (levelAtLeast(header.level, options.minLevel) && matchesText(header, options.grep)) found.push(header);
    if (found.length >= options.tail) break;
  }
  return { path: file, lines: found.reverse(), startOffset, atStart: false, fileSize: bytes.length };
}
