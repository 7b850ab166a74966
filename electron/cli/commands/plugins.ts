import type { Command } from 'commander';
import type { Core } from '../../core/open-core';
import { formatDetectedPlugins, formatPlugins, json } from '../output';
import { withCommonOptions, type CommandEnv } from '../command-env';
import { trustPluginFile } from './plugins-trust';

type ListOptions = { json?: boolean; dataDir?: string; pluginModule?: string[] };

export function registerPlugins(program: Command, ctx: CommandEnv): void {
  const plugins = withCommonOptions(program.command('plugins'))
    .description('list the installed plugins, and the plugin files in the plugins folder with their SHA-256 and trust')
    .option('--json', 'print one JSON document')
    // `plugins trust <file> --data-dir …`: the options after `trust` are trust's, not the list's.
    .enablePositionalOptions()
    .action(async (options: ListOptions) => {
      await ctx.run(options, async (core) => {
        const listed = await listPlugins(core);
        ctx.io.out(
          options.json
            ? json({ ok: true, ...listed })
            : formatPlugins(listed.plugins) + formatDetectedPlugins(listed.pluginsFolder, listed.detected),
        );
        return 0;
      });
    });

  withCommonOptions(plugins.command('trust <file>'))
    .description(
      'trust a plugin file detected in the plugins folder (shows its name, size and SHA-256 first) and load it from now on',
    )
    .option('--yes', 'do not ask: trust the file as it is now')
    .option('--json', 'print one JSON document')
    .action(async (file: string, options: ListOptions & { yes?: boolean }) => {
      await ctx.run(options, (core) => trustPluginFile(core, file, options, ctx.io));
    });
}

/** Every registered plugin with where it came from, and every file in the plugins folder. */
async function listPlugins(core: Core) {
  const detected = await core.pluginTrust.list();
  return {
    plugins: core.registry.list().map((p) => ({ ...p, ...core.pluginTrust.origin(p.id) })),
    pluginsFolder: detected.folder,
    detected: detected.plugins,
  };
}
