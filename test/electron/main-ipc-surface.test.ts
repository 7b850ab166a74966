import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/channel-names';

// The real electron/main.ts against a fake 'electron' whose ipcMain records every way of listening
// (handle, on, once, …). The fake is given both to the ES imports of the app (vi.mock) and to the
// CommonJS `require('electron')` of packages such as electron-log, so a library that registers a
// channel of its own is caught too.
const fake = vi.hoisted(() => {
  const registered: { method: string; channel: string }[] = [];
  const record = (method: string) => (channel: string) => void registered.push({ method, channel });
  let windows = 0;
  const electron = {
    app: {
      isPackaged: true,
      name: 'ECM Configurator',
      requestSingleInstanceLock: () => true,
      on: () => {},
      once: () => {},
      whenReady: () => Promise.resolve(),
      isReady: () => true,
      getPath: () => process.env.ECM_DATA_DIR,
      getName: () => 'ECM Configurator',
      getVersion: () => '0.0.0-test',
      quit: () => {},
    },
    BrowserWindow: class {
      webContents = { on() {} };
      constructor() {
        windows++;
      }
      once() {}
      on() {}
      maximize() {}
      async loadURL() {}
    },
    ipcMain: Object.fromEntries(
      ['handle', 'handleOnce', 'on', 'once', 'addListener', 'prependListener', 'prependOnceListener'].map((m) => [
        m,
        record(m),
      ]),
    ),
    protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (s: string) => Buffer.from(s),
      decryptString: (b: Buffer) => b.toString(),
    },
    screen: { getAllDisplays: () => [] },
    shell: { openPath: async () => '' },
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
    session: { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} } },
    webContents: { getAllWebContents: () => [] },
  };
  return { electron, registered, windowCount: () => windows };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const require = createRequire(import.meta.url);
const electronLogMain = require.resolve('electron-log/main');

describe('the IPC surface of the main process', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-ipc-surface-'));
    process.env.ECM_DATA_DIR = dataDir;
    const electronPath = require.resolve('electron');
    require.cache[electronPath] = {
      id: electronPath,
      filename: electronPath,
      loaded: true,
      exports: fake.electron,
    } as unknown as NodeJS.Module;
    await import('../../electron/main');
    await vi.waitFor(() => expect(fake.windowCount()).toBe(1), { timeout: 10_000 });
  });
  afterAll(() => {
    delete process.env.ECM_DATA_DIR;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('listens on no IPC channel outside the channel map, and on each of its channels once, by invoke', () => {
    expect(fake.registered.filter((r) => !CHANNEL_NAMES.some((n) => r.channel === `ecm:${n}`))).toEqual([]);
    expect(fake.registered.map((r) => `${r.method} ${r.channel}`).sort()).toEqual(
      CHANNEL_NAMES.map((n) => `handle ecm:${n}`).sort(),
    );
  });

  it('never loads electron-log/main, whose import registers the unchecked __ELECTRON_LOG__ channel', () => {
    expect(require.cache[electronLogMain]).toBeUndefined();
  });
});
