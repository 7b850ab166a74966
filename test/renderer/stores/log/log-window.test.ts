import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../../shared/ipc/responses';
import {
  appendToWindow,
  formatLogLine,
  indexOfOffset,
  lineCount,
  logFilters,
  newerPageRange,
  prependToWindow,
  type LogWindow,
} from '../../../../renderer/src/stores/log/log-window';

const entry = (offset: number, message = `entry ${offset}`): LogLine => ({
  time: '2026-11-30 10:00:00.000',
  level: 'info',
  scope: 'core',
  message,
  offset,
});
const entries = (...offsets: number[]) => offsets.map((o) => entry(o));

function window(lines: LogLine[], more: Partial<LogWindow> = {}): LogWindow {
  return { lines, atStart: false, oldestOffset: lines[0]?.offset ?? 0, newerAnchors: [], fileSize: 1000, ...more };
}

describe('log window', () => {
  it('formats an entry as Configurator.log writes it, continuation lines indented', () => {
    expect(formatLogLine(entry(0, 'first\nsecond'))).toBe('[2026-11-30 10:00:00.000] [info] [core] first\n    second');
    expect(formatLogLine({ ...entry(0, 'x'), scope: '' })).toBe('[2026-11-30 10:00:00.000] [info] x');
  });

  it('finds entries by offset and counts their lines', () => {
    const lines = entries(10, 20, 30, 40);
    expect(indexOfOffset(lines, 30)).toBe(2);
    expect(indexOfOffset(lines, 25)).toBe(-1);
    expect(indexOfOffset([], 10)).toBe(-1);
    expect(lineCount(entry(0, 'a\nb\nc'))).toBe(3);
  });

  it("sends only the filters in force ('debug' is every level)", () => {
    expect(logFilters('debug', '')).toEqual({});
    expect(logFilters('warn', 'alice')).toEqual({ minLevel: 'warn', grep: 'alice' });
  });

  it('appends within the cap, and drops the oldest above it', () => {
    const w = window(entries(10, 20, 30));
    expect(appendToWindow(w, entries(40), 5)).toEqual({ lines: entries(10, 20, 30, 40) });
    expect(appendToWindow(w, [], 5).lines).toBe(w.lines);
    expect(appendToWindow(w, entries(40, 50, 60), 4)).toEqual({
      lines: entries(30, 40, 50, 60),
      atStart: false,
      oldestOffset: 30,
    });
  });

  it('prepends an older page and remembers where the dropped newer entries begin', () => {
    const w = window(entries(30, 40, 50), { oldestOffset: 30 });
    const fits = prependToWindow(w, { lines: entries(10, 20), startOffset: 10, atStart: true }, 30, 5);
    expect(fits).toEqual({ lines: entries(10, 20, 30, 40, 50), atStart: true, oldestOffset: 10, droppedNewer: false });
    const over = prependToWindow(w, { lines: entries(10, 20), startOffset: 10, atStart: false }, 30, 4);
    expect(over.lines).toEqual(entries(10, 20, 30, 40));
    expect(over.newerAnchors).toEqual([50]);
    expect(over.droppedNewer).toBe(true);
  });

  it('ends paging when a page brings nothing older, so it never loops', () => {
    const w = window(entries(30), { oldestOffset: 30 });
    expect(prependToWindow(w, { lines: [], startOffset: 30, atStart: false }, 30).atStart).toBe(true);
  });

  it('reads dropped newer pages back newest-dropped first, up to the file size', () => {
    expect(newerPageRange({ newerAnchors: [], fileSize: 900 })).toBeNull();
    expect(newerPageRange({ newerAnchors: [500], fileSize: 900 })).toEqual({ after: 500, before: 900 });
    expect(newerPageRange({ newerAnchors: [700, 500], fileSize: 900 })).toEqual({ after: 500, before: 700 });
  });
});
