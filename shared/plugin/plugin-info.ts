import type { SettingField } from './settings-schema';

/** What the renderer learns about a plugin: its description, no code. */
export interface PluginInfo {
  id: string;
  displayName: string;
  version: string;
  description: string;
  settings: SettingField[];
}
