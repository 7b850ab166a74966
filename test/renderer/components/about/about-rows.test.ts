import { describe, expect, it } from 'vitest';
import { aboutRows } from '../../../../renderer/src/components/about/AboutDialog';
import type { AboutInfo } from '../../../../shared/ipc/responses-about';

const info = (runtime: AboutInfo['runtime']): AboutInfo => ({
  product: { name: 'ECM Configurator', version: '1.2.3', license: 'MIT' },
  plugins: [{ id: 'tpam', displayName: 'One Identity TPAM', version: '2.0.0' }],
  runtime,
  dataDir: 'C:\\Users\\admin\\AppData\\Roaming\\ECM Configurator',
  logFile: 'C:\\Users\\admin\\AppData\\Roaming\\ECM Configurator\\Configurator.log',
});

describe('aboutRows', () => {
  it('lists product, each plugin, the runtime, the paths and the license in that order', () => {
    const rows = aboutRows(info({ electron: '33.0.0', chrome: '130.0.1', node: '20.18.0' }));
    expect(rows).toEqual([
      ['Version', 'ECM Configurator 1.2.3'],
      ['Plugin: One Identity TPAM', '2.0.0 (tpam)'],
      ['Electron', '33.0.0'],
      ['Chromium', '130.0.1'],
      ['Node.js', '20.18.0'],
      ['Data directory', 'C:\\Users\\admin\\AppData\\Roaming\\ECM Configurator'],
      ['Log file', 'C:\\Users\\admin\\AppData\\Roaming\\ECM Configurator\\Configurator.log'],
      ['License', 'MIT'],
    ]);
  });
  it('says "not running in Electron" where Electron and Chromium are absent', () => {
    const rows = new Map(aboutRows(info({ electron: null, chrome: null, node: '20.18.0' })));
    expect(rows.get('Electron')).toBe('not running in Electron');
    expect(rows.get('Chromium')).toBe('not running in Electron');
  });
});
