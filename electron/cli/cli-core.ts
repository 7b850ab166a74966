import path from 'node:path';
import type { CredentialStorePlugin } from '../../shared/plugin/contract';
import { defaultDataDir } from '../core/data-dir';
import { openCore, type Core } from '../core/open-core';
import type { LogSink } from '../core/log/logger';
import { loadPluginModules } from '../core/plugins/load-plugin-modules';
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
  sealer?: Sealer;
  defaultDataDir?: string;
  logSink?: LogSink;
}

/** Opens the same core the app uses, on the given or default data directory. */
export async function openCliCore(options: CommonOptions, env: NodeJS.ProcessEnv, host: CliHost = {}): Promise<Core> {
  const extra: CredentialStorePlugin[] = await loadPluginModules(pluginModulePaths(options, env));
  return openCore({
    dataDir: options.dataDir ? path.resolve(options.dataDir) : (host.defaultDataDir ?? defaultDataDir(env)),
    plugins: [...builtinPlugins(), ...extra],
    ...(host.sealer ? { sealer: host.sealer } : {}),
    ...(host.logSink ? { logSink: host.logSink } : {}),
  });
}
