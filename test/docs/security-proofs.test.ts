import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/static-vault';

// docs/SECURITY.md names, for each protection, the test that proves it. A renamed or removed test
// file must not leave a proof pointing nowhere: every `….test.ts` it names (a path from the
// repository root, or the end of one, e.g. `secret-server/ca-guard.test.ts`) must exist.
function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory()
      ? testFiles(file)
      : name.endsWith('.test.ts')
        ? [path.relative(ROOT, file).split(path.sep).join('/')]
        : [];
  });
}

describe('docs/SECURITY.md', () => {
  const text = readFileSync(path.join(ROOT, 'docs', 'SECURITY.md'), 'utf8');
  const named = [...new Set([...text.matchAll(/`([\w./-]+\.test\.ts)`/g)].map((m) => m[1]!))];
  const files = testFiles(path.join(ROOT, 'test'));

  it('names test files', () => {
    expect(named.length).toBeGreaterThan(20);
  });

  it('names only test files that exist', () => {
    const missing = named.filter((name) => !files.some((file) => file === name || file.endsWith(`/${name}`)));
    expect(missing).toEqual([]);
  });
});
