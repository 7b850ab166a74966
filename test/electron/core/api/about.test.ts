import { describe, expect, it } from 'vitest';
import { aboutInfo } from '../../../../electron/core/api/about';
import type { PluginRegistry } from '../../../../electron/core/plugins/plugin-registry';

const registry = {
  list: () => [{ id: 'tpam', displayName: 'One Identity TPAM', version: '2.0.0', description: 'x', settings: [] }],
} as unknown as PluginRegistry;

describe('aboutInfo', () => {
  it('answers null for Electron and Chromium in plain Node, and the real Node version', () => {
    const about = aboutInfo({ registry, dataDir: '/data', logFile: '/data/Configurator.log' });
    expect(about.runtime).toEqual({ electron: null, chrome: null, node: process.versions.node });
    expect(about.product).toMatchObject({ name: 'ECM Configurator', license: 'MIT' });
    expect(about.plugins).toEqual([{ id: 'tpam', displayName: 'One Identity TPAM', version: '2.0.0' }]);
    expect(about).toMatchObject({ dataDir: '/data', logFile: '/data/Configurator.log' });
  });
});
