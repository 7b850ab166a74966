import type { Command } from 'commander';
import { EcmError } from '../../../shared/errors';
import type { DraftValues } from '../../../shared/plugin/draft-values';
import { accountSchema, endpointSchema } from '../../../shared/ipc/payload-schemas';
import { runTestSettings } from '../../core/api/run-test-settings';
import type { Core } from '../../core/open-core';
import { optionError } from '../option-errors';
import { formatTestResult, json } from '../output';
import { withCommonOptions, type CommandEnv } from '../command-env';
import { coerceSettings, readJsonFile } from '../plugin-settings-file';

interface Options {
  plugin?: string;
  settings?: string;
  user: string;
  endpoint: string;
  json?: boolean;
  timeout?: string;
  dataDir?: string;
  pluginModule?: string[];
}

export function registerTestSettings(program: Command, ctx: CommandEnv): void {
  withCommonOptions(program.command('test-settings'))
    .description('list the credentials a user may use on an endpoint (never the passwords)')
    .option('--plugin <id>', 'plugin id (see `plugins`); default: the active plugin saved in the app')
    .option('--settings <file.json>', 'settings to test; without it, the saved settings are tested')
    .requiredOption('--user <user>', 'the gateway user: DOMAIN\\name, name@domain or name')
    .requiredOption('--endpoint <host>', 'host name, FQDN or IP address of the endpoint')
    .option('--json', 'print one JSON document')
    .option('--timeout <seconds>', 'give up after this many seconds (1–3600)')
    .action(async (options: Options) => {
      await ctx.run(options, async (core) => {
        const pluginId = options.plugin ?? (await activePluginOrFail(core));
        const plugin = core.registry.get(pluginId);
        // Without --plugin, say which one was used, on stderr so that --json output stays one document.
        if (options.plugin === undefined)
          ctx.io.err(`Using the active plugin '${plugin.id}' (choose another with --plugin).\n`);
        const user = parseWith(accountSchema, options.user, 'user');
        const endpoint = parseWith(endpointSchema, options.endpoint, 'endpoint');
        const timeoutMs = options.timeout === undefined ? undefined : parseTimeout(options.timeout);
        let values: DraftValues | undefined;
        if (!options.settings && !(await core.settings.getStored(plugin.id))) {
          throw new EcmError({
            code: 'CONFIG',
            message: `Nothing is saved for the plugin '${plugin.id}' in ${core.dataDir}.`,
            hint: 'Pass the settings with --settings <file.json>, save them in the app, or import them with `ecm-configurator config import <file>`.',
          });
        }
        if (options.settings) {
          values = coerceSettings(plugin.settings, await readJsonFile(options.settings, 'settings'), options.settings);
        }
        const result = await runTestSettings(core, {
          pluginId: plugin.id,
          values,
          useStored: options.settings === undefined,
          user,
          endpoint,
          timeoutMs,
        });
        ctx.io.out(
          options.json
            ? json({
                ok: true,
                plugin: plugin.id,
                user,
                endpoint,
                credentials: result.credentials,
                steps: result.steps,
                reasons: result.reasons,
              })
            : formatTestResult(result),
        );
        return 0;
      });
    });
}

function parseWith(schema: typeof accountSchema, value: string, field: string): string {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw optionError(`--${field}`, parsed.error);
}

export function parseTimeout(text: string): number {
  const seconds = Number(text);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 3600) {
    throw new EcmError({
      code: 'VALIDATION',
      field: 'timeout',
      message: `--timeout must be a whole number of seconds from 1 to 3600; '${text}' is not.`,
    });
  }
  return seconds * 1000;
}

/** The plugin chosen in the app (or by `config import`), for admins who test what is in use. */
export async function activePluginOrFail(core: Core): Promise<string> {
  const active = await core.settings.getActivePlugin();
  if (active) return active;
  const ids = core.registry.list().map((p) => p.id);
  throw new EcmError({
    code: 'VALIDATION',
    field: 'plugin',
    message: `No active plugin is saved in ${core.dataDir}, so --plugin is needed.`,
    hint: `Pass --plugin <id>; the plugins available are: ${ids.join(', ')}.`,
  });
}
