import { Option, type Command } from 'commander';
import type { Core } from '../core/open-core';
import type { CommonOptions } from './cli-core';
import type { CliIo } from './output';

/**
 * What every command receives from the program, and the options every command takes. Kept apart
 * from program.ts, which imports the commands, so that the commands need not import it back.
 */
export interface CommandEnv {
  io: CliIo;
  env: NodeJS.ProcessEnv;
  /**
   * Opens the core, runs `body`, closes it; turns errors into output and an exit code.
   * `jsonLines`: with --json, the error is printed on one line, as JSON Lines output must be.
   */
  run(
    options: CommonOptions & { json?: boolean; jsonLines?: boolean },
    body: (core: Core) => Promise<number>,
  ): Promise<void>;
}

/** Adds the options every command takes. */
export function withCommonOptions(command: Command): Command {
  return command
    .option('--data-dir <dir>', "data directory (settings, token cache, Configurator.log); default: the app's")
    .addOption(new Option('--plugin-module <file...>', 'load a third-party plugin module (also ECM_PLUGIN_MODULES)'));
}
