import { CommanderError } from 'commander';
import { exitCodeFor } from '../../shared/errors';
import { toErrorInfo } from '../core/api/error-info';
import { Redactor } from '../core/log/redactor';
import type { Core } from '../core/open-core';
import { registerClearTokenCache } from './commands/clear-token-cache';
import { registerConfig } from './commands/config';
import { registerLog } from './commands/log';
import { registerPlugins } from './commands/plugins';
import { registerTestAccess } from './commands/test-access';
import { registerTestSettings } from './commands/test-settings';
import { openCliCore, type CliHost } from './cli-core';
import { addExamples, EcmCommand } from './help-text';
import type { CommandEnv } from './command-env';
import { formatError, json, type CliIo } from './output';

/**
 * Runs the CLI and resolves with the exit code: 0 success, 2 usage or validation,
 * 3 refused by the back end, 4 back end unreachable, 1 anything else.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
  host: CliHost = {},
): Promise<number> {
  let exitCode = 0;
  const commandEnv: CommandEnv = {
    io,
    env,
    async run(options, body) {
      let core: Core | null = null;
      try {
        core = await openCliCore(options, env, host);
        exitCode = await body(core);
      } catch (err) {
        const info = toErrorInfo(err, core?.logger.redactor ?? new Redactor());
        if (options.json)
          io.out(
            options.jsonLines ? `${JSON.stringify({ ok: false, error: info })}\n` : json({ ok: false, error: info }),
          );
        else io.err(formatError(info));
        exitCode = exitCodeFor(info.code);
      } finally {
        await core?.close();
      }
    },
  };

  const program = new EcmCommand('ecm-configurator')
    .description('ECM Configurator: test and manage credential-store plugins from the command line.')
    .version(env.npm_package_version ?? '0.1.0')
    .exitOverride()
    // Needed for `plugins trust <file> --data-dir …`: options after a subcommand are that subcommand's.
    .enablePositionalOptions()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError('(run with --help for usage)')
    // "Did you mean …?" for a mistyped command or option (commander's default, stated so it stays).
    .showSuggestionAfterError(true);

  registerPlugins(program, commandEnv);
  registerTestSettings(program, commandEnv);
  registerTestAccess(program, commandEnv);
  registerClearTokenCache(program, commandEnv);
  registerLog(program, commandEnv);
  registerConfig(program, commandEnv);
  addExamples(program);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // No command prints the help as an error (exitCode 1 from commander): a usage error, exit 2.
      const shown = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(err.code);
      if (shown && err.exitCode === 0) return 0;
      return 2;
    }
    throw err;
  }
  return exitCode;
}
