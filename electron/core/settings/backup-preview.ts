import { createHash } from 'node:crypto';
import type { BackupPreview, BackupPluginDiff } from '../../../shared/ipc/responses';
import { jsonErrorAt } from './json-error-at';
import { storedPluginSettingsSchema, type SettingsDoc, type StoredPluginSettings } from './settings-document';

/**
 * What "Restore last good copy" would change, computed from the two files' text before anything
 * is replaced. Only plugin ids and field names leave this module: never a value, sealed or not,
 * because the preview travels to the renderer and the console.
 */

/** Identifies one version of the last good copy, so a restore replaces exactly what was shown. */
export function backupIdOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

export interface CurrentFile {
  /** `null` when there is no settings file at all. */
  text: string | null;
  /** The reason it cannot be used, from the store's own parser; `null` when it is whole. */
  damage: string | null;
}

export function previewBackup(
  backupText: string,
  backup: SettingsDoc,
  savedAt: string,
  current: CurrentFile,
): Omit<BackupPreview, 'displayNames'> {
  // No file at all compares as a file without any plugin's settings.
  const readable = current.text === null ? {} : readPlugins(current.text);
  const state: BackupPreview['current'] =
    current.text === null
      ? { state: 'missing' }
      : current.damage === null
        ? { state: 'readable', activePlugin: readActive(current.text) }
        : { state: 'damaged', reason: plainReason(current.text, current.damage) };
  const ids = new Set([...Object.keys(backup.plugins), ...Object.keys(readable ?? {})]);
  const plugins: BackupPluginDiff[] = [...ids]
    .sort()
    .map((pluginId) => diffPlugin(pluginId, backup.plugins[pluginId], readable));
  return { backupId: backupIdOf(backupText), savedAt, activePlugin: backup.activePlugin, current: state, plugins };
}

function diffPlugin(
  pluginId: string,
  kept: StoredPluginSettings | undefined,
  current: Record<string, StoredPluginSettings | 'unreadable'> | null,
): BackupPluginDiff {
  const now = current?.[pluginId];
  if (current === null || now === 'unreadable') return { pluginId, status: 'unknown', fields: [] };
  if (kept === undefined) return { pluginId, status: 'not-in-backup', fields: [] };
  if (now === undefined) return { pluginId, status: 'only-in-backup', fields: [] };
  const keys = [...new Set([...Object.keys(kept.values), ...Object.keys(now.values)])].sort();
  // Sealed values compare as their sealed text: equal text is the same secret; a secret sealed
  // again compares as different, which errs on the side of telling the admin.
  const fields = keys.filter((key) => JSON.stringify(kept.values[key]) !== JSON.stringify(now.values[key]));
  return { pluginId, status: fields.length === 0 ? 'same' : 'differs', fields };
}

/**
 * Each plugin's block of the current file that still reads as stored settings, even when the
 * document as a whole does not (a wrong schema version, one damaged block). `null`: not JSON at all.
 */
function readPlugins(text: string): Record<string, StoredPluginSettings | 'unreadable'> | null {
  const json = parseJson(text);
  if (json === undefined) return null;
  const plugins = (json as { plugins?: unknown } | null)?.plugins;
  if (typeof plugins !== 'object' || plugins === null || Array.isArray(plugins)) return null;
  const out: Record<string, StoredPluginSettings | 'unreadable'> = {};
  for (const [id, block] of Object.entries(plugins)) {
    const parsed = storedPluginSettingsSchema.safeParse(block);
    out[id] = parsed.success ? parsed.data : 'unreadable';
  }
  return out;
}

function readActive(text: string): string | null {
  const active = (parseJson(text) as { activePlugin?: unknown } | undefined)?.activePlugin;
  return typeof active === 'string' ? active : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * "not valid JSON at line 3, column 2" instead of the engine's message, which may quote a piece
 * of the file; for a file that is JSON but not settings, the store's reason (paths and rules only).
 */
function plainReason(text: string, damage: string): string {
  if (text.trim() === '') return 'the file is empty';
  const at = jsonErrorAt(text);
  if (at === null) return damage;
  return at.atEnd
    ? `not valid JSON: it ends too early, at line ${at.line}`
    : `not valid JSON at line ${at.line}, column ${at.column}`;
}
