import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, exitCodeFor, type ErrorCode } from '../../shared/errors';
import { ROOT } from '../support/static-vault';

// Scripts on Server Core branch on the CLI's exit codes, so every table that states one must say
// what the code does. A table row names error codes in backticks and holds one single-digit cell:
// the exit code of every error code in that row.
interface Claim {
  file: string;
  line: number;
  code: ErrorCode;
  exit: number;
}

function claimsIn(file: string): Claim[] {
  const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const claims: Claim[] = [];
  lines.forEach((text, i) => {
    if (!text.startsWith('|')) return;
    const cells = text
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const exits = cells.filter((c) => /^\d$/.test(c));
    if (exits.length !== 1) return;
    const codes = [...text.matchAll(/`([A-Z_]+)`/g)]
      .map((m) => m[1])
      .filter((c): c is ErrorCode => (ERROR_CODES as readonly string[]).includes(c!));
    for (const code of new Set(codes)) claims.push({ file, line: i + 1, code, exit: Number(exits[0]) });
  });
  return claims;
}

const DOCS = ['README.md', 'docs/ADMIN-GUIDE.md', 'docs/PLUGINS.md'];

describe('exit codes in the docs', () => {
  it.each(DOCS)('%s states the exit code the CLI really returns for each error code', (file) => {
    const claims = claimsIn(file);
    expect(claims.length).toBeGreaterThan(0);
    const wrong = claims
      .filter((c) => c.exit !== exitCodeFor(c.code))
      .map((c) => `${c.file}:${c.line} says ${c.code} → ${c.exit}, the CLI returns ${exitCodeFor(c.code)}`);
    expect(wrong).toEqual([]);
  });

  it("the admin guide's error table explains every error code", () => {
    const explained = new Set(claimsIn('docs/ADMIN-GUIDE.md').map((c) => c.code));
    expect(ERROR_CODES.filter((code) => !explained.has(code))).toEqual([]);
  });
});
