import { create, type StateCreator } from 'zustand';
import type { EcmErrorInfo } from '../../../shared/errors';
import type { PluginInfo } from '../../../shared/plugin/plugin-info';
import { call, errorInfo } from '../api/ecm-client';

/**
 * The plugin registry as the renderer sees it. Two different things: `activeId`, the plugin the
 * gateway uses (saved; changed only by `activate`, after the admin confirmed), and `selectedId`,
 * the plugin whose settings the settings area shows (browsing the picker changes only this).
 */
interface PluginsState {
  plugins: PluginInfo[];
  activeId: string | null;
  selectedId: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: EcmErrorInfo | null;
  load(): Promise<void>;
  select(pluginId: string): void;
  activate(pluginId: string): Promise<boolean>;
}

const pluginsState: StateCreator<PluginsState> = (set, get) => ({
  plugins: [],
  activeId: null,
  selectedId: null,
  status: 'idle',
  error: null,

  async load() {
    set({ status: 'loading', error: null });
    try {
      const [plugins, active] = await Promise.all([call('listPlugins', {}), call('getActivePlugin', {})]);
      // Keep showing what the admin was looking at; on first load, show the active plugin.
      const shown = get().selectedId;
      const selectedId = shown !== null && plugins.some((p) => p.id === shown) ? shown : active.pluginId;
      set({ plugins, activeId: active.pluginId, selectedId, status: 'ready' });
    } catch (err) {
      set({ status: 'error', error: errorInfo(err) });
    }
  },

  select(pluginId) {
    set({ selectedId: pluginId });
  },

  async activate(pluginId) {
    try {
      const { pluginId: saved } = await call('setActivePlugin', { pluginId });
      set({ activeId: saved, error: null });
      return true;
    } catch (err) {
      set({ error: errorInfo(err) });
      return false;
    }
  },
});

/** A fresh plugins store; tests create their own, the app uses `usePluginsStore`. */
export const createPluginsStore = () => create<PluginsState>()(pluginsState);
export const usePluginsStore = createPluginsStore();

/** The plugin the gateway uses. */
export function activePlugin(state: Pick<PluginsState, 'plugins' | 'activeId'>): PluginInfo | undefined {
  return state.plugins.find((p) => p.id === state.activeId);
}

/** The plugin whose settings the settings area shows (not necessarily the active one). */
export function shownPlugin(state: Pick<PluginsState, 'plugins' | 'selectedId'>): PluginInfo | undefined {
  return state.plugins.find((p) => p.id === state.selectedId);
}
