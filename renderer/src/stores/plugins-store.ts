import { create, type StateCreator } from 'zustand';
import type { EcmErrorInfo } from '../../../shared/errors';
import type { PluginInfo } from '../../../shared/plugin/plugin-info';
import { call, errorInfo } from '../api/ecm-client';

/** The plugin registry as the renderer sees it, and which plugin is active. */
interface PluginsState {
  plugins: PluginInfo[];
  activeId: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: EcmErrorInfo | null;
  load(): Promise<void>;
  choose(pluginId: string): Promise<void>;
}

const pluginsState: StateCreator<PluginsState> = (set) => ({
  plugins: [],
  activeId: null,
  status: 'idle',
  error: null,

  async load() {
    set({ status: 'loading', error: null });
    try {
      const [plugins, active] = await Promise.all([call('listPlugins', {}), call('getActivePlugin', {})]);
      set({ plugins, activeId: active.pluginId, status: 'ready' });
    } catch (err) {
      set({ status: 'error', error: errorInfo(err) });
    }
  },

  async choose(pluginId) {
    try {
      const { pluginId: saved } = await call('setActivePlugin', { pluginId });
      set({ activeId: saved, error: null });
    } catch (err) {
      set({ error: errorInfo(err) });
    }
  },
});

/** A fresh plugins store; tests create their own, the app uses `usePluginsStore`. */
export const createPluginsStore = () => create<PluginsState>()(pluginsState);
export const usePluginsStore = createPluginsStore();

export function activePlugin(state: Pick<PluginsState, 'plugins' | 'activeId'>): PluginInfo | undefined {
  return state.plugins.find((p) => p.id === state.activeId);
}
