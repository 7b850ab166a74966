import type { Command } from 'commander';
import { EcmError } from '../../../shared/errors';
import type { DraftValues } from '../../../shared/plugin/draft-values';
import type { ReviewResult } from '../../../shared/review/review-types';
import type { Core } from '../../core/open-core';
import { reviewJsonDocument } from '../../core/review/review-export-json';
import { MAX_REVIEW_CONCURRENCY, runAccessReview } from '../../core/review/run-access-review';
import { withCommonOptions, type CommandEnv } from '../command-env';
import { formatReviewSummary, progressLine } from '../format-review';
import { json } from '../output';
import { coerceSettings, readJsonFile } from '../plugin-settings-file';
import { readAccessInput, type AccessInputOptions } from './test-access-input';
import { openReviewSink } from './test-access-sink';
import { activePluginOrFail, parseTimeout } from './test-settings';

interface Options extends AccessInputOptions {
  plugin?: string;
  settings?: string;
  concurrency?: string;
  output?: string;
  timeout?: string;
  dataDir?: string;
  pluginModule?: string[];
}

export function registerTestAccess(program: Command, ctx: CommandEnv): void {
  withCommonOptions(program.command('test-access'))
    .description('access review: the credentials each user may use on each endpoint, or why not (never the passwords)')
    .option('--plugin <id>', 'plugin id (see `plugins`); default: the active plugin saved in the app')
    .option('--settings <file.json>', 'settings to use; without it, the saved settings are used')
    .option('--pairs <file.csv>', 'CSV of user,endpoint lines (header optional, # comments, quotes as in RFC 4180)')
    .option('--users <file-or-list>', 'users: a file (one per line) or a comma-separated list; with --endpoints')
    .option('--endpoints <file-or-list>', 'endpoints: a file or a comma-separated list; every user on every endpoint')
    .option('--concurrency <n>', `pairs tested at a time (1–${MAX_REVIEW_CONCURRENCY}, default 8)`)
    .option('--json', 'print one JSON document')
    .option('--csv', 'print one CSV row per pair')
    .option('--output <file>', 'write the results to this file as they complete; the summary goes to standard output')
    .option('--timeout <seconds>', 'give up on a pair after this many seconds (1–3600)')
    .action(async (options: Options) => {
      await ctx.run(options, (core) => testAccess(core, options, ctx));
    });
}

async function testAccess(core: Core, options: Options, ctx: CommandEnv): Promise<number> {
  // Every option is checked before anything runs, so one run shows every mistake at once where it can.
  const { pairs } = await readAccessInput(options);
  const concurrency = options.concurrency === undefined ? undefined : parseConcurrency(options.concurrency);
  const timeoutMs = options.timeout === undefined ? undefined : parseTimeout(options.timeout);
  const pluginId = options.plugin ?? (await activePluginOrFail(core));
  const plugin = core.registry.get(pluginId);
  if (options.plugin === undefined)
    ctx.io.err(`Using the active plugin '${plugin.id}' (choose another with --plugin).\n`);
  if (!options.settings && !(await core.settings.getStored(plugin.id))) {
    throw new EcmError({
      code: 'CONFIG',
      message: `Nothing is saved for the plugin '${plugin.id}' in ${core.dataDir}.`,
      hint: 'Pass the settings with --settings <file.json>, save them in the app, or import them with `ecm-configurator config import <file>`.',
    });
  }
  let values: DraftValues | undefined;
  if (options.settings)
    values = coerceSettings(plugin.settings, await readJsonFile(options.settings, 'settings'), options.settings);

  // Checked before the output file is opened, so a wrong setting leaves no half-written file.
  await core.settings.resolve(plugin.id, plugin.settings, values, { useStored: options.settings === undefined });
  const format = options.json ? 'json' : options.csv ? 'csv' : 'table';
  // --json on standard output is one document in input order, printed at the end.
  const keep = format === 'json' && !options.output;
  const kept: ReviewResult[] = [];
  const sink = keep ? null : openReviewSink(format, plugin.id, pairs, options.output, ctx.io);
  let drawn = 0;
  // Ctrl+C cancels like the app's Cancel: no new pair starts and what finished is written.
  const cancel = new AbortController();
  const stopListening = ctx.io.onInterrupt?.(() => {
    ctx.io.err(
      '\r\u001b[KCancelling: no new pair starts; the results so far are kept. Press Ctrl+C again to quit at once.\n',
    );
    cancel.abort();
  });
  const outcome = await runAccessReview(core, {
    signal: cancel.signal,
    pluginId: plugin.id,
    values,
    useStored: options.settings === undefined,
    pairs,
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    onResult: (r) => (sink ? sink.add(r) : kept.push(r)),
    onProgress: (p) => {
      // A live line only on a terminal, at most five times a second.
      if (!ctx.io.errIsTerminal || (p.state === 'running' && p.elapsedMs - drawn < 200 && p.done < p.total)) return;
      drawn = p.elapsedMs;
      ctx.io.err(p.state === 'running' ? progressLine(p) : '\r\u001b[K');
    },
  }).finally(() => stopListening?.());
  const { progress } = outcome;
  sink?.end(progress);
  if (progress.state === 'stopped' && progress.stopError) throw new EcmError(progress.stopError);
  if (keep) ctx.io.out(json(reviewJsonDocument(plugin.id, progress, kept)));
  else if (format === 'json')
    ctx.io.out(json({ ok: true, plugin: plugin.id, summary: progress.summary, output: options.output }));
  else if (options.output || format === 'table') ctx.io.out(formatReviewSummary(plugin.id, progress));
  // 128 + SIGINT, as shells report a command ended by Ctrl+C: scripts can tell it from a full run.
  return progress.state === 'cancelled' ? CANCELLED_EXIT_CODE : 0;
}

export const CANCELLED_EXIT_CODE = 130;

function parseConcurrency(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_REVIEW_CONCURRENCY) {
    throw new EcmError({
      code: 'VALIDATION',
      field: 'concurrency',
      message: `--concurrency must be a whole number from 1 to ${MAX_REVIEW_CONCURRENCY}; '${text}' is not.`,
    });
  }
  return n;
}
