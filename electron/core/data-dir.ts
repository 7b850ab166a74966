import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'ECM Configurator';

/**
 * The data directory: settings, the sealed token cache, the sealing key and Configurator.log.
 * The same folder Electron uses as `userData` for the product name, so the CLI and the app
 * share it; `ECM_DATA_DIR` overrides it (the demo and the tests use their own).
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (env.ECM_DATA_DIR) return path.resolve(env.ECM_DATA_DIR);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}
