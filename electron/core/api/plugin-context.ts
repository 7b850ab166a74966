import type { CredentialStorePlugin, PluginContext } from '../../../shared/plugin/contract';
import type { Logger } from '../log/logger';
import type { TokenCache } from '../tokens/token-cache';

export const DEFAULT_TIMEOUTS = { connectMs: 15_000, requestMs: 30_000 };

/** Builds the context a plugin operation runs with: its own log scope and token namespace. */
export function pluginContext(
  plugin: CredentialStorePlugin,
  deps: { logger: Logger; tokens: TokenCache },
  signal: AbortSignal,
): PluginContext {
  return {
    log: deps.logger.scope(plugin.id),
    tokens: deps.tokens.scope(plugin.id),
    signal,
    timeouts: DEFAULT_TIMEOUTS,
    registerSecret: (value) => deps.logger.redactor.add(value),
  };
}
