import packageJson from '../../../package.json';
import type { AboutInfo } from '../../../shared/ipc/responses-about';
import type { CoreDeps } from './core-deps';

/**
 * What the About dialog shows: versions, where the data and the log are, the license. Read in the
 * main process, where `process.versions` names Electron and Chromium; in plain Node (CLI, browser
 * test host) they are absent and answered as null. Nothing here is secret.
 */
export function aboutInfo(deps: Pick<CoreDeps, 'registry' | 'dataDir' | 'logFile'>): AboutInfo {
  const versions = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
  return {
    product: { name: 'ECM Configurator', version: packageJson.version, license: packageJson.license },
    plugins: deps.registry.list().map((p) => ({ id: p.id, displayName: p.displayName, version: p.version })),
    runtime: { electron: versions.electron ?? null, chrome: versions.chrome ?? null, node: versions.node },
    dataDir: deps.dataDir,
    logFile: deps.logFile,
  };
}
