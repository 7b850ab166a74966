import type { SettingField } from './settings-schema';

/** What the renderer learns about a plugin: its description, no code. */
export interface PluginInfo {
  id: string;
  displayName: string;
  version: string;
  description: string;
  settings: SettingField[];
  /** Present when the plugin's settings can be imported from and exported to a file. */
  settingsFile?: { label: string; extension: string };
}
