import path from 'node:path';
import { EcmError } from '../../shared/errors';
import type { CredentialStorePlugin } from '../../shared/plugin/contract';
import { defaultDataDir } from '../core/data-dir';
import { openCore, type Core } from '../core/open-core';
import type { LogSink } from '../core/log/logger';
import { loadPluginModules } from '../core/plugins/load-plugin-modules';
import { refuseSharedDataDir } from '../core/security/private-paths';
import type { Sealer } from '../core/security/sealer';
import { builtinPlugins } from '../plugins/builtin-plugins';

export interface CommonOptions {
  dataDir?: string;
  pluginModule?: string[];
}

/** Extra plugin modules: `--plugin-module` options, then `ECM_PLUGIN_MODULES` (path-list separated). */
export function pluginModulePaths(options: CommonOptions, env: NodeJS.ProcessEnv): string[] {
  const fromEnv = (env.ECM_PLUGIN_MODULES ?? '').split(path.delimiter).filter(Boolean);
  return [...(options.pluginModule ?? []), ...fromEnv];
}

/**
 * Where the CLI runs: `npx ecm-configurator` (plain Node: key-file sealer, default data directory)
 * or the packaged app's `--cli` (the OS sealer and the app's own data directory, so both see the
 * same sealed settings).
 */
export interface CliHost {
  /** The packaged app's CLI loads no code from options or the environment (see main.ts). */
  packaged?: boolean;
  /**
   * The installation's plugins folder (the packaged app's resources\plugins). Its files load only
   * once trusted (core/plugins/plugin-trust.ts). The development CLI has one only when
   * ECM_PLUGINS_DIR names it.
   */
  pluginsFolder?: string | null;
  sealer?: Sealer;
  defaultDataDir?: string;
  /** The log of the data directory the command uses (the default one or `--data-dir`). */
  logSinkFor?: (dataDir: string) => LogSink;
}

/** Opens the same core the app uses, on the given or default data directory. */
export async function openCliCore(options: CommonOptions, env: NodeJS.ProcessEnv, host: CliHost = {}): Promise<Core> {
  const paths = pluginModulePaths(options, env);
  if (host.packaged && paths.length > 0) {
    throw new EcmError({
      code: 'VALIDATION',
      field: 'plugin-module',
      message: 'The packaged app does not load plugin modules from the command line or the environment.',
      hint: "Put the plugin module in the installation's resources\\plugins folder (administrators only).",
    });
  }
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : (host.defaultDataDir ?? defaultDataDir(env));
  // Before anything is read from it or written to it.
  await refuseSharedDataDir(dataDir);
  // Consent: on an unpackaged build, naming a module on the command line (or in ECM_PLUGIN_MODULES)
  // is the admin's choice to run it, as with `node file.mjs`; it is loaded without the trust list.
  const named: { file: string; plugins: CredentialStorePlugin[] }[] = [];
  for (const file of paths) named.push({ file: path.resolve(file), plugins: await loadPluginModules([file]) });
  const core = await openCore({
    dataDir,
    plugins: [...builtinPlugins(), ...named.flatMap((n) => n.plugins)],
    pluginsFolder: host.pluginsFolder !== undefined ? host.pluginsFolder : pluginsFolderOf(env, host),
    ...(host.sealer ? { sealer: host.sealer } : {}),
    ...(host.logSinkFor ? { logSink: host.logSinkFor(dataDir) } : {}),
  });
  for (const { file, plugins } of named)
    await core.pluginTrust.noteCommandLine(
      file,
      plugins.map((p) => p.id),
    );
  return core;
}

/** Development only: the packaged app's folder is fixed by its installation, never by the environment. */
function pluginsFolderOf(env: NodeJS.ProcessEnv, host: CliHost): string | null {
  return !host.packaged && env.ECM_PLUGINS_DIR ? path.resolve(env.ECM_PLUGINS_DIR) : null;
}
