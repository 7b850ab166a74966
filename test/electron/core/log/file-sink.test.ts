import nodeLog from 'electron-log/node';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSinkFor, logFilePath } from '../../../../electron/core/log/file-sink';
import { readLogPage } from '../../../../electron/core/log/log-reader';
import { Logger } from '../../../../electron/core/log/logger';
import { Redactor } from '../../../../electron/core/log/redactor';
import { useTempDirs } from '../../../support/temp-dir';

describe('Configurator.log through electron-log/node', () => {
  const tempDir = useTempDirs();

  it('writes `[date time.ms] [level] [scope] message`, redacted, and reads it back', async () => {
    const dir = tempDir();
    const redactor = new Redactor();
    redactor.add('Log-Secret-Marker-3');
    const logger = new Logger(fileSinkFor(nodeLog.create({ logId: 'file-sink-test' }), dir), redactor);
    logger.scope('secret-server').warn('Authenticate with Log-Secret-Marker-3 failed\nsecond line');
    const text = readFileSync(logFilePath(dir), 'utf8');
    expect(text).toMatch(
      /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\] \[warn\] \[secret-server\] Authenticate with \[REDACTED\] failed\n {4}second line\n$/,
    );
    const page = await readLogPage(logFilePath(dir), { tail: 10 });
    expect(page.lines).toEqual([
      expect.objectContaining({
        level: 'warn',
        scope: 'secret-server',
        message: 'Authenticate with [REDACTED] failed\nsecond line',
      }),
    ]);
  });

  it('rotates by size to Configurator.old.log', () => {
    const dir = tempDir();
    const logger = new Logger(
      fileSinkFor(nodeLog.create({ logId: 'rotation-test' }), dir, { maxBytes: 2000 }),
      new Redactor(),
    );
    for (let i = 0; i < 60; i++) logger.scope('core').info(`line ${i} ${'x'.repeat(40)}`);
    expect(existsSync(path.join(dir, 'Configurator.old.log'))).toBe(true);
    expect(readFileSync(logFilePath(dir), 'utf8').length).toBeLessThan(2200);
    expect(readFileSync(logFilePath(dir), 'utf8')).toContain('line 59');
  });
});
