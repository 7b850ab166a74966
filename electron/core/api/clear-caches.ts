import type { CacheCleared } from '../../../shared/plugin/cache-cleared';
import type { CoreDeps } from './core-deps';
import { pluginContext } from './plugin-context';

/**
 * Clear Token Cache for one plugin or all: each plugin drops what it declares it keeps (`caches`:
 * tokens or pooled SSH connections); a plugin that keeps nothing is not asked and not listed.
 */
export async function clearCaches(
  deps: CoreDeps,
  pluginId: string | undefined,
): Promise<{ removed: number; cleared: CacheCleared[] }> {
  const plugins = pluginId === undefined ? deps.registry.all() : [deps.registry.get(pluginId)];
  const cleared: CacheCleared[] = [];
  for (const plugin of plugins) {
    const caches = plugin.caches ?? 'tokens';
    if (caches === 'nothing') continue;
    const count = await plugin.clearTokenCache(pluginContext(plugin, deps, new AbortController().signal));
    cleared.push({ pluginId: plugin.id, displayName: plugin.displayName, caches, count });
  }
  let removed = cleared.filter((c) => c.caches === 'tokens').reduce((sum, c) => sum + c.count, 0);
  // "All" means all: tokens left by a plugin that is not loaded now go too.
  if (pluginId === undefined) removed += await deps.tokens.clear();
  return { removed, cleared };
}
