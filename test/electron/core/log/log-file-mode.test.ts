import nodeLog from 'electron-log/node';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSinkFor, logFilePath } from '../../../../electron/core/log/file-sink';
import { Logger } from '../../../../electron/core/log/logger';
import { Redactor } from '../../../../electron/core/log/redactor';
import { useTempDirs } from '../../../support/temp-dir';

const posix = process.platform !== 'win32';
if (!posix) console.warn('log-file-mode: skipped on Windows, where file modes are not NTFS permissions.');

// Configurator.log holds user names, endpoints and server texts: readable by the account only.
describe.runIf(posix)('Configurator.log is private (POSIX)', () => {
  const tempDir = useTempDirs();

  it('is created 0600, and so is the new file after a rotation; the old one keeps 0600', () => {
    const dir = tempDir();
    const logger = new Logger(
      fileSinkFor(nodeLog.create({ logId: 'log-mode-test' }), dir, { maxBytes: 2000 }),
      new Redactor(),
    );
    logger.scope('core').info('first');
    expect(statSync(logFilePath(dir)).mode & 0o777).toBe(0o600);
    for (let i = 0; i < 60; i++) logger.scope('core').info(`line ${i} ${'x'.repeat(40)}`);
    const old = path.join(dir, 'Configurator.old.log');
    expect(existsSync(old)).toBe(true);
    expect(statSync(old).mode & 0o777).toBe(0o600);
    expect(statSync(logFilePath(dir)).mode & 0o777).toBe(0o600);
  });
});
