import type { PluginCacheKind } from './contract';
import type { SettingField } from './settings-schema';

/** What the renderer learns about a plugin: its description, no code. */
export interface PluginInfo {
  id: string;
  displayName: string;
  version: string;
  description: string;
  settings: SettingField[];
  /** What Clear Token Cache drops for this plugin (the registry always fills it); no button when `nothing`. */
  caches?: PluginCacheKind;
  /** Present when the plugin's settings can be imported from and exported to a file. */
  settingsFile?: { label: string; extension: string };
}
