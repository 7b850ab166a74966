/**
 * How the simulated TPAM CLI reads a command line, after TPAM's own help text:
 * "Option values which accept more than one word … must surround the value with double quotes";
 * "Option Names are not case sensitive and may be abbreviated to uniqueness". An option is a
 * word starting with `-` or `--` that is not in quotes; the next word is its value. Command
 * names are matched without regard to case too (an inference: TPAM's rule is not documented).
 */

export interface Token {
  text: string;
  /** Any part of it was in double quotes (so `"--x"` is a value, not an option). */
  quoted: boolean;
}

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; problem: string };

export function tokenize(line: string): TokenizeResult {
  const tokens: Token[] = [];
  let text = '';
  let quoted = false;
  let inQuotes = false;
  let started = false;
  for (const ch of line) {
    if (ch === '"') {
      inQuotes = !inQuotes;
      quoted = true;
      started = true;
    } else if (!inQuotes && /\s/.test(ch)) {
      if (started) tokens.push({ text, quoted });
      text = '';
      quoted = false;
      started = false;
    } else {
      text += ch;
      started = true;
    }
  }
  if (inQuotes) return { ok: false, problem: 'a double quote is not closed' };
  if (started) tokens.push({ text, quoted });
  return { ok: true, tokens };
}

export type OptionsResult = { ok: true; values: Map<string, string>; help: boolean } | { ok: false; problem: string };

function isOptionName(token: Token): boolean {
  return !token.quoted && /^--?[A-Za-z]/.test(token.text);
}

/** Resolves each `--Name value` pair against the command's option names (canonical spelling). */
export function resolveOptions(args: readonly Token[], optionNames: readonly string[]): OptionsResult {
  const values = new Map<string, string>();
  let help = false;
  for (let i = 0; i < args.length; i += 1) {
    const token = args[i] as Token;
    if (!isOptionName(token)) return { ok: false, problem: `unexpected value '${token.text}'` };
    const typed = token.text.replace(/^--?/, '').toLowerCase();
    const exact = optionNames.filter((o) => o.toLowerCase() === typed);
    const candidates = exact.length > 0 ? exact : optionNames.filter((o) => o.toLowerCase().startsWith(typed));
    if (candidates.length === 0) return { ok: false, problem: `unknown option '${token.text}'` };
    if (candidates.length > 1)
      return { ok: false, problem: `option '${token.text}' is ambiguous (${candidates.join(', ')})` };
    const name = candidates[0] as string;
    if (name === 'Help') {
      help = true;
      continue;
    }
    const value = args[i + 1];
    if (value === undefined || isOptionName(value)) return { ok: false, problem: `option '--${name}' needs a value` };
    if (values.has(name)) return { ok: false, problem: `option '--${name}' is given twice` };
    values.set(name, value.text);
    i += 1;
  }
  return { ok: true, values, help };
}
