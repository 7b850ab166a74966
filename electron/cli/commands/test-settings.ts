import type { Command } from 'commander';
import { EcmError } from '../../../shared/errors';
import type { DraftValues } from '../../../shared/plugin/draft-values';
import { accountSchema, endpointSchema } from '../../../shared/ipc/payload-schemas';
import { runTestSettings } from '../../core/api/run-test-settings';
import { formatTestResult, json } from '../output';
import { withCommonOptions, type CommandEnv } from '../command-env';
import { coerceSettings, readJsonFile } from '../plugin-settings-file';

interface Options {
  plugin: string;
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
    .requiredOption('--plugin <id>', 'plugin id (see `plugins`)')
    .option('--settings <file.json>', 'settings to test; without it, the saved settings are tested')
    .requiredOption('--user <user>', 'the gateway user: DOMAIN\\name, name@domain or name')
    .requiredOption('--endpoint <host>', 'host name, FQDN or IP address of the endpoint')
    .option('--json', 'print one JSON document')
    .option('--timeout <seconds>', 'give up after this many seconds (1–3600)')
    .action(async (options: Options) => {
      await ctx.run(options, async (core) => {
        const plugin = core.registry.get(options.plugin);
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
  throw new EcmError({ code: 'VALIDATION', field, message: `--${field}: ${parsed.error.issues[0]?.message}.` });
}

function parseTimeout(text: string): number {
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
