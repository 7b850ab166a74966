import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLogPage } from '../../../../electron/core/log/log-reader';
import { useTempDirs } from '../../../support/temp-dir';

function line(i: number, level = 'info', scope = 'core', message = `message ${i}`): string {
  return `[2026-11-22 10:00:${String(i % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')}] [${level}] [${scope}] ${message}`;
}

describe('readLogPage', () => {
  const tempDir = useTempDirs();

  it('returns the newest lines, oldest first, and pages back with `before`', async () => {
    const file = path.join(tempDir(), 'Configurator.log');
    writeFileSync(file, Array.from({ length: 100 }, (_, i) => line(i)).join('\n') + '\n');
    const page = await readLogPage(file, { tail: 10 });
    expect(page.lines.map((l) => l.message)).toEqual(Array.from({ length: 10 }, (_, i) => `message ${90 + i}`));
    expect(page.atStart).toBe(false);
    const older = await readLogPage(file, { tail: 10, before: page.startOffset });
    expect(older.lines.at(-1)?.message).toBe('message 89');
    const all = await readLogPage(file, { tail: 1000 });
    expect(all.lines).toHaveLength(100);
    expect(all.atStart).toBe(true);
  });

  it('filters by minimum level and by text, case-insensitively', async () => {
    const file = path.join(tempDir(), 'Configurator.log');
    writeFileSync(
      file,
      [
        line(1, 'debug'),
        line(2, 'info', 'tpam', 'Connected'),
        line(3, 'warn', 'ss', 'Slow answer'),
        line(4, 'error', 'ss', 'Login failed.'),
      ].join('\r\n'),
    );
    expect((await readLogPage(file, { tail: 10, minLevel: 'warn' })).lines.map((l) => l.level)).toEqual([
      'warn',
      'error',
    ]);
    expect((await readLogPage(file, { tail: 10, grep: 'LOGIN' })).lines.map((l) => l.scope)).toEqual(['ss']);
    expect((await readLogPage(file, { tail: 10, grep: 'tpam' })).lines).toHaveLength(1);
  });

  it('joins continuation lines to their entry across chunk boundaries', async () => {
    const file = path.join(tempDir(), 'Configurator.log');
    const long = 'x'.repeat(300_000);
    writeFileSync(
      file,
      [line(1), line(2, 'error', 'core', 'Stack:'), `    at ${long}`, '    at second', line(3)].join('\n'),
    );
    const page = await readLogPage(file, { tail: 10 });
    expect(page.lines).toHaveLength(3);
    expect(page.lines[1]?.message).toBe(`Stack:\nat ${long}\nat second`);
  });

  it('answers an empty page for a missing log', async () => {
    const page = await readLogPage(path.join(tempDir(), 'none.log'), { tail: 5 });
    expect(page).toMatchObject({ lines: [], atStart: true, fileSize: 0 });
  });
});
