import type { SettingField } from '../../../shared/plugin/settings-schema';

/** What the fuzz knows about the core under test: its plugins and values worth trying often. */
export type Payload = Record<string, unknown>;

export interface FuzzPlugin {
  id: string;
  settings: readonly SettingField[];
}

export interface FuzzWorld {
  plugins: readonly FuzzPlugin[];
  /** The plugin whose settings file format importSettingsFile should mostly exercise. */
  settingsFilePlugin?: string;
  /** Per plugin and setting key, values worth trying often (e.g. the real vault file). */
  favourites?: Record<string, Record<string, readonly unknown[]>>;
  /** Hashes of the files in the plugins folder (trustPlugin). */
  detectedSha256?: readonly string[];
}
