import nodeLog from 'electron-log/node';
import { promises as fs } from 'node:fs';
import type { ApiImpl } from '../../shared/ipc/channels';
import type { CredentialStorePlugin } from '../../shared/plugin/contract';
import type { CoreDeps } from './api/core-deps';
import { createApi } from './api/create-api';
import { headlessDesktop, type Desktop } from './api/desktop';
import { TestRuns } from './api/test-runs';
import type { AtomicWriteHooks } from './fs/atomic-write';
import { fileSinkFor, logFilePath } from './log/file-sink';
import { LogReaderThread } from './log/log-reader-thread';
import { Logger, type LogSink } from './log/logger';
import { Redactor } from './log/redactor';
import { PluginRegistry } from './plugins/plugin-registry';
import { PluginTrust } from './plugins/plugin-trust';
import { NodeSealer } from './security/node-sealer';
import type { Sealer } from './security/sealer';
import { SettingsStore } from './settings/settings-store';
import { TokenCache } from './tokens/token-cache';

export interface OpenCoreOptions {
  dataDir: string;
  plugins: readonly CredentialStorePlugin[];
  /** Defaults to the key-file sealer (CLI, tests); the app passes the OS one. */
  sealer?: Sealer;
  /** Defaults to electron-log/node writing Configurator.log; the app passes its own (also electron-log/node). */
  logSink?: LogSink;
  settingsHooks?: AtomicWriteHooks;
  /** Electron's shell and dialogs in the app; nothing elsewhere. */
  desktop?: Desktop;
  /**
   * The installation's plugins folder: its files are detected, and only those the admin trusted
   * are loaded (core/plugins/plugin-trust.ts). None by default.
   */
  pluginsFolder?: string | null;
  /** The environment checked for settings that weaken security; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface Core extends CoreDeps {
  api: ApiImpl;
  /** Closes plugin connections and ends the log reader thread; call on exit. */
  close(): Promise<void>;
}

let loggerCount = 0;

/** Wires the plain-Node core for one data directory. */
export async function openCore(options: OpenCoreOptions): Promise<Core> {
  await fs.mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const sealer = options.sealer ?? (await NodeSealer.open(options.dataDir));
  const sink = options.logSink ?? fileSinkFor(nodeLog.create({ logId: `ecm-core-${++loggerCount}` }), options.dataDir);
  const logger = new Logger(sink, new Redactor());
  warnAboutInsecureTls(logger, options.env ?? process.env);
  const registry = new PluginRegistry(options.plugins);
  const settings = new SettingsStore(options.dataDir, sealer, options.settingsHooks);
  const pluginTrust = new PluginTrust({
    folder: options.pluginsFolder ?? null,
    dataDir: options.dataDir,
    settings,
    sealer,
    registry,
    logger,
  });
  await pluginTrust.loadTrusted();
  const tokens = new TokenCache(options.dataDir, sealer, (m) => logger.scope('tokens').warn(m));
  const deps: CoreDeps = {
    dataDir: options.dataDir,
    registry,
    pluginTrust,
    settings,
    tokens,
    logger,
    logFile: logFilePath(options.dataDir),
    logReader: new LogReaderThread(),
    runs: new TestRuns(logger.redactor),
    desktop: options.desktop ?? headlessDesktop,
  };
  return {
    ...deps,
    api: createApi(deps),
    async close() {
      await Promise.all([...registry.all().map((p) => p.dispose?.()), deps.logReader.close()]);
    },
  };
}

/**
 * NODE_TLS_REJECT_UNAUTHORIZED=0 turns off certificate checks for every TLS connection that does not
 * ask for them explicitly. The plugins' transports do ask (rejectUnauthorized: true), so it has no
 * effect on them, but an admin who set it expects otherwise, and other code might not ask: say so.
 */
function warnAboutInsecureTls(logger: Logger, env: NodeJS.ProcessEnv): void {
  if (env.NODE_TLS_REJECT_UNAUTHORIZED !== '0') return;
  logger
    .scope('core')
    .error(
      'NODE_TLS_REJECT_UNAUTHORIZED=0 is set in the environment. ECM Configurator ignores it and always verifies TLS certificates; remove this variable from the environment of this account or service.',
    );
}
