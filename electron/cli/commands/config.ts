import { Option, type Command } from 'commander';
import { EcmError } from '../../../shared/errors';
import { writeOutputFile } from '../output-file';
import {
  exchangeProblems,
  exportExchange,
  importExchange,
  parseExchange,
  type Exchange,
} from '../../core/settings/settings-exchange';
import type { Core } from '../../core/open-core';
import { formatBackupPreview } from '../format-backup-preview';
import { json } from '../output';
import { withCommonOptions, type CommandEnv } from '../command-env';
import { readJsonFile } from '../plugin-settings-file';
import {
  exportSettingsFile,
  importSettingsFile,
  onlyWithSpsIni,
  SETTINGS_FILE_FORMATS,
  type SettingsFileFormatName,
} from './config-settings-file';

/** `--format json|sps-ini` and `--plugin <id>` of config export and import (sps-ini: one plugin's SPS ini). */
const formatOption = () =>
  new Option(
    '--format <format>',
    'json: every plugin, as written by config export; sps-ini: the SPS plugin ini of --plugin',
  )
    .choices(SETTINGS_FILE_FORMATS)
    .default('json');
const pluginOption = () =>
  new Option('--plugin <id>', 'with --format sps-ini: the plugin whose settings the file holds (tpam)');

export function registerConfig(program: Command, ctx: CommandEnv): void {
  const config = program.command('config').description('export, import, validate or restore the saved settings');

  withCommonOptions(config.command('export'))
    .description('write the saved settings as JSON (secrets as {"stored": true}, never in clear)')
    .option('--output <file>', 'write to this file instead of standard output')
    .addOption(formatOption())
    .addOption(pluginOption())
    .action(
      async (options: {
        output?: string;
        format: SettingsFileFormatName;
        plugin?: string;
        dataDir?: string;
        pluginModule?: string[];
      }) => {
        await ctx.run(options, async (core) => {
          if (options.format === 'sps-ini') return exportSettingsFile(core, ctx.io, options);
          onlyWithSpsIni(options);
          const skipped: string[] = [];
          const doc = await exportExchange(core, skipped);
          for (const id of skipped)
            ctx.io.err(
              `Warning: the saved settings of plugin '${id}' were not exported: that plugin is not loaded (add --plugin-module <file>).\n`,
            );
          if (options.output) {
            await writeOutputFile(options.output, json(doc));
            ctx.io.err(`Settings exported to ${options.output}.\n`);
          } else {
            ctx.io.out(json(doc));
          }
          return 0;
        });
      },
    );

  withCommonOptions(config.command('import'))
    .description('check an exchange file and, only if all of it is valid, save it')
    .argument('<file>', 'a file written by `config export` (secrets may be given in clear; they are sealed)')
    .addOption(formatOption())
    .addOption(pluginOption())
    .option('--yes', 'with --format sps-ini: import even when the file has warnings (they are printed)')
    .action(
      async (
        file: string,
        options: {
          format: SettingsFileFormatName;
          plugin?: string;
          yes?: boolean;
          dataDir?: string;
          pluginModule?: string[];
        },
      ) => {
        await ctx.run(options, async (core) => {
          if (options.format === 'sps-ini') return importSettingsFile(core, ctx.io, file, options);
          onlyWithSpsIni(options);
          const exchange = parseExchange(core, await readJsonFile(file, 'settings'), file);
          await importExchange(core, exchange);
          core.logger.scope('cli').info(`Settings imported from ${file}.`);
          ctx.io.out(`Imported settings for ${Object.keys(exchange.plugins).length} plugin(s) from ${file}.\n`);
          return 0;
        });
      },
    );

  withCommonOptions(config.command('validate'))
    .description('check an exchange file, or the saved settings when no file is given')
    .argument('[file]', 'a settings exchange file')
    .option('--json', 'print one JSON document')
    .action(
      async (file: string | undefined, options: { json?: boolean; dataDir?: string; pluginModule?: string[] }) => {
        await ctx.run(options, async (core) => {
          const skipped: string[] = [];
          const exchange = file
            ? parseExchange(core, await readJsonFile(file, 'settings'), file)
            : await savedAsExchange(core, skipped);
          const problems = [
            ...(await exchangeProblems(core, exchange)),
            ...skipped.map((pluginId) => ({
              pluginId,
              key: '(plugin)',
              message: 'not checked: that plugin is not loaded (add --plugin-module <file>).',
            })),
          ];
          if (options.json) ctx.io.out(json({ ok: problems.length === 0, problems }));
          else if (problems.length === 0) ctx.io.out(`${file ?? 'The saved settings'}: valid.\n`);
          else ctx.io.err(problems.map((p) => `${p.pluginId}.${p.key}: ${p.message}\n`).join(''));
          return problems.length === 0 ? 0 : 2;
        });
      },
    );

  withCommonOptions(config.command('restore-backup'))
    .description(
      'show what the last good copy would restore, then, once confirmed, replace settings.json with it (the damaged one is kept)',
    )
    .option('--yes', 'restore without asking (needed when standard input is not a terminal)')
    .action(async (options: { yes?: boolean; dataDir?: string; pluginModule?: string[] }) => {
      await ctx.run(options, async (core) => {
        const { preview } = await core.api.previewSettingsBackup({});
        if (preview === null) {
          throw new EcmError({ code: 'NOT_FOUND', message: 'There is no last good copy of the settings to restore.' });
        }
        ctx.io.out(formatBackupPreview(preview, core.settings.lastGoodFile));
        if (!options.yes) {
          if (!ctx.io.confirm) {
            throw new EcmError({
              code: 'VALIDATION',
              field: '--yes',
              message: 'Nothing was restored: confirmation is needed and standard input is not a terminal.',
              hint: 'Check the comparison above, then run the command again with --yes.',
            });
          }
          if (!(await ctx.io.confirm('Replace the current settings.json with this copy?'))) {
            ctx.io.err('Nothing was restored.\n');
            return 1;
          }
        }
        const result = await core.api.restoreSettingsBackup({ backupId: preview.backupId });
        const kept =
          preview.current.state === 'missing'
            ? ''
            : '; the replaced file is kept beside it as settings.damaged-<time>.json';
        ctx.io.out(`Settings restored from the last good copy (written ${result.savedAt})${kept}.\n`);
        return 0;
      });
    });
}

async function savedAsExchange(core: Core, skipped: string[]): Promise<Exchange> {
  const exported = await exportExchange(core, skipped);
  return { activePlugin: exported.activePlugin, plugins: exported.plugins as Exchange['plugins'] };
}
