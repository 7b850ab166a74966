import type { LogLevel, PluginLogger } from '../../../shared/plugin/contract';
import { escapeLogText } from './log-escape';
import type { Redactor } from './redactor';

/** Where formatted lines go: electron-log/node's file transport (`file-sink.ts`), or memory in tests. */
export interface LogSink {
  write(level: LogLevel, scope: string, text: string): void;
}

export interface ScopedLogger extends PluginLogger {
  readonly scopeName: string;
}

/**
 * The one logger of the core. Every line passes through the redactor before it reaches
 * the sink, so no caller can forget to redact.
 */
export class Logger {
  constructor(
    private readonly sink: LogSink,
    readonly redactor: Redactor,
  ) {}

  scope(name: string): ScopedLogger {
    const write = (level: LogLevel) => (message: string) => this.write(level, name, message);
    return { scopeName: name, debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
  }

  write(level: LogLevel, scope: string, message: string): void {
    // Redacted first (secrets are registered as typed), then every character that could fake a
    // line end or rewrite the display is made visible; CRLF counts as a newline. Continuation lines
    // are indented so the reader can tell them from a new entry.
    const text = escapeLogText(this.redactor.redact(message).replace(/\r\n/g, '\n')).replace(/\n/g, '\n    ');
    this.sink.write(level, escapeLogText(scope), text);
  }
}

/** A sink that keeps lines in memory (tests of code that only needs to log). */
export class MemorySink implements LogSink {
  readonly lines: { level: LogLevel; scope: string; text: string }[] = [];
  write(level: LogLevel, scope: string, text: string): void {
    this.lines.push({ level, scope, text });
  }
}
