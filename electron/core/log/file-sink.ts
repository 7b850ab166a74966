import path from 'node:path';
import type { LogLevel } from '../../../shared/plugin/contract';
import type { LogSink } from './logger';

export const LOG_FILE_NAME = 'Configurator.log';
export const LOG_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The part of electron-log's logger this module configures. The app, the CLI and the tests all use
 * `electron-log/node`: `electron-log/main` would register an IPC channel (`__ELECTRON_LOG__`)
 * outside the channel map, which any page could call unchecked.
 */
export interface ElectronLogLike {
  transports: {
    file: {
      level: string | false;
      format: string | ((...args: never[]) => unknown);
      maxSize: number;
      resolvePathFn: (...args: never[]) => string;
      writeOptions?: { flag?: string; mode?: number; encoding?: string };
      sync: boolean;
    };
    console: { level: string | false };
  };
  error(...params: unknown[]): void;
  warn(...params: unknown[]): void;
  info(...params: unknown[]): void;
  debug(...params: unknown[]): void;
}

/** Points electron-log's file transport at `<dataDir>/Configurator.log` with our line format. */
export function fileSinkFor(
  log: ElectronLogLike,
  dataDir: string,
  options: { console?: boolean; maxBytes?: number } = {},
): LogSink {
  const file = path.join(dataDir, LOG_FILE_NAME);
  log.transports.file.level = 'debug';
  // Level and scope are written by us: electron-log pads `{level}` and brackets scopes its own way.
  log.transports.file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] {text}';
  log.transports.file.maxSize = options.maxBytes ?? LOG_MAX_BYTES; // rotates to Configurator.old.log
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  log.transports.file.sync = true;
  log.transports.console.level = options.console ? 'info' : false;
  return {
    write(level: LogLevel, scope: string, text: string) {
      log[level](`[${level}] [${scope}] ${text}`);
    },
  };
}

export function logFilePath(dataDir: string): string {
  return path.join(dataDir, LOG_FILE_NAME);
}
