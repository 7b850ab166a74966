import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EcmError } from '../../../shared/errors';
import type { DraftValues } from '../../../shared/ipc/payload-schemas';
import type { BackupPreview, SettingsView } from '../../../shared/ipc/responses';
import type { SettingField, SettingsValues } from '../../../shared/plugin/settings-schema';
import { validateSettings, withDefaults } from '../../../shared/plugin/settings-validation';
import { clip } from '../text/clip';
import { removeStaleTempFiles, writeFileAtomic, type AtomicWriteHooks } from '../fs/atomic-write';
import { Mutex } from '../fs/mutex';
import type { Sealer } from '../security/sealer';
import { sealSecretsForSave, settingsBinding, storedSecretCarryError, unsealSetting } from './sealed-settings';
import { backupIdOf, previewBackup } from './backup-preview';
import {
  SETTINGS_SCHEMA_VERSION,
  emptySettingsDoc,
  isSealed,
  settingsDocSchema,
  type SealedValue,
  type SettingsDoc,
  type StoredPluginSettings,
  type StoredValue,
} from './settings-file';
import { toView } from './settings-view';

export const SETTINGS_FILE = 'settings.json';
export const LAST_GOOD_FILE = 'settings.last-good.json';

/**
 * The active plugin and each plugin's settings, in one JSON file in the data directory.
 * Every write is atomic and keeps the previous good copy beside it. A damaged file is
 * reported, never replaced by defaults: the admin chooses to restore the last good copy.
 */
export class SettingsStore {
  readonly file: string;
  readonly lastGoodFile: string;
  private readonly mutex = new Mutex();

  constructor(
    dataDir: string,
    private readonly sealer: Sealer,
    private readonly hooks: AtomicWriteHooks = {},
  ) {
    this.file = path.join(dataDir, SETTINGS_FILE);
    this.lastGoodFile = path.join(dataDir, LAST_GOOD_FILE);
  }

  /** Reads and checks the file; a missing file is a first start. */
  async load(): Promise<SettingsDoc> {
    const text = await readIfExists(this.file);
    if (text === null) return emptySettingsDoc();
    const parsed = parseSettingsDoc(text);
    if (parsed.ok) return parsed.doc;
    throw await this.damagedError(parsed.reason);
  }

  async getActivePlugin(): Promise<string | null> {
    return (await this.load()).activePlugin;
  }

  async setActivePlugin(pluginId: string): Promise<void> {
    await this.update((doc) => {
      doc.activePlugin = pluginId;
    });
  }

  async getStored(pluginId: string): Promise<StoredPluginSettings | null> {
    return (await this.load()).plugins[pluginId] ?? null;
  }

  /** The renderer's view: values with defaults, secrets only as `{ stored }`. */
  async view(pluginId: string, fields: readonly SettingField[]): Promise<SettingsView> {
    const stored = await this.getStored(pluginId);
    return toView(pluginId, fields, stored);
  }

  /**
   * Plain values for a test or a retrieval: the draft over what is stored, secrets unsealed.
   * A secret left out of the draft, or given as `{ stored: true }`, comes from the store,
   * unless `useStored` is false (a CLI settings file stands alone: missing keys take defaults).
   */
  async resolve(
    pluginId: string,
    fields: readonly SettingField[],
    draft?: DraftValues,
    options: { useStored?: boolean; validate?: boolean } = {},
  ): Promise<SettingsValues> {
    const stored = options.useStored === false ? {} : ((await this.getStored(pluginId))?.values ?? {});
    // The same refusal as save() and import: a stored secret never crosses a guard change.
    const carried = storedSecretCarryError(fields, draft, stored);
    if (carried) throw carried;
    const out: Partial<SettingsValues> = {};
    const storedSecrets = new Set<string>();
    for (const field of fields) {
      const given = draft?.[field.key];
      const kept = stored[field.key];
      if (field.type === 'secret') {
        if (typeof given === 'string' && given !== '') out[field.key] = given;
        else if (given === '') continue;
        else if (isSealed(kept)) {
          out[field.key] = await unsealSetting(this.sealer, kept, field, fields, settingsBinding(pluginId, field, fields, stored));
          storedSecrets.add(field.key);
        }
        continue;
      }
      const value = pickPlain(given, kept);
      if (value !== undefined) out[field.key] = value;
    }
    rejectUnknownKeys(fields, draft);
    fillDefaults(fields, out);
    // A field action (e.g. Fetch host key) runs while the form is still incomplete.
    if (options.validate !== false) assertValid(fields, out, storedSecrets, 'Correct the settings and test again.');
    return withDefaults(fields, out);
  }

