import type { LogReaderThread } from '../log/log-reader-thread';
import type { Logger } from '../log/logger';
import type { PluginRegistry } from '../plugins/plugin-registry';
import type { PluginTrust } from '../plugins/plugin-trust';
import type { SettingsStore } from '../settings/settings-store';
import type { TokenCache } from '../tokens/token-cache';
import type { Desktop } from './desktop';
import type { TestRuns } from './test-runs';

/** Everything the API table needs; built by `openCore` (CLI, tests) or by main.ts (app). */
export interface CoreDeps {
  dataDir: string;
  registry: PluginRegistry;
  pluginTrust: PluginTrust;
  settings: SettingsStore;
  tokens: TokenCache;
  logger: Logger;
  logFile: string;
  /** Reads Configurator.log off the main event loop (a worker thread, started at the first read). */
  logReader: LogReaderThread;
  runs: TestRuns;
  desktop: Desktop;
}
