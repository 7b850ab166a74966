import type { PluginCacheKind } from './contract';

/** What Clear Token Cache dropped for one plugin. */
export interface CacheCleared {
  pluginId: string;
  displayName: string;
  caches: Exclude<PluginCacheKind, 'nothing'>;
  /** Tokens removed, or SSH connections closed. */
  count: number;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The sentence the admin reads, the same in the app and the CLI. */
export function cacheClearedMessage(cleared: CacheCleared): string {
  switch (cleared.caches) {
    case 'tokens':
      return `Token cache of ${cleared.displayName} cleared: ${plural(cleared.count, 'cached token')} removed.`;
    case 'ssh-connections':
      return `Closed ${plural(cleared.count, 'SSH connection')} to ${cleared.displayName}; the next request reconnects.`;
  }
}

/** The message for a plugin that keeps nothing between requests (CLI `--plugin` on such a plugin). */
export function nothingCachedMessage(displayName: string): string {
  return `${displayName} keeps no tokens or connections between requests: there is nothing to clear.`;
}