  /** Validates the draft against the plugin's fields and saves it; returns the new view. */
  async save(pluginId: string, fields: readonly SettingField[], draft: DraftValues): Promise<SettingsView> {
    rejectUnknownKeys(fields, draft);
    let saved: StoredPluginSettings | null = null;
    await this.update(async (doc) => {
      const previous = doc.plugins[pluginId]?.values ?? {};
      const carried = storedSecretCarryError(fields, draft, previous);
      if (carried) throw carried;
      const plain: Partial<SettingsValues> = {};
      const storedSecrets = new Set<string>();
      const next: Record<string, StoredValue> = {};
      for (const field of fields) {
        if (field.type === 'secret') continue;
        const value = pickPlain(draft[field.key], previous[field.key]);
        if (value !== undefined) {
          plain[field.key] = value;
          next[field.key] = value;
        }
      }
      // Secrets are sealed bound to the guard values being saved (see sealed-settings.ts).
      Object.assign(next, await sealSecretsForSave(this.sealer, pluginId, fields, draft, previous, plain, storedSecrets));
      for (const key of fillDefaults(fields, plain)) next[key] = plain[key]!;
      assertValid(fields, plain, storedSecrets, 'Correct the highlighted settings; nothing was saved.');
      saved = { savedAt: new Date().toISOString(), values: next };
      doc.plugins[pluginId] = saved;
    });
    return toView(pluginId, fields, saved);
  }

  /** The sealed list of trusted plugin files; read and written only by core/plugins/trust-list.ts. */
  async getTrustedPlugins(): Promise<SealedValue | null> {
    return (await this.load()).trustedPlugins ?? null;
  }

  async updateTrustedPlugins(change: (current: SealedValue | null) => Promise<SealedValue>): Promise<void> {
    await this.update(async (doc) => {
      doc.trustedPlugins = await change(doc.trustedPlugins ?? null);
    });
  }

  /** Replaces the whole document (config import); the caller has validated it. The plugin trust list stays. */
  async replace(doc: SettingsDoc): Promise<void> {
    await this.update((current) => {
      current.activePlugin = doc.activePlugin;
      current.plugins = doc.plugins;
    });
  }

  /**
   * What restoring would change: the copy's date and active plugin, and per plugin whether its
   * settings differ from the current file (field names only). `null` when there is no copy.
   */
  async previewBackup(): Promise<Omit<BackupPreview, 'displayNames'> | null> {
    return this.mutex.run(async () => {
      const backup = await this.readBackup();
      if (backup === null) return null;
      const text = await readIfExists(this.file);
      const parsed = text === null ? null : parseSettingsDoc(text);
      return previewBackup(backup.text, backup.doc, backup.savedAt, { text, damage: parsed && !parsed.ok ? parsed.reason : null });
    });
  }

  /**
   * Puts the last good copy back. The damaged file is kept under a dated name for support.
   * With `backupId` (from the preview), refuses when the copy is no longer the one shown.
   */
  async restoreBackup(backupId?: string): Promise<{ restored: boolean; savedAt: string | null }> {
    return this.mutex.run(async () => {
      const backup = await this.readBackup();
      if (backup === null) return { restored: false, savedAt: null };
      if (backupId !== undefined && backupIdOf(backup.text) !== backupId) {
        throw new EcmError({
          code: 'CONFIG',
          message: 'The last good copy changed after it was shown; nothing was restored.',
          hint: 'Look at what it would restore again, then confirm.',
        });
      }
      const current = await readIfExists(this.file);
      if (current !== null) {
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        await fs.copyFile(this.file, path.join(path.dirname(this.file), `settings.damaged-${stamp}.json`));
      }
      await writeFileAtomic(this.file, backup.text, { hooks: this.hooks });
      return { restored: true, savedAt: backup.savedAt };
    });
  }

  /** The last good copy, checked; `null` when none exists. Call under the lock. */
  private async readBackup(): Promise<{ text: string; doc: SettingsDoc; savedAt: string } | null> {
    const text = await readIfExists(this.lastGoodFile);
    if (text === null) return null;
    const parsed = parseSettingsDoc(text);
    if (!parsed.ok) {
      throw new EcmError({
        code: 'CONFIG',
        message: `The last good copy ${this.lastGoodFile} cannot be read either: ${parsed.reason}.`,
        hint: 'Restore settings.json from a backup of the data directory, or remove both files and configure the plugin again.',
      });
    }
    const stat = await fs.stat(this.lastGoodFile);
    return { text, doc: parsed.doc, savedAt: stat.mtime.toISOString() };
  }

