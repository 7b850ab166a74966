import type { BackupPreview, SettingsView } from '../../../shared/ipc/responses';
import type { DraftValues } from '../../../shared/plugin/draft-values';
import type { SealedValue } from '../../../shared/plugin/secret-values';
import type { SettingField, SettingsValues } from '../../../shared/plugin/settings-schema';
import { withDefaults } from '../../../shared/plugin/settings-validation';
import type { AtomicWriteHooks } from '../fs/atomic-write';
import type { Sealer } from '../security/sealer';
import { assertValid, fillDefaults, pickPlain, rejectUnknownKeys } from './draft-merge';
import { sealSecretsForSave, storedSecretCarryError, unsealSecretsForUse } from './sealed-settings';
import { SettingsDisk } from './settings-disk';
import type { SettingsDoc, StoredPluginSettings, StoredValue } from './settings-document';
import { previewLastGood, restoreLastGood } from './settings-restore';
import { toView } from './settings-view';

/**
 * The active plugin and each plugin's settings, in settings.json in the data directory. The file
 * itself (lock, atomic writes, last good copy) is settings-disk.ts; its shape settings-file.ts;
 * secrets sealed-settings.ts; the draft over stored values draft-merge.ts.
 */
export class SettingsStore {
  readonly file: string;
  readonly lastGoodFile: string;
  private readonly disk: SettingsDisk;

  constructor(
    dataDir: string,
    private readonly sealer: Sealer,
    hooks: AtomicWriteHooks = {},
  ) {
    this.disk = new SettingsDisk(dataDir, hooks);
    this.file = this.disk.file;
    this.lastGoodFile = this.disk.lastGoodFile;
  }

  /** Reads and checks the file; a missing file is a first start. */
  async load(): Promise<SettingsDoc> {
    return this.disk.load();
  }

  async getActivePlugin(): Promise<string | null> {
    return (await this.load()).activePlugin;
  }

  async setActivePlugin(pluginId: string): Promise<void> {
    await this.disk.update((doc) => {
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
      if (field.type === 'secret') continue;
      const value = pickPlain(draft?.[field.key], stored[field.key]);
      if (value !== undefined) out[field.key] = value;
    }
    await unsealSecretsForUse(this.sealer, pluginId, fields, draft, stored, out, storedSecrets);
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
    await this.disk.update(async (doc) => {
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
      Object.assign(
        next,
        await sealSecretsForSave(this.sealer, pluginId, fields, draft, previous, plain, storedSecrets),
      );
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
    await this.disk.update(async (doc) => {
      doc.trustedPlugins = await change(doc.trustedPlugins ?? null);
    });
  }

  /** Replaces the whole document (config import); the caller has validated it. The plugin trust list stays. */
  async replace(doc: SettingsDoc): Promise<void> {
    await this.disk.update((current) => {
      current.activePlugin = doc.activePlugin;
      current.plugins = doc.plugins;
    });
  }

  /** What restoring the last good copy would change (settings-restore.ts); `null` when there is no copy. */
  async previewBackup(): Promise<Omit<BackupPreview, 'displayNames'> | null> {
    return previewLastGood(this.disk);
  }

  /** Puts the last good copy back (settings-restore.ts); with `backupId`, only the copy shown. */
  async restoreBackup(backupId?: string): Promise<{ restored: boolean; savedAt: string | null }> {
    return restoreLastGood(this.disk, backupId);
  }
}
