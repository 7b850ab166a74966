/**
 * A plugin file found in the installation's plugins folder, as the admin is shown it before any
 * of its code runs: file name, size and SHA-256, and whether it is trusted.
 */
export interface DetectedPlugin {
  /** The file's name in the plugins folder (never a path: the folder is fixed by the installation). */
  file: string;
  size: number;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
  /** `new`: never trusted; `changed`: trusted with another hash; `trusted`: this exact file is trusted. */
  trust: 'new' | 'changed' | 'trusted';
  /** For `changed`: the hash that was trusted. */
  trustedSha256?: string;
  /** Whether its code runs in this process now, and which plugin ids it added. */
  loaded: boolean;
  pluginIds: string[];
  /** Why a trusted file is not loaded (it failed to import or broke the contract). */
  problem?: string;
}

export interface DetectedPlugins {
  /** The plugins folder, or null when this process has none (e.g. the development CLI). */
  folder: string | null;
  plugins: DetectedPlugin[];
}