  /** Read-modify-write under the lock. Refuses to write over a damaged file. */
  private async update(change: (doc: SettingsDoc) => void | Promise<void>): Promise<void> {
    await this.mutex.run(async () => {
      await removeStaleTempFiles(this.file);
      const currentText = await readIfExists(this.file);
      let doc = emptySettingsDoc();
      if (currentText !== null) {
        const parsed = parseSettingsDoc(currentText);
        if (!parsed.ok) throw await this.damagedError(parsed.reason);
        doc = parsed.doc;
      }
      // A refused change (validation) must leave both files as they were.
      await change(doc);
      const nextText = `${JSON.stringify(doc, null, 2)}\n`;
      await writeFileAtomic(this.file, nextText, { hooks: this.hooks });
      // Only a save that is on disk and reads back whole retires the previous file to the last
      // good copy; a failed or garbled write leaves the last good copy as it was. A crash between
      // the two writes leaves the new file whole and the last good copy one save older.
      await this.confirmWritten(nextText, currentText);
      if (currentText !== null) await writeFileAtomic(this.lastGoodFile, currentText);
    });
  }

  /** Reads the file just written; if it is not what was written, puts the previous text back and fails. */
  private async confirmWritten(written: string, previous: string | null): Promise<void> {
    const back = await readIfExists(this.file);
    if (back === written && parseSettingsDoc(back).ok) return;
    if (previous !== null) await writeFileAtomic(this.file, previous);
    else await fs.rm(this.file, { force: true });
    throw new EcmError({
      code: 'CONFIG',
      message: `The settings file ${this.file} did not read back as written; the previous settings were put back and nothing was saved.`,
      hint: 'Check the disk and that no other program (antivirus, sync tool) changes the data directory, then save again.',
    });
  }

  private async damagedError(reason: string): Promise<EcmError> {
    const backup = await fs.stat(this.lastGoodFile).catch(() => null);
    return new EcmError({
      code: 'CONFIG',
      message: `The settings file ${this.file} cannot be used: ${reason}. Nothing was changed.`,
      hint: backup
        ? `A last good copy from ${backup.mtime.toISOString()} is kept at ${this.lastGoodFile}. Restore it with "Restore last good copy" in the app or \`ecm-configurator config restore-backup\`; the damaged file is kept beside it.`
        : 'No earlier copy exists. Repair the file by hand or move it away and configure the plugin again.',
    });
  }
}

type Plain = string | number | boolean | string[];

function isPlain(value: unknown): value is Plain {
  return typeof value !== 'object' || value === null || Array.isArray(value);
}

/** The draft's value for a non-secret field, else the stored one. */
function pickPlain(given: DraftValues[string] | undefined, kept: StoredValue | undefined): Plain | undefined {
  if (given !== undefined && isPlain(given)) return given;
  return kept !== undefined && isPlain(kept) ? kept : undefined;
}

export function parseSettingsDoc(text: string): { ok: true; doc: SettingsDoc } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `it is not valid JSON (${(err as Error).message})` };
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SETTINGS_SCHEMA_VERSION) {
    return { ok: false, reason: `it was written by a newer version (schema ${version}; this version reads ${SETTINGS_SCHEMA_VERSION})` };
  }
  const result = settingsDocSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') || 'the document'}: ${issue?.message ?? 'unexpected content'}` };
  }
  return { ok: true, doc: result.data };
}

/** A missing value takes the field's default before validation, so a required field with a default is never "missing". */
function fillDefaults(fields: readonly SettingField[], values: Partial<SettingsValues>): string[] {
  const filled: string[] = [];
  for (const field of fields) {
    if (field.type !== 'secret' && values[field.key] === undefined && field.default !== undefined) {
      values[field.key] = field.default;
      filled.push(field.key);
    }
  }
  return filled;
}

function rejectUnknownKeys(fields: readonly SettingField[], draft: DraftValues | undefined): void {
  if (!draft) return;
  const known = new Set(fields.map((f) => f.key));
  const unknown = Object.keys(draft).filter((k) => !known.has(k));
  const first = unknown[0];
  if (first !== undefined) {
    const name = clip(first);
    throw new EcmError({
      code: 'VALIDATION',
      field: `values.${name}`,
      message: `'${name}' is not a setting of this plugin.`,
      hint: `Known settings: ${[...known].join(', ')}.`,
    });
  }
}

function assertValid(
  fields: readonly SettingField[],
  values: Partial<SettingsValues>,
  storedSecrets: Set<string>,
  hint: string,
): void {
  const problems = validateSettings(fields, values, storedSecrets);
  const first = problems[0];
  if (first) {
    throw new EcmError({
      code: 'VALIDATION',
      field: `values.${first.key}`,
      message: problems.map((p) => p.message).join(' '),
      hint,
    });
  }
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new EcmError({
      code: 'CONFIG',
      message: `Cannot read ${file}: ${(err as Error).message}`,
      hint: 'Check that this account may read the data directory.',
    });
  }
}
