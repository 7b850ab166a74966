/**
 * Characters that let a text written into Configurator.log pretend to be something else: a bare
 * CR (Notepad and terminals start a new line or return to its start), NEL U+0085 and the Unicode
 * line and paragraph separators U+2028/U+2029 (editors and JavaScript's `.` treat them as line ends),
 * ESC and the other C0/C1 controls (terminal escape sequences can erase or rewrite what is shown),
 * DEL, and the bidirectional overrides (they reorder how the rest of a line is displayed).
 * Server texts, TPAM output and user names reach the log, so all of them pass through here.
 *
 * Left alone: `\n`, which the logger turns into an indented continuation line, and TAB, which
 * cannot end or rewrite a line and keeps TPAM's tab-separated tables readable.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\r': '\\r', '\u000b': '\\v', '\f': '\\f', '\b': '\\b', '\0': '\\0' };

/** Replaces each unsafe character by a visible escape: CR → `\r`, ESC → `\x1b`, U+2028 → `\u2028`. */
export function escapeLogText(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
