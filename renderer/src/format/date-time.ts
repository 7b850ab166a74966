/**
 * A date and time as the UI shows it everywhere (saved at, last good copy, ...): the OS locale's
 * own order, names and 12/24-hour clock, through Intl with no locale given (Chromium takes it from
 * the OS). Medium date and time styles, so the day is never ambiguous (no 03/04/2026). The log
 * keeps its ISO timestamps: it is read by support and tools, not only by people.
 */
export function formatDateTime(value: string | number | Date, locales?: string | readonly string[]): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value); // show what was stored rather than "Invalid Date"
  return new Intl.DateTimeFormat(locales as string | string[] | undefined, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(date);
}
