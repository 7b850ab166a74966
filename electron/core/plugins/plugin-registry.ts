import { EcmError } from '../../../shared/errors';
import { PLUGIN_CACHE_KINDS, pluginIdSchema, type CredentialStorePlugin } from '../../../shared/plugin/contract';
import type { PluginInfo } from '../../../shared/plugin/plugin-info';
import { settingFieldSchema } from '../../../shared/plugin/settings-schema';

/**
 * The plugins this process knows. Each one is checked against the contract when added,
 * so a broken third-party plugin is refused with a message instead of breaking the form.
 */
export class PluginRegistry {
  private readonly plugins = new Map<string, CredentialStorePlugin>();

  constructor(plugins: readonly CredentialStorePlugin[] = []) {
    for (const plugin of plugins) this.add(plugin);
  }

  add(plugin: CredentialStorePlugin): void {
    const problem = describeProblem(plugin);
    if (problem) {
      throw new EcmError({
        code: 'CONFIG',
        message: `Plugin '${String((plugin as { id?: unknown })?.id ?? '?')}' does not meet the plugin contract: ${problem}.`,
        hint: 'See docs/PLUGINS.md for the contract.',
      });
    }
    if (this.plugins.has(plugin.id)) {
      throw new EcmError({
        code: 'CONFIG',
        message: `Two plugins have the id '${plugin.id}'.`,
        hint: 'Remove one of them.',
      });
    }
    this.plugins.set(plugin.id, plugin);
  }

  list(): PluginInfo[] {
    return [...this.plugins.values()].map(describe).sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  has(id: string): boolean {
    return this.plugins.has(id);
  }

  get(id: string): CredentialStorePlugin {
    const plugin = this.plugins.get(id);
    if (!plugin) {
      const known = [...this.plugins.keys()];
      throw new EcmError({
        code: 'NOT_FOUND',
        field: 'pluginId',
        message: `No plugin with the id '${id}' is installed.`,
        hint: known.length > 0 ? `Installed plugins: ${known.join(', ')}.` : 'No plugins are installed.',
      });
    }
    return plugin;
  }

  all(): CredentialStorePlugin[] {
    return [...this.plugins.values()];
  }
}

function describe(plugin: CredentialStorePlugin): PluginInfo {
  // A deep copy: the renderer and the CLI get data, never the plugin's own objects.
  return structuredClone({
    id: plugin.id,
    displayName: plugin.displayName,
    version: plugin.version,
    description: plugin.description,
    settings: plugin.settings,
    caches: plugin.caches ?? 'tokens',
    ...(plugin.settingsFile
      ? { settingsFile: { label: plugin.settingsFile.label, extension: plugin.settingsFile.extension } }
      : {}),
  });
}

function describeProblem(plugin: CredentialStorePlugin): string | null {
  if (typeof plugin !== 'object' || plugin === null) return 'it is not an object';
  const id = pluginIdSchema.safeParse(plugin.id);
  if (!id.success) return `id: ${id.error.issues[0]?.message}`;
  for (const key of ['displayName', 'version', 'description'] as const) {
    if (typeof plugin[key] !== 'string' || (key !== 'description' && plugin[key].length === 0))
      return `${key} must be text`;
  }
  if (!Array.isArray(plugin.settings)) return 'settings must be a list of fields';
  const seen = new Set<string>();
  for (const [index, field] of plugin.settings.entries()) {
    const parsed = settingFieldSchema.safeParse(field);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return `settings[${index}].${issue?.path.join('.')}: ${issue?.message}`;
    }
    if (seen.has(parsed.data.key)) return `settings key '${parsed.data.key}' appears twice`;
    seen.add(parsed.data.key);
  }
  if (plugin.caches !== undefined && !PLUGIN_CACHE_KINDS.includes(plugin.caches))
    return `caches must be one of ${PLUGIN_CACHE_KINDS.join(', ')}`;
  for (const op of ['testSettings', 'retrieveCredential', 'clearTokenCache'] as const) {
    if (typeof plugin[op] !== 'function') return `${op} must be a function`;
  }
  return null;
}
