import path from 'node:path';
import type { CredentialStorePlugin } from '../../shared/plugin/contract';
import { defaultDataDir } from '../core/data-dir';
import { openCore, type Core } from '../core/open-core';
import { loadPluginModules } from '../core/plugins/load-plugin-modules';
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

/** Opens the same core the app uses, on the given or default data directory. */
export async function openCliCore(options: CommonOptions, env: NodeJS.ProcessEnv): Promise<Core> {
  const extra: CredentialStorePlugin[] = await loadPluginModules(pluginModulePaths(options, env));
  return openCore({
    dataDir: options.dataDir ? path.resolve(options.dataDir) : defaultDataDir(env),
    plugins: [...builtinPlugins(), ...extra],
  });
}
