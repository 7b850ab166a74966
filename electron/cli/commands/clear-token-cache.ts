import type { Command } from 'commander';
import { json } from '../output';
import { withCommonOptions, type CommandEnv } from '../command-env';

export function registerClearTokenCache(program: Command, ctx: CommandEnv): void {
  withCommonOptions(program.command('clear-token-cache'))
    .description('remove cached authentication tokens (all plugins, or one)')
    .option('--plugin <id>', "only this plugin's tokens")
    .option('--json', 'print one JSON document')
    .action(async (options: { plugin?: string; json?: boolean; dataDir?: string; pluginModule?: string[] }) => {
      await ctx.run(options, async (core) => {
        const { removed } = await core.api.clearTokenCache(options.plugin ? { pluginId: options.plugin } : {});
        ctx.io.out(options.json ? json({ ok: true, removed }) : `Removed ${removed} cached token(s).\n`);
        return 0;
      });
    });
}
