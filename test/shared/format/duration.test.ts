import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../shared/format/duration';

describe('formatDuration', () => {
  it('shows whole milliseconds below one second', () => {
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(7.4)).toBe('7 ms');
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(999.4)).toBe('999 ms');
  });

  it('shows seconds with one decimal from one second on', () => {
    expect(formatDuration(999.6)).toBe('1.0 s');
    expect(formatDuration(1000)).toBe('1.0 s');
    expect(formatDuration(8000)).toBe('8.0 s');
    expect(formatDuration(8049)).toBe('8.0 s');
    expect(formatDuration(12_345)).toBe('12.3 s');
    expect(formatDuration(125_000)).toBe('125.0 s');
  });

  it('never shows a negative or non-numeric time', () => {
    expect(formatDuration(-5)).toBe('0 ms');
    expect(formatDuration(Number.NaN)).toBe('0 ms');
  });
});
