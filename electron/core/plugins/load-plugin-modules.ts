import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EcmError } from '../../../shared/errors';
import type { CredentialStorePlugin } from '../../../shared/plugin/contract';
import { pluginKit, type PluginFactory } from '../../../shared/plugin-kit';

/**
 * Loads third-party plugins from JavaScript modules (ESM or CommonJS). A module exports
 * `default` (one plugin, a list, or a function that receives the plugin kit and returns either)
 * or `plugins` (a list). The function form is how a plain JavaScript plugin gets the kit's
 * run-time pieces (StepRecorder, EcmError) without importing the app's sources. Only modules the admin names
 * or trusts are loaded: the plugins folder is read through plugin-trust.ts, which imports a file
 * only once its hash is trusted.
 */
export async function loadPluginModules(modulePaths: readonly string[]): Promise<CredentialStorePlugin[]> {
  const plugins: CredentialStorePlugin[] = [];
  for (const modulePath of modulePaths) {
    const absolute = path.resolve(modulePath);
    plugins.push(...(await loadPluginModuleAs(absolute, absolute)));
  }
  return plugins;
}

/** Imports the module at `absolute`; messages name it `shownAs` (a trusted copy is shown by its original name). */
export async function loadPluginModuleAs(absolute: string, shownAs: string): Promise<CredentialStorePlugin[]> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(absolute).href)) as Record<string, unknown>;
  } catch (err) {
    throw new EcmError({
      code: 'CONFIG',
      message: `Cannot load the plugin module ${shownAs}: ${(err as Error).message}`,
      hint: 'Check the path and that the file is a JavaScript module (.js, .mjs or .cjs).',
    });
  }
  const exported = mod.plugins ?? mod.default ?? (mod['module.exports'] as unknown);
  const created = typeof exported === 'function' ? await createWithKit(exported as PluginFactory, shownAs) : exported;
  const list = Array.isArray(created) ? created : [created];
  if (list.length === 0 || list.some((p) => typeof p !== 'object' || p === null)) {
    throw new EcmError({
      code: 'CONFIG',
      message: `The plugin module ${shownAs} ${typeof exported === 'function' ? 'returned' : 'exports'} no plugin.`,
      hint: 'Export the plugin object as the default export, a list of plugins as `plugins`, or a default function that takes the plugin kit and returns the plugin.',
    });
  }
  return list as CredentialStorePlugin[];
}

/** Calls a module's default export function with the kit; a throw names the module, not a stack. */
async function createWithKit(factory: PluginFactory, shownAs: string): Promise<unknown> {
  try {
    return await factory(pluginKit);
  } catch (err) {
    throw new EcmError({
      code: 'CONFIG',
      message: `The plugin module ${shownAs} failed to create its plugin: ${(err as Error)?.message ?? String(err)}`,
      hint: 'Its default export is called with the plugin kit and must return the plugin; see docs/PLUGINS.md.',
    });
  }
}

/** Loads each module on its own, so one broken third-party plugin cannot keep the app from starting. */
export async function loadPluginModulesReporting(
  modulePaths: readonly string[],
  report: (message: string) => void,
): Promise<CredentialStorePlugin[]> {
  const plugins: CredentialStorePlugin[] = [];
  for (const modulePath of modulePaths) {
    try {
      plugins.push(...(await loadPluginModules([modulePath])));
    } catch (err) {
      report((err as Error).message);
    }
  }
  return plugins;
}
