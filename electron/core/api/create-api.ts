import { EcmError } from '../../../shared/errors';
import type { ApiImpl } from '../../../shared/ipc/channels';
import { plainValues } from '../../../shared/plugin/secret-values';
import { assertChecksPass, checkDraft } from '../settings/settings-checks';
import { aboutInfo } from './about';
import { openApprovalPage } from './approval-page';
import { accessReviewApi } from './access-review-api';
import { clearCaches } from './clear-caches';
import type { CoreDeps } from './core-deps';
import { reviewEngine } from './review-engine';
import { runFieldAction } from './run-field-action';
import { runTestSettings } from './run-test-settings';

/**
 * The API table: one function per channel of the map. IPC, the CLI and the browser test
 * host all call this, so behaviour cannot drift between them.
 */
export function createApi(deps: CoreDeps): ApiImpl {
  const log = deps.logger.scope('core');
  return {
    ...accessReviewApi(deps, reviewEngine),

    async listPlugins() {
      return deps.registry.list();
    },

    async listDetectedPlugins() {
      return deps.pluginTrust.list();
    },

    async trustPlugin({ sha256 }) {
      return deps.pluginTrust.trust(sha256, 'in the app');
    },

    async getActivePlugin() {
      const pluginId = await deps.settings.getActivePlugin();
      // A plugin that was uninstalled is no longer active.
      return { pluginId: pluginId !== null && deps.registry.has(pluginId) ? pluginId : null };
    },

    async setActivePlugin({ pluginId }) {
      const plugin = deps.registry.get(pluginId);
      await deps.settings.setActivePlugin(plugin.id);
      log.info(`Active plugin set to ${plugin.displayName} ${plugin.version} (${plugin.id}).`);
      return { pluginId: plugin.id };
    },

    async getSettings({ pluginId }) {
      const plugin = deps.registry.get(pluginId);
      return deps.settings.view(plugin.id, plugin.settings);
    },

    async saveSettings({ pluginId, values }) {
      const plugin = deps.registry.get(pluginId);
      // The plugin's own checks (a key, a certificate, a URL) refuse what Test Settings would.
      await assertChecksPass(deps.settings, plugin, values);
      const view = await deps.settings.save(plugin.id, plugin.settings, values);
      // Open connections were made with the old settings.
      await plugin.dispose?.();
      log.info(`Settings of ${plugin.id} saved.`);
      return view;
    },

    async checkSettings({ pluginId, values }) {
      // Called as the admin types: nothing is logged, the answer quotes no secret.
      const plugin = deps.registry.get(pluginId);
      return { problems: (await checkDraft(deps.settings, plugin, values)).checks };
    },

    async importSettingsFile({ pluginId, text }) {
      const plugin = deps.registry.get(pluginId);
      if (!plugin.settingsFile) throw noSettingsFile(plugin.id);
      const imported = plugin.settingsFile.import(text);
      log.info(
        `Settings of ${plugin.id} read from a ${plugin.settingsFile.label} file${imported.warnings.length ? ` with ${imported.warnings.length} warning(s)` : ''}.`,
      );
      return imported;
    },

    async exportSettingsFile({ pluginId, values }) {
      const plugin = deps.registry.get(pluginId);
      if (!plugin.settingsFile) throw noSettingsFile(plugin.id);
      // Secrets are left out: the format writes its "stored elsewhere" marker instead.
      const secrets = new Set(plugin.settings.filter((f) => f.type === 'secret').map((f) => f.key));
      const plain = plainValues(Object.fromEntries(Object.entries(values).filter(([key]) => !secrets.has(key))));
      return { text: plugin.settingsFile.export(plain), fileName: `${plugin.id}.${plugin.settingsFile.extension}` };
    },

    async previewSettingsBackup() {
      const preview = await deps.settings.previewBackup();
      if (preview === null) return { preview: null };
      const ids = [
        preview.activePlugin,
        preview.current.state === 'readable' ? preview.current.activePlugin : null,
        ...preview.plugins.map((p) => p.pluginId),
      ];
      const displayNames: Record<string, string> = {};
      for (const id of ids)
        if (id !== null && deps.registry.has(id)) displayNames[id] = deps.registry.get(id).displayName;
      return { preview: { ...preview, displayNames } };
    },

    async restoreSettingsBackup({ backupId }) {
      const result = await deps.settings.restoreBackup(backupId);
      log.warn(
        result.restored
          ? `Settings restored from the last good copy of ${result.savedAt}.`
          : 'No last good copy of the settings exists.',
      );
      return result;
    },

    async testSettings({ pluginId, values, user, endpoint, runId }) {
      return runTestSettings(deps, { pluginId, values, user, endpoint, ...(runId ? { runId } : {}) });
    },

    async getTestProgress({ runId }) {
      return deps.runs.progress(runId);
    },

    async cancelTest({ runId }) {
      const cancelled = deps.runs.cancel(runId);
      if (cancelled) log.info('Test Settings cancelled by the administrator.');
      return { cancelled };
    },

    async runFieldAction(request) {
      return runFieldAction(deps, request);
    },

    async clearTokenCache({ pluginId }) {
      const result = await clearCaches(deps, pluginId);
      const closed = result.cleared.filter((c) => c.caches === 'ssh-connections').reduce((n, c) => n + c.count, 0);
      log.info(
        `Token cache cleared${pluginId ? ` for ${pluginId}` : ''}: ${result.removed} cached token(s) removed.${closed ? ` ${closed} SSH connection(s) closed.` : ''}`,
      );
      return result;
    },

    async readLog(request) {
      return deps.logReader.read(deps.logFile, request);
    },

    async getLogPath() {
      return { path: deps.logFile };
    },

    async getAbout() {
      return aboutInfo(deps);
    },

    async openApprovalPage(request) {
      return openApprovalPage(deps, request);
    },

    async openLogFolder() {
      return { opened: await deps.desktop.openFolder(deps.dataDir), path: deps.dataDir };
    },

    async openTextFile({ title }) {
      const file = await deps.desktop.openTextFile(title);
      if (file === 'unsupported') return { supported: false, file: null };
      // Keys and certificates are small; a huge file is a wrong choice, not a key.
      if (file && file.text.length > 1_000_000) {
        throw new EcmError({
          code: 'VALIDATION',
          field: 'file',
          message: `${file.name} is larger than 1 MB; choose the key, certificate or known_hosts file itself.`,
        });
      }
      return { supported: true, file };
    },
  };
}

function noSettingsFile(pluginId: string): EcmError {
  return new EcmError({
    code: 'VALIDATION',
    field: 'pluginId',
    message: `The plugin '${pluginId}' has no settings file format to import or export.`,
  });
}
