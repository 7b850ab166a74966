import type { CredentialSummary, Reason, Step } from '../plugin/contract';
import type { SettingViewValue } from '../plugin/secret-values';
import type { LOG_LEVELS } from './payload-schemas';

export interface SettingsView {
  pluginId: string;
  values: Record<string, SettingViewValue>;
  /** ISO time of the last save, or null when never saved (defaults shown). */
  savedAt: string | null;
}

export interface TestSettingsResponse {
  pluginId: string;
  user: string;
  endpoint: string;
  credentials: CredentialSummary[];
  steps: Step[];
  /** Why credentials were not usable or none were found (empty when there is nothing to explain). */
  reasons: Reason[];
  ms: number;
}

export type LogLevelName = (typeof LOG_LEVELS)[number];

export interface LogLine {
  /** `YYYY-MM-DD HH:MM:SS.mmm`, local time, as written. */
  time: string;
  level: LogLevelName;
  scope: string;
  message: string;
  /** Byte offset of the line in the file. */
  offset: number;
}

export interface LogPage {
  path: string;
  lines: LogLine[];
  /** Byte offset of the first line returned; pass as `before` for older lines. */
  startOffset: number;
  /** True when nothing older is left to read. */
  atStart: boolean;
  fileSize: number;
}

/** How one plugin's saved settings in the last good copy compare with the current file. Names only, never values. */
export interface BackupPluginDiff {
  pluginId: string;
  /** `unknown`: the current file (or this plugin's part of it) cannot be read to compare. */
  status: 'same' | 'differs' | 'only-in-backup' | 'not-in-backup' | 'unknown';
  /** The setting keys whose stored values differ (for `differs`). */
  fields: string[];
}

/** What "Restore last good copy" would put back, shown before anything is replaced. */
export interface BackupPreview {
  /** Pass to `restoreSettingsBackup`, so that exactly the copy shown is restored. */
  backupId: string;
  /** When the last good copy was written. */
  savedAt: string;
  activePlugin: string | null;
  current:
    { state: 'missing' } | { state: 'readable'; activePlugin: string | null } | { state: 'damaged'; reason: string };
  plugins: BackupPluginDiff[];
  /** Display names of the plugins the registry knows, by id. */
  displayNames: Record<string, string>;
}
