import { describe, expect, it } from 'vitest';
import { PluginRegistry } from '../../../../electron/core/plugins/plugin-registry';
import { loadPluginModules, loadPluginModulesReporting } from '../../../../electron/core/plugins/load-plugin-modules';
import { staticVault, VAULT_PLUGIN_MODULE } from '../../../support/static-vault';

describe('PluginRegistry', () => {
  it('works with no plugins', () => {
    const registry = new PluginRegistry();
    expect(registry.list()).toEqual([]);
    expect(() => registry.get('secret-server')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', hint: 'No plugins are installed.' }),
    );
  });

  it('describes plugins as plain data, sorted by name', () => {
    const registry = new PluginRegistry([{ ...staticVault, id: 'zz-vault', displayName: 'Zulu' }, staticVault]);
    const list = registry.list();
    expect(list.map((p) => p.displayName)).toEqual(['Static Vault (example)', 'Zulu']);
    expect(JSON.parse(JSON.stringify(list))).toEqual(list); // no functions
  });

  it('tells the renderer what each plugin caches, tokens when it does not say', () => {
    const quiet = { ...staticVault, id: 'quiet-vault', displayName: 'Quiet', caches: 'nothing' as const };
    const caches = new PluginRegistry([staticVault, quiet]).list().map((p) => [p.id, p.caches]);
    expect(caches).toEqual([
      ['quiet-vault', 'nothing'],
      ['static-vault', 'tokens'],
    ]);
  });

  it.each([
    ['a bad id', { id: 'Bad Id' }, 'id:'],
    [
      'an enum without options',
      { settings: [{ key: 'm', label: 'M', description: '', type: 'enum' }] },
      'needs options',
    ],
    ['a duplicate key', { settings: [staticVault.settings[0], staticVault.settings[0]] }, 'appears twice'],
    ['a missing operation', { testSettings: undefined }, 'testSettings must be a function'],
    ['an unknown cache kind', { caches: 'sessions' }, 'caches must be one of tokens, ssh-connections, nothing'],
    [
      'a secret with a default',
      { settings: [{ key: 'p', label: 'P', description: '', type: 'secret', default: 'x' }] },
      'cannot have a default',
    ],
  ])('refuses a plugin with %s', (_name, override, message) => {
    expect(() => new PluginRegistry([{ ...staticVault, ...override } as never])).toThrow(
      expect.objectContaining({ code: 'CONFIG', message: expect.stringContaining(message) }),
    );
  });

  it('refuses two plugins with one id', () => {
    expect(() => new PluginRegistry([staticVault, staticVault])).toThrow(/Two plugins have the id/);
  });

  it('loads a third-party plugin module and reports a bad path clearly', async () => {
    const [plugin] = await loadPluginModules([VAULT_PLUGIN_MODULE]);
    expect(plugin?.id).toBe('static-vault');
    await expect(loadPluginModules(['/nonexistent/plugin.mjs'])).rejects.toMatchObject({
      code: 'CONFIG',
      message: expect.stringContaining('Cannot load the plugin module'),
    });
  });

  it('loads each named module on its own, reporting a broken one', async () => {
    const problems: string[] = [];
    const plugins = await loadPluginModulesReporting([VAULT_PLUGIN_MODULE, '/nonexistent/broken.mjs'], (m) =>
      problems.push(m),
    );
    expect(plugins.map((p) => p.id)).toEqual(['static-vault']);
    expect(problems).toEqual([expect.stringContaining('Cannot load the plugin module /nonexistent/broken.mjs')]);
  });
});
