import type { Command } from 'commander';
import { formatPlugins, json } from '../output';
import { withCommonOptions, type CommandEnv } from '../program';

export function registerPlugins(program: Command, ctx: CommandEnv): void {
  withCommonOptions(program.command('plugins'))
    .description('list the installed plugins')
    .option('--json', 'print one JSON document')
    .action(async (options: { json?: boolean; dataDir?: string; pluginModule?: string[] }) => {
      await ctx.run(options, async (core) => {
        const plugins = await core.api.listPlugins({});
        ctx.io.out(options.json ? json({ ok: true, plugins }) : formatPlugins(plugins));
        return 0;
      });
    });
}
