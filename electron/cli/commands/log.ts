import type { Command } from 'commander';
import { promises as fs } from 'node:fs';
import { EcmError } from '../../../shared/errors';
import type { LogLine } from '../../../shared/ipc/responses';
import { LOG_LEVELS, readLogRequestSchema } from '../../../shared/ipc/payload-schemas';
import { optionError, optionNameOf } from '../option-errors';
import { formatLogLines } from '../output';
import { withCommonOptions, type CommandEnv } from '../command-env';

export function registerLog(program: Command, ctx: CommandEnv): void {
  withCommonOptions(program.command('log'))
    .description('show the newest lines of Configurator.log')
    .option('--tail <n>', 'how many lines (1–10000)', '50')
    .option('--level <level>', `minimum level: ${LOG_LEVELS.join(', ')}`)
    .option('--grep <text>', 'only lines containing this text (any case)')
    .option('--json', 'JSON Lines: one object per entry with time, level, scope and message')
    .action(
      async (options: {
        tail: string;
        level?: string;
        grep?: string;
        json?: boolean;
        dataDir?: string;
        pluginModule?: string[];
      }) => {
        await ctx.run({ ...options, jsonLines: true }, async (core) => {
          const request = readLogRequestSchema.safeParse({
            tail: Number(options.tail),
            // TPAM and Python name it "warning"; the log writes "warn".
            ...(options.level !== undefined
              ? { minLevel: options.level.toLowerCase() === 'warning' ? 'warn' : options.level.toLowerCase() }
              : {}),
            ...(options.grep !== undefined ? { grep: options.grep } : {}),
          });
          if (!request.success) {
            throw optionError(flagFor(request.error.issues[0]?.path[0]), request.error);
          }
          await mustExist(core.logFile, core.dataDir);
          const page = await core.api.readLog(request.data);
          if (page.lines.length === 0) ctx.io.err(`No matching lines in ${page.path}.\n`);
          ctx.io.out(options.json ? page.lines.map(jsonLine).join('') : formatLogLines(page.lines));
          return 0;
        });
      },
    );
}

function flagFor(field: PropertyKey | undefined): string {
  return optionNameOf(String(field)) ?? '--tail';
}

/** One JSON Lines record: the entry without its byte offset, which only the app's viewer needs. */
function jsonLine(line: LogLine): string {
  return `${JSON.stringify({ time: line.time, level: line.level, scope: line.scope, message: line.message })}\n`;
}

/** A missing log is reported, not shown as an empty one: usually --data-dir points at the wrong folder. */
async function mustExist(logFile: string, dataDir: string): Promise<void> {
  try {
    await fs.stat(logFile);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    throw new EcmError({
      code: 'NOT_FOUND',
      field: 'data-dir',
      message: `There is no Configurator.log in the data directory ${dataDir} (looked for ${logFile}).`,
      hint: 'The app and the CLI create it the first time they log something (the app starting, Test Settings, config import). If the log should be here, check --data-dir and ECM_DATA_DIR.',
    });
  }
}
