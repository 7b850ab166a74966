/**
 * How a fetched value joins what a multi-line field already pins (TPAM's known_hosts lines):
 * replacing them all, or adding beside them (e.g. while the server's key is being rotated).
 */
export function pinnedLines(current: unknown): string[] {
  if (typeof current !== 'string') return [];
  return current
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

export type UseChoice = 'replace' | 'add';

/** The field's new value and the sentence that says what happened to the pinned lines. */
export function applyFetched(current: unknown, fetched: string, choice: UseChoice): { value: string; said: string } {
  const lines = pinnedLines(current);
  if (lines.length === 0)
    return { value: fetched, said: 'The fetched key is now the only pinned line. Save to keep it.' };
  if (choice === 'replace') {
    const n = lines.length === 1 ? 'the pinned line' : `all ${lines.length} pinned lines`;
    return { value: fetched, said: `Replaced ${n} with the fetched key. Save to keep it.` };
  }
  if (lines.includes(fetched.trim()))
    return { value: String(current), said: 'The fetched key was already pinned; nothing changed.' };
  return {
    value: [...lines, fetched.trim()].join('\n'),
    said: `Added the fetched key to the pinned lines (now ${lines.length + 1}). Save to keep it.`,
  };
}
