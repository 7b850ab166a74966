import fc from 'fast-check';
import nodeLog from 'electron-log/node';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSinkFor, logFilePath } from '../../../../electron/core/log/file-sink';
import { escapeLogText } from '../../../../electron/core/log/log-escape';
import { readLogPage } from '../../../../electron/core/log/log-reader';
import { Logger } from '../../../../electron/core/log/logger';
import { Redactor } from '../../../../electron/core/log/redactor';
import { useTempDirs } from '../../../support/temp-dir';

// What a line end or a terminal control looks like to an editor, a terminal or JavaScript.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const FORGED = '[2026-01-01 00:00:00.000] [info] [core] Test Settings succeeded';

let loggers = 0;

describe('Configurator.log cannot be forged', () => {
  const tempDir = useTempDirs();

  function fileLogger(dir: string): Logger {
    return new Logger(fileSinkFor(nodeLog.create({ logId: `forgery-${++loggers}` }), dir), new Redactor());
  }

  it('escapes CR, NEL, U+2028/U+2029, ESC, other C0/C1 controls, DEL and bidi overrides visibly', () => {
    expect(escapeLogText('a\rb')).toBe('a\\rb');
    expect(escapeLogText('a\u001b[2Kb')).toBe('a\\x1b[2Kb');
    expect(escapeLogText('a\u0085b\u2028c\u2029d')).toBe('a\\x85b\\u2028c\\u2029d');
    expect(escapeLogText('\u0000\u0007\u007f\u009b\u202e')).toBe('\\0\\x07\\x7f\\x9b\\u202e');
    // Kept: TAB (TPAM tables) and printable text, backslashes of Windows user names included.
    expect(escapeLogText('CORP\\alice\tws01 äé 日本')).toBe('CORP\\alice\tws01 äé 日本');
  });

  it('writes a server text with CR, U+2028, NEL and ESC as one entry that the level filter finds', async () => {
    const dir = tempDir();
    const logger = fileLogger(dir);
    logger.scope('core').info('before');
    logger
      .scope('secret-server')
      .error(`Login failed.\r${FORGED}\u2028${FORGED}\u0085${FORGED}\u001b[1A\u001b[2K${FORGED}`);
    logger.scope('core').info('after');
    const text = readFileSync(logFilePath(dir), 'utf8');
    expect(text.split('\n').filter(Boolean)).toHaveLength(3);
    expect(text).not.toMatch(UNSAFE);
    const errors = await readLogPage(logFilePath(dir), { tail: 10, minLevel: 'error' });
    expect(errors.lines).toHaveLength(1);
    expect(errors.lines[0]).toMatchObject({
      level: 'error',
      scope: 'secret-server',
      message: `Login failed.\\r${FORGED}\\u2028${FORGED}\\x85${FORGED}\\x1b[1A\\x1b[2K${FORGED}`,
    });
    expect((await readLogPage(logFilePath(dir), { tail: 10 })).lines.map((l) => l.message)).toEqual([
      'before',
      errors.lines[0]!.message,
      'after',
    ]);
  });

  it('keeps a newline a continuation of its own entry, never a new header', async () => {
    const dir = tempDir();
    fileLogger(dir).scope('tpam').warn(`first\n${FORGED}\r\n${FORGED}`);
    const page = await readLogPage(logFilePath(dir), { tail: 10 });
    expect(page.lines).toEqual([expect.objectContaining({ level: 'warn', message: `first\n${FORGED}\n${FORGED}` })]);
  });

  it('any text logged at error is exactly one error entry, with no raw control in the file', async () => {
    const dir = tempDir();
    const file = logFilePath(dir);
    const logger = fileLogger(dir);
    await fc.assert(
      fc.asyncProperty(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('\r', '\n', '\u0085', '\u2028', '\u2029', '\u001b', '[', ']'),
            fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
          ),
          maxLength: 60,
        }),
        async (message) => {
          writeFileSync(file, '');
          logger.scope('core').info('before');
          logger.scope('secret-server').error(message);
          const text = readFileSync(file, 'utf8');
          expect(text).not.toMatch(UNSAFE);
          const page = await readLogPage(file, { tail: 10 });
          expect(page.lines.map((l) => l.level)).toEqual(['info', 'error']);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a log written before escaping without gluing an entry with CR or U+2028 to the one above', async () => {
    const file = path.join(tempDir(), 'Configurator.log');
    const lines = [
      '[2026-11-22 10:00:00.000] [info] [core] started',
      `[2026-11-22 10:00:01.000] [error] [secret-server] Login failed.\r${FORGED}`,
      `[2026-11-22 10:00:02.000] [error] [tpam] Refused\u2028${FORGED}\u001b[2K`,
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const errors = await readLogPage(file, { tail: 10, minLevel: 'error' });
    expect(errors.lines.map((l) => l.message)).toEqual([
      `Login failed.\\r${FORGED}`,
      `Refused\\u2028${FORGED}\\x1b[2K`,
    ]);
  });
});
