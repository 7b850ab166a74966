import type { EcmErrorInfo } from '../../shared/errors';
import type { LogLine, TestSettingsResponse } from '../../shared/ipc/responses';
import { formatDuration } from '../../shared/format/duration';
import type { DetectedPlugin } from '../../shared/plugin/detected-plugin';
import type { PluginInfo } from '../../shared/plugin/plugin-info';
import { optionNameOf } from './option-errors';

/** Where the CLI writes; a seam so tests can run commands in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Asks a yes/no question; absent when nobody can answer (standard input is not a terminal). */
  confirm?(question: string): Promise<boolean>;
  /** True when standard error is a terminal: only then is a live progress line drawn there. */
  errIsTerminal?: boolean;
  /**
   * Calls `handler` on the first Ctrl+C (SIGINT) instead of ending the process; a second Ctrl+C
   * ends it as usual. Returns the function that stops listening.
   */
  onInterrupt?(handler: () => void): () => void;
}

let interruptHandlers = 0;

/** True while a command handles Ctrl+C itself (from onInterrupt until it stops listening). */
export function interruptIsHandled(): boolean {
  return interruptHandlers > 0;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTerminal: process.stderr.isTTY === true,
  onInterrupt(handler) {
    // `once`: with no listener left, Node's default applies again and a second Ctrl+C ends the process.
    process.once('SIGINT', handler);
    interruptHandlers += 1;
    return () => {
      process.off('SIGINT', handler);
      interruptHandlers -= 1;
    };
  },
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
  // The sentence first; the code is a detail (scripts read --json or the exit code).
  const lines = [`Error: ${error.message}`, `  Code:        ${error.code}`];
  // An option is named as typed (--plugin), never by the core's internal name (pluginId).
  const option = error.field ? optionNameOf(error.field) : undefined;
  if (option) lines.push(`  Option:      ${option}`);
  else if (error.field) lines.push(`  Field:       ${error.field}`);
  if (error.step) lines.push(`  Step:        ${error.step}`);
  if (error.serverText) lines.push(`  Server said: ${error.serverText}`);
  if (error.hint) lines.push(`  What to do:  ${error.hint}`);
  return `${lines.join('\n')}\n`;
}

export function formatPlugins(plugins: (PluginInfo & { trust: string })[]): string {
  if (plugins.length === 0) return 'No plugins are installed.\n';
  return table(
    ['ID', 'NAME', 'VERSION', 'TRUST', 'DESCRIPTION'],
    plugins.map((p) => [p.id, p.displayName, p.version, p.trust, p.description]),
  );
}

/** The plugins folder's files: what the admin compares with the vendor's published hashes. */
export function formatDetectedPlugins(folder: string | null, files: DetectedPlugin[]): string {
  if (folder === null) return '';
  if (files.length === 0) return `\nPlugins folder ${folder}: no plugin files.\n`;
  const rows = files.map((f) => [f.file, String(f.size), f.sha256, f.trust, f.loaded ? 'yes' : 'no']);
  const untrusted = files.filter((f) => f.trust !== 'trusted').length;
  return (
    `\nPlugins folder ${folder}:\n${table(['FILE', 'BYTES', 'SHA-256', 'TRUST', 'LOADED'], rows)}` +
    (untrusted
      ? `${untrusted} file(s) not loaded until trusted: check the SHA-256, then run: plugins trust <file>\n`
      : '')
  );
}

export function describeDetected(folder: string, f: DetectedPlugin): string {
  const lines = [
    `Plugin file: ${f.file}`,
    `  Folder:  ${folder}`,
    `  Size:    ${f.size} bytes`,
    `  SHA-256: ${f.sha256}`,
  ];
  if (f.trust === 'changed') lines.push(`  Changed: the trusted version had SHA-256 ${f.trustedSha256}`);
  return `${lines.join('\n')}\n`;
}

export function formatTestResult(result: TestSettingsResponse): string {
  const out = [
    `Test Settings: plugin ${result.pluginId}, user ${result.user}, endpoint ${result.endpoint} (${formatDuration(result.ms)})`,
  ];
  // The widest step name and time set the columns, so that the times line up whatever the names.
  const nameWidth = Math.max(0, ...result.steps.map((s) => s.name.length));
  const msWidth = Math.max(0, ...result.steps.map((s) => formatDuration(s.ms).length));
  for (const step of result.steps) {
    out.push(
      `  ${step.ok ? 'OK  ' : 'FAIL'} ${step.name.padEnd(nameWidth)}  ${formatDuration(step.ms).padStart(msWidth)}  ${step.detail ?? ''}`.trimEnd(),
    );
  }
  out.push('');
  out.push(`${result.credentials.length} credential(s). No passwords are retrieved or displayed.`);
  if (result.credentials.length > 0) {
    out.push(
      table(
        ['NAME', 'USERNAME', 'DOMAIN', 'SOURCE', 'TEMPLATE/SYSTEM', 'RESTRICTED'],
        result.credentials.map((c) => [
          c.name,
          c.username ?? '',
          c.domain ?? '',
          c.source,
          [c.template, c.detail && `(${c.detail})`].filter(Boolean).join(' '),
          c.restricted ? 'yes' : 'no',
        ]),
      ).trimEnd(),
    );
  }
  out.push(...formatReasons(result));
  return `${out.join('\n')}\n`;
}

/** The plugin's reasons under the table, as the dialog shows them: the credential first, the code last. */
function formatReasons(result: TestSettingsResponse): string[] {
  // Always present from the core; a hand-made result (tests, older callers) may leave it out.
  const reasons = result.reasons ?? [];
  if (reasons.length === 0) return [];
  const title = result.credentials.length === 0 ? 'Why nothing is usable:' : 'Why nothing else is usable:';
  return ['', title, ...reasons.map((r) => `  - ${r.credential ? `${r.credential}: ` : ''}${r.text} (${r.code})`)];
}

export function formatLogLines(lines: LogLine[]): string {
  // The level as Configurator.log spells it (`warn`), as the app's level column and filter do.
  return lines.map((l) => `${l.time} ${l.level.padEnd(5)} [${l.scope}] ${l.message}\n`).join('');
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return `${[line(headers), ...rows.map(line)].join('\n')}\n`;
}
