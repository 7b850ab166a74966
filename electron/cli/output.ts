import type { EcmErrorInfo } from '../../shared/errors';
import type { LogLine, TestSettingsResponse } from '../../shared/ipc/responses';
import type { PluginInfo } from '../../shared/plugin/plugin-info';

/** Where the CLI writes; a seam so tests can run commands in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Asks a yes/no question; absent when nobody can answer (standard input is not a terminal). */
  confirm?(question: string): Promise<boolean>;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  ...(process.stdin.isTTY ? { confirm: askOnTerminal } : {}),
};

/** Only "y" or "yes" is a yes; anything else, an empty line included, keeps things as they are. */
async function askOnTerminal(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function formatError(error: EcmErrorInfo): string {
  const lines = [`Error [${error.code}]: ${error.message}`];
  if (error.field) lines.push(`  Field:       ${error.field}`);
  if (error.step) lines.push(`  Step:        ${error.step}`);
  if (error.serverText) lines.push(`  Server said: ${error.serverText}`);
  if (error.hint) lines.push(`  What to do:  ${error.hint}`);
  return `${lines.join('\n')}\n`;
}

export function formatPlugins(plugins: PluginInfo[]): string {
  if (plugins.length === 0) return 'No plugins are installed. Load one with --plugin-module <file>.\n';
  return table(
    ['ID', 'NAME', 'VERSION', 'DESCRIPTION'],
    plugins.map((p) => [p.id, p.displayName, p.version, p.description]),
  );
}

export function formatTestResult(result: TestSettingsResponse): string {
  const out = [`Test Settings: plugin ${result.pluginId}, user ${result.user}, endpoint ${result.endpoint} (${result.ms} ms)`];
  for (const step of result.steps) {
    out.push(`  ${step.ok ? 'OK  ' : 'FAIL'} ${step.name.padEnd(28)} ${`${step.ms} ms`.padStart(8)}  ${step.detail ?? ''}`.trimEnd());
  }
  out.push('');
  out.push(`${result.credentials.length} credential(s). No passwords are retrieved or displayed.`);
  if (result.credentials.length > 0) {
    out.push(
      table(
        ['NAME', 'USERNAME', 'DOMAIN', 'SOURCE', 'TEMPLATE/SYSTEM', 'RESTRICTED'],
        result.credentials.map((c) => [c.name, c.username ?? '', c.domain ?? '', c.source, c.template ?? '', c.restricted ? 'yes' : 'no']),
      ).trimEnd(),
    );
  }
  return `${out.join('\n')}\n`;
}

export function formatLogLines(lines: LogLine[]): string {
  return lines.map((l) => `${l.time} ${l.level.toUpperCase().padEnd(5)} [${l.scope}] ${l.message}\n`).join('');
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return `${[line(headers), ...rows.map(line)].join('\n')}\n`;
}
