import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EcmError } from '../../../shared/errors';
import type { CredentialStorePlugin } from '../../../shared/plugin/contract';

/**
 * Loads third-party plugins from JavaScript modules (ESM or CommonJS). A module exports
 * `default` (one plugin, or a list) or `plugins` (a list). Only modules the admin names
 * are loaded; nothing is picked up from a folder by itself.
 */
export async function loadPluginModules(modulePaths: readonly string[]): Promise<CredentialStorePlugin[]> {
  const plugins: CredentialStorePlugin[] = [];
  for (const modulePath of modulePaths) {
    const absolute = path.resolve(modulePath);
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(absolute).href)) as Record<string, unknown>;
    } catch (err) {
      throw new EcmError({
        code: 'CONFIG',
        message: `Cannot load the plugin module ${absolute}: ${(err as Error).message}`,
        hint: 'Check the path and that the file is a JavaScript module (.js, .mjs or .cjs).',
      });
    }
    const exported = mod.plugins ?? mod.default ?? (mod['module.exports'] as unknown);
    const list = Array.isArray(exported) ? exported : [exported];
    if (list.length === 0 || list.some((p) => typeof p !== 'object' || p === null)) {
      throw new EcmError({
        code: 'CONFIG',
        message: `The plugin module ${absolute} exports no plugin.`,
        hint: 'Export the plugin object as the default export, or a list of plugins as `plugins`.',
      });
    }
    plugins.push(...(list as CredentialStorePlugin[]));
  }
  return plugins;
}
