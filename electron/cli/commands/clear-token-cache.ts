import type { Command } from 'commander';
import { cacheClearedMessage, nothingCachedMessage } from '../../../shared/plugin/cache-cleared';
import { json } from '../output';
import { withCommonOptions, type CommandEnv } from '../command-env';

export function registerClearTokenCache(program: Command, ctx: CommandEnv): void {
  withCommonOptions(program.command('clear-token-cache'))
    .description('remove cached tokens and close pooled SSH connections (all plugins, or one)')
    .option('--plugin <id>', "only this plugin's cache")
    .option('--json', 'print one JSON document')
    .action(async (options: { plugin?: string; json?: boolean; dataDir?: string; pluginModule?: string[] }) => {
      await ctx.run(options, async (core) => {
        const result = await core.api.clearTokenCache(options.plugin ? { pluginId: options.plugin } : {});
        if (options.json) {
          ctx.io.out(json({ ok: true, ...result }));
          return 0;
        }
        const lines = result.cleared.map(cacheClearedMessage);
        if (options.plugin && lines.length === 0) {
          const info = (await core.api.listPlugins({})).find((p) => p.id === options.plugin);
          lines.push(nothingCachedMessage(info?.displayName ?? options.plugin));
        }
        // Tokens of plugins not loaded now are removed too when no plugin is named.
        if (!options.plugin) lines.push(`Removed ${result.removed} cached token(s) in all.`);
        ctx.io.out(lines.join('\n') + '\n');
        return 0;
      });
    });
}
