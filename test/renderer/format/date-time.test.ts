import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../renderer/src/format/date-time';

// A fixed instant; the expected strings are built with the time zone of the machine running the test.
const AT = new Date(Date.UTC(2026, 10, 3, 14, 5, 9));

describe('formatDateTime', () => {
  it('follows the locale it is given: order, month names and clock', () => {
    const us = formatDateTime(AT, 'en-US');
    const de = formatDateTime(AT, 'de-DE');
    const gb = formatDateTime(AT, 'en-GB');
    expect(us).toMatch(/^Nov 3, 2026/);
    expect(us).toMatch(/(AM|PM)$/);
    expect(de).toMatch(/^03\.11\.2026, \d{2}:\d{2}:09$/);
    expect(gb).toMatch(/^3 Nov 2026, \d{2}:\d{2}:09$/);
  });

  it('uses the default locale of the browser (the OS locale) when none is given', () => {
    expect(formatDateTime(AT)).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' }).format(AT),
    );
  });

  it('takes an ISO string or epoch milliseconds as stored', () => {
    expect(formatDateTime(AT.toISOString(), 'en-US')).toBe(formatDateTime(AT, 'en-US'));
    expect(formatDateTime(AT.getTime(), 'en-US')).toBe(formatDateTime(AT, 'en-US'));
  });

  it('shows an unreadable stored value as it is, never "Invalid Date"', () => {
    expect(formatDateTime('not a date', 'en-US')).toBe('not a date');
  });
});
