import type { LogLevelName, LogLine } from '../../../shared/ipc/responses';
import { escapeLogText } from './log-escape';

/**
 * One entry of Configurator.log: `[YYYY-MM-DD HH:MM:SS.mmm] [level] [scope] message`.
 * The message is `[^]*`, not `.*`: `.` stops at CR, U+2028 and U+2029, and a header whose message
 * held one (a log written before they were escaped) would not parse, so its entry would be glued
 * to the one above and escape the level filter.
 */
const HEADER = /^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})\] \[(\w+)\] (?:\[([^\]]*)\] )?([^]*)$/;

const LEVEL_RANK: Record<LogLevelName, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** electron-log's six levels folded onto our four. */
export function normaliseLevel(level: string): LogLevelName {
  switch (level) {
    case 'error':
      return 'error';
    case 'warn':
      return 'warn';
    case 'info':
      return 'info';
    default:
      return 'debug';
  }
}

export function parseHeader(line: string, offset: number): LogLine | null {
  const m = HEADER.exec(line);
  if (!m) return null;
  // Escaped again on reading, so a log from an older version shows no raw control either.
  return {
    time: m[1]!,
    level: normaliseLevel(m[2]!),
    scope: escapeLogText(m[3] ?? ''),
    message: escapeLogText(m[4]!),
    offset,
  };
}

export function levelAtLeast(level: LogLevelName, min: LogLevelName | undefined): boolean {
  return min === undefined || LEVEL_RANK[level] >= LEVEL_RANK[min];
}

export function matchesText(line: LogLine, grep: string | undefined): boolean {
  if (!grep) return true;
  const needle = grep.toLowerCase();
  return `${line.scope} ${line.message}`.toLowerCase().includes(needle);
}
