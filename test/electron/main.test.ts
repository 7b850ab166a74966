import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/services/content-security-policy';
import { CHANNEL_NAMES } from '../../shared/ipc/channel-names';
import { pluginSource, writePluginFile } from '../support/plugin-folder';

// Runs the real electron/main.ts against a fake 'electron' module, so the window's security
// settings and guards are checked in plain Node (the _electron smoke test checks them for real
// where a binary exists).
const fake = vi.hoisted(() => {
  // Electron's BrowserWindow options as the fake receives them: the assertions read them loosely.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type WindowOptions = Record<string, any>;
  const appHandlers = new Map<string, ((...args: unknown[]) => void)[]>();
  const windows: { options: WindowOptions; loadURL: (url: string) => Promise<void>; url?: string }[] = [];
  class FakeBrowserWindow {
    options: WindowOptions;
    url?: string;
    constructor(options: WindowOptions) {
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
    protocolHandler: null as null | ((request: Request) => Promise<Response>),
    permissionRequest: null as null | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheck: null as null | ((...a: unknown[]) => boolean),
    FakeBrowserWindow,
  };
});

vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    requestSingleInstanceLock: () => true,
    on: (event: string, fn: (...args: unknown[]) => void) =>
      fake.appHandlers.set(event, [...(fake.appHandlers.get(event) ?? []), fn]),
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
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
      fake.protocolHandled.push(scheme);
      fake.protocolHandler = handler;
    },
  },
  safeStorage: {
    isEncryptionAvailable: () => true,
    encryptString: (s: string) => Buffer.from(s),
    decryptString: (b: Buffer) => b.toString(),
  },
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
    // Development-only variables: the packaged app (isPackaged above) must ignore them. The
    // plugin module leaves a mark when it is run at all; the import would add a Secret Server.
    const plugin = path.join(dataDir, 'env-plugin.cjs');
    writeFileSync(
      plugin,
      `require('node:fs').writeFileSync(${JSON.stringify(path.join(dataDir, 'env-plugin-ran'))}, 'yes'); module.exports = {};`,
    );
    process.env.ECM_PLUGIN_MODULES = plugin;
    pluginsDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-main-plugins-'));
    writePluginFile(pluginsDir, 'from-env.mjs', pluginSource('from-env'));
    process.env.ECM_PLUGINS_DIR = pluginsDir;
    const seed = path.join(dataDir, 'env-import.json');
    writeFileSync(
      seed,
      JSON.stringify({
        format: 'ecm-configurator-settings',
        version: 1,
        activePlugin: 'secret-server',
        plugins: {
          'secret-server': {
            endpointUrl: 'https://env-import.example/SecretServer/webservices/SSWebService.asmx',
            apiUser: 'svc',
            apiPassword: 'Env-Import-Marker-1',
          },
        },
      }),
    );
    process.env.ECM_IMPORT_SETTINGS = seed;
    await import('../../electron/main');
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 5000 });
  });
  afterAll(() => {
    delete process.env.ECM_DATA_DIR;
    delete process.env.ECM_PLUGIN_MODULES;
    delete process.env.ECM_PLUGINS_DIR;
    delete process.env.ECM_IMPORT_SETTINGS;
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(pluginsDir, { recursive: true, force: true });
  });

  it('loads no plugin named by ECM_PLUGIN_MODULES and reads no plugins folder named by ECM_PLUGINS_DIR when packaged', async () => {
    const app = { senderFrame: { url: 'app://ecm/index.html', parent: null } };
    const listed = (await fake.ipcHandlers.get('ecm:listPlugins')!(app, {})) as {
      ok: boolean;
      value: { id: string }[];
    };
    expect(listed.ok).toBe(true);
    expect(listed.value.map((p) => p.id).sort()).toEqual(['secret-server', 'tpam']);
    // Plain Node has no process.resourcesPath, so a packaged app here has no plugins folder at all.
    expect(await fake.ipcHandlers.get('ecm:listDetectedPlugins')!(app, {})).toEqual({
      ok: true,
      value: { folder: null, plugins: [] },
    });
  });

  // Each flag is checked on its own and must be written out (a missing key fails too), so
  // docs/SECURITY.md can name this test for every one of them.
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['disableBlinkFeatures', 'Auxclick'],
    ['devTools', false],
  ])('creates the window with webPreferences.%s written out as %s', (flag, value) => {
    const prefs = fake.windows[0]!.options.webPreferences;
    expect(Object.hasOwn(prefs, flag), `webPreferences.${flag} is not written out`).toBe(true);
    expect(prefs[flag]).toBe(value);
  });

  it('enables no Blink feature, passes the renderer no extra arguments and loads only the bundled preload', () => {
    const prefs = fake.windows[0]!.options.webPreferences;
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.additionalArguments).toBeUndefined();
    expect(prefs.preload).toMatch(/preload[\\/]preload\.cjs$/);
  });

  it('serves every app:// answer with the Content-Security-Policy header', async () => {
    const answer = await fake.protocolHandler!(new Request('app://ecm/index.html'));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const missing = await fake.protocolHandler!(new Request('app://ecm/no-such-file.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('as a packaged app, runs no plugin module named in ECM_PLUGIN_MODULES', () => {
    expect(existsSync(path.join(dataDir, 'env-plugin-ran')), 'the ECM_PLUGIN_MODULES module was run').toBe(false);
  });

  it('as a packaged app, imports no settings file named in ECM_IMPORT_SETTINGS', () => {
    const settings = path.join(dataDir, 'settings.json');
    const saved = existsSync(settings) ? readFileSync(settings, 'utf8') : '';
    expect(saved).not.toContain('env-import.example');
    // Not even tried: an attempt is logged whether or not the import succeeds.
    const logFile = path.join(dataDir, 'Configurator.log');
    expect(existsSync(logFile) ? readFileSync(logFile, 'utf8') : '').not.toContain('env-import.json');
  });

  it('loads the renderer from app://, registered as a privileged standard scheme', () => {
    expect(fake.windows[0]!.url).toBe('app://ecm/index.html');
    expect(fake.privileged).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }),
      }),
    ]);
    expect(fake.protocolHandled).toEqual(['app']);
  });

  it('registers one IPC handler per channel', () => {
    expect(fake.ipcHandle.sort()).toEqual(CHANNEL_NAMES.map((n) => `ecm:${n}`).sort());
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'fullscreen',
    'openExternal',
    'hid',
    'serial',
    'usb',
    'unknown',
  ])('denies the permission request and check for %s', (permission) => {
    let granted: boolean | undefined;
    fake.permissionRequest!(null, permission, (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(fake.permissionCheck!(null, permission, 'app://ecm', {})).toBe(false);
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
    expect(navigate('not a url')).toBe(true);
    expect(navigate('app://ecm/index.html')).toBe(false);
    // A redirect is judged like a navigation: only the app's own origin.
    const redirect = (url: string) => {
      let prevented = false;
      listeners.get('will-redirect')!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(redirect('https://evil.example/')).toBe(true);
    expect(redirect('app://ecm.evil/index.html')).toBe(true);
    expect(redirect('app://user@ecm.evil/index.html')).toBe(true);
    expect(redirect('file:///etc/passwd')).toBe(true);
    expect(redirect('not a url')).toBe(true);
    expect(redirect('app://ecm/index.html#settings')).toBe(false);
    let attached = false;
    listeners.get('will-attach-webview')!({ preventDefault: () => (attached = true) }, '');
    expect(attached).toBe(true);
  });

  it('takes the single-instance lock and focuses the window on a second start', () => {
    expect(fake.appHandlers.get('second-instance')).toHaveLength(1);
  });
});
