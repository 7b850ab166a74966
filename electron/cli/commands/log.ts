import type { Command } from 'commander';
import { EcmError } from '../../../shared/errors';
import { LOG_LEVELS, readLogRequestSchema } from '../../../shared/ipc/payload-schemas';
import { validationErrorFromZod } from '../../core/api/validation-error';
import { formatLogLines } from '../output';
import { withCommonOptions, type CommandEnv } from '../program';

export function registerLog(program: Command, ctx: CommandEnv): void {
  withCommonOptions(program.command('log'))
    .description('show the newest lines of Configurator.log')
    .option('--tail <n>', 'how many lines (1–10000)', '50')
    .option('--level <level>', `minimum level: ${LOG_LEVELS.join(', ')}`)
    .option('--grep <text>', 'only lines containing this text (any case)')
    .action(async (options: { tail: string; level?: string; grep?: string; dataDir?: string; pluginModule?: string[] }) => {
      await ctx.run(options, async (core) => {
        const request = readLogRequestSchema.safeParse({
          tail: Number(options.tail),
          // TPAM and Python name it "warning"; the log writes "warn".
          ...(options.level !== undefined ? { minLevel: options.level.toLowerCase() === 'warning' ? 'warn' : options.level.toLowerCase() } : {}),
          ...(options.grep !== undefined ? { grep: options.grep } : {}),
        });
        if (!request.success) {
          const info = validationErrorFromZod(request.error);
          const flag = flagFor(info.field);
          throw new EcmError({ code: 'VALIDATION', field: flag, message: `--${flag}: ${request.error.issues[0]?.message}.` });
        }
        const page = await core.api.readLog(request.data);
        if (page.lines.length === 0) ctx.io.err(`No matching lines in ${page.path}.\n`);
        ctx.io.out(formatLogLines(page.lines));
        return 0;
      });
    });
}

function flagFor(field: string | undefined): string {
  return field === 'minLevel' ? 'level' : (field ?? 'option');
}
