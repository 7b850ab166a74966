import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/channel-names';
import { pluginSource, writePluginFile } from '../support/plugin-folder';
import { VAULT_PLUGIN_MODULE } from '../support/static-vault';

// Runs the real electron/main.ts against a fake 'electron' module, so the window's security
// settings and guards are checked in plain Node (the _electron smoke test checks them for real
// where a binary exists).
const fake = vi.hoisted(() => {
  const appHandlers = new Map<string, ((...args: unknown[]) => void)[]>();
  const windows: { options: Record<string, any>; loadURL: (url: string) => Promise<void>; url?: string }[] = [];
  class FakeBrowserWindow {
    options: Record<string, any>;
    url?: string;
    constructor(options: Record<string, any>) {
      this.options = options;
      windows.push(this);
    }
    once() {}
    on() {}
    webContents = { on() {} };
    maximize() {}
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1200, height: 800 };
    }
    async loadURL(url: string) {
      this.url = url;
    }
  }
  return {
    appHandlers,
    windows,
    ipcHandle: [] as string[],
    ipcHandlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
    privileged: [] as unknown[],
    protocolHandled: [] as string[],
    permissionRequest: null as null | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheck: null as null | ((...a: unknown[]) => boolean),
    FakeBrowserWindow,
  };
});

vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    requestSingleInstanceLock: () => true,
    on: (event: string, fn: (...args: unknown[]) => void) => fake.appHandlers.set(event, [...(fake.appHandlers.get(event) ?? []), fn]),
    whenReady: () => Promise.resolve(),
    getPath: () => process.env.ECM_DATA_DIR,
    getVersion: () => '0.0.0-test',
    quit: () => {},
  },
  BrowserWindow: fake.FakeBrowserWindow,
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, payload: unknown) => Promise<unknown>) => {
      fake.ipcHandle.push(channel);
      fake.ipcHandlers.set(channel, fn);
    },
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privileged.push(...schemes),
    handle: (scheme: string) => fake.protocolHandled.push(scheme),
  },
  safeStorage: { isEncryptionAvailable: () => true, encryptString: (s: string) => Buffer.from(s), decryptString: (b: Buffer) => b.toString() },
  screen: { getAllDisplays: () => [] },
  shell: { openPath: async () => '' },
  dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: typeof fake.permissionRequest) => (fake.permissionRequest = fn),
      setPermissionCheckHandler: (fn: typeof fake.permissionCheck) => (fake.permissionCheck = fn),
    },
  },
}));

describe('electron/main.ts', () => {
  let dataDir: string;
  let pluginsDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-main-'));
    process.env.ECM_DATA_DIR = dataDir;
    // Development-only variables: the packaged app (isPackaged: true above) must ignore them.
    pluginsDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-main-plugins-'));
    writePluginFile(pluginsDir, 'from-env.mjs', pluginSource('from-env'));
    process.env.ECM_PLUGIN_MODULES = VAULT_PLUGIN_MODULE;
    process.env.ECM_PLUGINS_DIR = pluginsDir;
    await import('../../electron/main');
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 5000 });
  });
  afterAll(() => {
    delete process.env.ECM_DATA_DIR;
    delete process.env.ECM_PLUGIN_MODULES;
    delete process.env.ECM_PLUGINS_DIR;
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(pluginsDir, { recursive: true, force: true });
  });

  it('loads no plugin named by ECM_PLUGIN_MODULES and reads no plugins folder named by ECM_PLUGINS_DIR when packaged', async () => {
    const app = { senderFrame: { url: 'app://ecm/index.html', parent: null } };
    const listed = (await fake.ipcHandlers.get('ecm:listPlugins')!(app, {})) as { ok: boolean; value: { id: string }[] };
    expect(listed.ok).toBe(true);
    expect(listed.value.map((p) => p.id).sort()).toEqual(['secret-server', 'tpam']);
    // Plain Node has no process.resourcesPath, so a packaged app here has no plugins folder at all.
    expect(await fake.ipcHandlers.get('ecm:listDetectedPlugins')!(app, {})).toEqual({ ok: true, value: { folder: null, plugins: [] } });
  });

  it('creates the window with the security settings written out', () => {
    const prefs = fake.windows[0]!.options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false, disableBlinkFeatures: 'Auxclick' });
    expect(prefs.preload).toMatch(/preload[\\/]preload\.cjs$/);
  });

  it('loads the renderer from app://, registered as a privileged standard scheme', () => {
    expect(fake.windows[0]!.url).toBe('app://ecm/index.html');
    expect(fake.privileged).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(fake.protocolHandled).toEqual(['app']);
  });

  it('registers one IPC handler per channel', () => {
    expect(fake.ipcHandle.sort()).toEqual(CHANNEL_NAMES.map((n) => `ecm:${n}`).sort());
  });

  it('denies every permission request and check', () => {
    let granted: boolean | undefined;
    fake.permissionRequest!(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(fake.permissionCheck!()).toBe(false);
  });

  it('denies new windows and blocks navigation away from the app', () => {
    const listeners = new Map<string, (event: { preventDefault: () => void }, url: string) => void>();
    let openHandler: (() => { action: string }) | undefined;
    const contents = {
      setWindowOpenHandler: (fn: () => { action: string }) => (openHandler = fn),
      on: (event: string, fn: (e: { preventDefault: () => void }, url: string) => void) => listeners.set(event, fn),
    };
    for (const handler of fake.appHandlers.get('web-contents-created') ?? []) handler({}, contents);
    expect(openHandler!()).toEqual({ action: 'deny' });
    const navigate = (url: string) => {
      let prevented = false;
      listeners.get('will-navigate')!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('app://ecm.evil/index.html')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://ecm/index.html')).toBe(false);
    let attached = false;
    listeners.get('will-attach-webview')!({ preventDefault: () => (attached = true) }, '');
    expect(attached).toBe(true);
  });

  it('takes the single-instance lock and focuses the window on a second start', () => {
    expect(fake.appHandlers.get('second-instance')).toHaveLength(1);
  });
});
