import { describe, expect, it } from 'vitest';
import { EcmError } from '../../../shared/errors';
import type { PluginInfo } from '../../../shared/plugin/plugin-info';
import { activePlugin, createPluginsStore } from '../../../renderer/src/stores/plugins-store';
import { installFakeEcm } from '../support/fake-ecm';

const plugin = (id: string, displayName: string): PluginInfo => ({
  id,
  displayName,
  version: '1.0.0',
  description: `${displayName} plugin`,
  settings: [],
});
const PLUGINS = [plugin('tpam', 'TPAM'), plugin('secret-server', 'Secret Server')];

describe('plugins store', () => {
  it('loads the plugins and which one is active', async () => {
    installFakeEcm({ listPlugins: () => PLUGINS, getActivePlugin: () => ({ pluginId: 'secret-server' }) });
    const store = createPluginsStore();
    expect(store.getState().status).toBe('idle');
    const loading = store.getState().load();
    expect(store.getState().status).toBe('loading');
    await loading;
    expect(store.getState().status).toBe('ready');
    expect(store.getState().plugins.map((p) => p.displayName)).toEqual(['TPAM', 'Secret Server']);
    expect(activePlugin(store.getState())?.displayName).toBe('Secret Server');
    // On first load the settings area shows the active plugin.
    expect(store.getState().selectedId).toBe('secret-server');
  });

  it('browsing shows another plugin without asking the core to change the active one', async () => {
    const ecm = installFakeEcm({ listPlugins: () => PLUGINS, getActivePlugin: () => ({ pluginId: 'tpam' }) });
    const store = createPluginsStore();
    await store.getState().load();
    store.getState().select('secret-server');
    expect(store.getState().selectedId).toBe('secret-server');
    expect(store.getState().activeId).toBe('tpam');
    expect(ecm.requests('setActivePlugin')).toEqual([]);
    // A reload keeps showing what the admin was looking at.
    await store.getState().load();
    expect(store.getState().selectedId).toBe('secret-server');
  });

  it('has no active plugin before the admin chose one', async () => {
    installFakeEcm({ listPlugins: () => PLUGINS, getActivePlugin: () => ({ pluginId: null }) });
    const store = createPluginsStore();
    await store.getState().load();
    expect(store.getState().status).toBe('ready');
    expect(activePlugin(store.getState())).toBeUndefined();
  });

  it("shows the core's error, code and hint intact, when the registry cannot be read", async () => {
    installFakeEcm({
      listPlugins: () => {
        throw new EcmError({
          code: 'CONFIG',
          message: 'Plugin "tpam" could not be loaded.',
          hint: 'Reinstall the Configurator.',
        });
      },
      getActivePlugin: () => ({ pluginId: null }),
    });
    const store = createPluginsStore();
    await store.getState().load();
    expect(store.getState().status).toBe('error');
    expect(store.getState().error).toMatchObject({
      code: 'CONFIG',
      message: 'Plugin "tpam" could not be loaded.',
      hint: 'Reinstall the Configurator.',
    });
  });

  it('makes a plugin active only through activate, as the core saved it, and clears an earlier error', async () => {
    const ecm = installFakeEcm({
      listPlugins: () => PLUGINS,
      getActivePlugin: () => ({ pluginId: 'tpam' }),
      setActivePlugin: (r) => ({ pluginId: r.pluginId }),
    });
    const store = createPluginsStore();
    await store.getState().load();
    store.setState({ error: { code: 'CONFIG', message: 'earlier failure' } });
    expect(await store.getState().activate('secret-server')).toBe(true);
    expect(ecm.requests('setActivePlugin')).toEqual([{ pluginId: 'secret-server' }]);
    expect(activePlugin(store.getState())?.id).toBe('secret-server');
    expect(store.getState().error).toBeNull();
  });

  it('keeps the active plugin when the core refuses the choice, and says why', async () => {
    installFakeEcm({
      listPlugins: () => PLUGINS,
      getActivePlugin: () => ({ pluginId: 'tpam' }),
      setActivePlugin: () => {
        throw new EcmError({
          code: 'CONFIG',
          message: 'The Configurator settings could not be written.',
          hint: 'Check the disk.',
        });
      },
    });
    const store = createPluginsStore();
    await store.getState().load();
    expect(await store.getState().activate('secret-server')).toBe(false);
    expect(store.getState().activeId).toBe('tpam');
    expect(store.getState().error?.message).toBe('The Configurator settings could not be written.');
  });

  it('gives each store its own state', async () => {
    installFakeEcm({ listPlugins: () => PLUGINS, getActivePlugin: () => ({ pluginId: 'tpam' }) });
    const first = createPluginsStore();
    await first.getState().load();
    expect(createPluginsStore().getState().plugins).toEqual([]);
  });
});
