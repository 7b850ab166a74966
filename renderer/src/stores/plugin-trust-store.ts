import { create } from 'zustand';
import type { EcmErrorInfo } from '../../../shared/errors';
import type { DetectedPlugin } from '../../../shared/plugin/detected-plugin';
import { call, errorInfo } from '../api/ecm-client';
import { usePluginsStore } from './plugins-store';

/**
 * Plugin files in the plugins folder that wait for the admin's decision (new, or changed since
 * trusted), one prompt at a time. "Don't load" only closes the prompt for this session: the file
 * stays unloaded and is asked about again at the next start.
 */
interface PluginTrustState {
  folder: string | null;
  waiting: DetectedPlugin[];
  busy: boolean;
  error: EcmErrorInfo | null;
  load(): Promise<void>;
  trust(sha256: string): Promise<void>;
  dontLoad(sha256: string): void;
}

export const usePluginTrustStore = create<PluginTrustState>((set, get) => ({
  folder: null,
  waiting: [],
  busy: false,
  error: null,

  async load() {
    try {
      const { folder, plugins } = await call('listDetectedPlugins', {});
      set({ folder, waiting: plugins.filter((p) => p.trust !== 'trusted'), error: null });
    } catch (err) {
      set({ error: errorInfo(err) });
    }
  },

  async trust(sha256) {
    set({ busy: true, error: null });
    try {
      const trusted = await call('trustPlugin', { sha256 });
      if (trusted.problem) {
        set({
          busy: false,
          error: {
            code: 'CONFIG',
            message: `${trusted.file} is trusted, but it could not be loaded: ${trusted.problem}`,
          },
        });
        return;
      }
      set({ busy: false, waiting: get().waiting.filter((p) => p.sha256 !== sha256) });
      await usePluginsStore.getState().load();
    } catch (err) {
      set({ busy: false, error: errorInfo(err) });
    }
  },

  dontLoad(sha256) {
    set({ waiting: get().waiting.filter((p) => p.sha256 !== sha256), error: null });
  },
}));
