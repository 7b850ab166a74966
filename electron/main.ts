import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, screen, session, shell } from 'electron';
// electron-log's node entry: its 'main' entry registers an unchecked `__ELECTRON_LOG__` IPC channel.
import log from 'electron-log/node';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { interruptIsHandled, processIo } from './cli/output';
import { runCli } from './cli/program';
import { createDispatcher } from './core/api/dispatch';
import { fileSinkFor } from './core/log/file-sink';
import { openCore, type Core } from './core/open-core';
import { loadPluginModulesReporting } from './core/plugins/load-plugin-modules';
import { importExchange, parseExchange } from './core/settings/settings-exchange';
import { registerIpcHandlers } from './ipc';
import { builtinPlugins } from './plugins/builtin-plugins';
import { APP_ENTRY, APP_ORIGIN, APP_SCHEME, resolveAppRequest } from './services/app-protocol';
import { electronDesktop } from './services/electron-desktop';
import { onUnsavedClose, UNSAVED_CLOSE_PROMPT } from './services/unsaved-close';
import { ipcEvent } from '../shared/ipc/event-names';
import { SafeStorageSealer } from './services/safe-storage-sealer';
import { loadWindowState, saveWindowState } from './services/window-state';

// The thin Electron shell: window, security settings and wiring. Everything it calls is
// plain-Node core code that the CLI and the tests run without Electron.

const isDevelopment = !app.isPackaged && process.env.NODE_ENV === 'development';

// Must run before 'ready': the renderer is served from app://ecm, never from file://.
protocol.registerSchemesAsPrivileged([
  // codeCache: V8's compiled code of the app's own scripts is kept in the profile (as for any web
  // page, and as VS Code does for its files), so a start does not compile them again. See SECURITY.md.
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

const devOnly = (name: string) => (app.isPackaged ? undefined : process.env[name]);

/** The installation's resources\plugins; ECM_PLUGINS_DIR only on an unpackaged build (development). */
function pluginsFolder(): string | null {
  const dev = devOnly('ECM_PLUGINS_DIR');
  if (dev) return path.resolve(dev);
  return process.resourcesPath ? path.join(process.resourcesPath, 'plugins') : null;
}

const cliAt = process.argv.indexOf('--cli');
if (cliAt >= 0) {
  // "ECM Configurator.exe" --cli <command>: the CLI in the packaged app, with the app's sealed store
  // and data directory (Server Core, scripts). No window is opened.
  // Ctrl+C: a command that handles it (test-access cancels and writes what finished) must get the
  // chance, but Electron may answer the same signal with app.quit(), which would end the process
  // first. So while such a command runs the first quit asked for is refused and a second (Ctrl+C
  // again) goes through; other commands end at once. app.exit() at the end does not ask.
  let quitsAsked = 0;
  app.on('before-quit', (event) => {
    if (interruptIsHandled() && ++quitsAsked === 1) event.preventDefault();
  });
  void app.whenReady().then(async () => {
    const code = await runCli(process.argv.slice(cliAt + 1), processIo, process.env, {
      packaged: app.isPackaged,
      pluginsFolder: pluginsFolder(),
      sealer: new SafeStorageSealer(safeStorage),
      defaultDataDir: process.env.ECM_DATA_DIR ? path.resolve(process.env.ECM_DATA_DIR) : app.getPath('userData'),
      logSinkFor: (dataDir) => fileSinkFor(log, dataDir),
    });
    app.exit(code);
  });
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let core: Core | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Global guards for every web contents, including any the app did not create itself.
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  app
    .whenReady()
    .then(async () => {
      const dataDir = process.env.ECM_DATA_DIR ? path.resolve(process.env.ECM_DATA_DIR) : app.getPath('userData');
      // Third-party plugins: the installation's plugins folder, each file loaded only once the admin
      // trusted its hash (core/plugins/plugin-trust.ts; the renderer asks). ECM_PLUGIN_MODULES and
      // ECM_IMPORT_SETTINGS serve development and the demo only: a packaged app ignores them, so no
      // environment variable can run code under the signed exe.
      const problems: string[] = [];
      const extra = await loadPluginModulesReporting(
        (devOnly('ECM_PLUGIN_MODULES') ?? '').split(path.delimiter).filter(Boolean),
        (message) => problems.push(message),
      );
      core = await openCore({
        dataDir,
        plugins: builtinPlugins(),
        sealer: new SafeStorageSealer(safeStorage),
        logSink: fileSinkFor(log, dataDir, { console: isDevelopment }),
        desktop: electronDesktop(shell, dialog, () => mainWindow),
        pluginsFolder: pluginsFolder(),
      });
      core.logger
        .scope('app')
        .info(`ECM Configurator ${app.getVersion()} started (Electron ${process.versions.electron}).`);
      // One at a time: a plugin that breaks the contract (or repeats an id) is skipped, not fatal.
      for (const plugin of extra) {
        try {
          core.registry.add(plugin);
        } catch (err) {
          problems.push((err as Error).message);
        }
      }
      for (const problem of problems) core.logger.scope('app').error(`A plugin was not loaded: ${problem}`);
      const importFile = devOnly('ECM_IMPORT_SETTINGS');
      if (importFile) await importAtStart(core, importFile);

      const rendererDir = path.join(__dirname, '..', 'renderer');
      protocol.handle(APP_SCHEME, async (request) => {
        const answer = await resolveAppRequest(request.url, rendererDir);
        return new Response(typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body), {
          status: answer.status,
          headers: answer.headers,
        });
      });

      // No permission (camera, notifications, geolocation, …) is ever granted to the page.
      session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
      session.defaultSession.setPermissionCheckHandler(() => false);

      registerIpcHandlers(ipcMain, createDispatcher(core.api, { allowedOrigin: APP_ORIGIN, logger: core.logger }));
      mainWindow = await createWindow(dataDir);
    })
    .catch((err: unknown) => {
      // Never linger without a window while holding the single-instance lock.
      dialog.showErrorBox('ECM Configurator could not start', (err as Error)?.message ?? String(err));
      app.exit(1);
    });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void core?.close();
  });

  async function createWindow(dataDir: string): Promise<BrowserWindow> {
    const state = await loadWindowState(dataDir);
    const visible = state.x === undefined || screen.getAllDisplays().some((d) => contains(d.workArea, state));
    const window = new BrowserWindow({
      width: state.width,
      height: state.height,
      ...(visible && state.x !== undefined ? { x: state.x, y: state.y } : {}),
      minWidth: 900,
      minHeight: 600,
      title: 'ECM Configurator',
      show: false,
      backgroundColor: '#f5f5f5',
      webPreferences: {
        preload: path.join(__dirname, '..', 'preload', 'preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        spellcheck: false,
        // Middle-click would otherwise ask to open a new window (denied anyway, but not even asked now).
        disableBlinkFeatures: 'Auxclick',
        devTools: isDevelopment,
      },
    });
    if (state.maximized) window.maximize();
    // The page asks before unsaved settings are lost; Electron leaves showing the question to us.
    // Save asks the page to save its draft; it closes the window itself once the save succeeded.
    window.webContents.on('will-prevent-unload', (event) => {
      onUnsavedClose(dialog.showMessageBoxSync(window, UNSAVED_CLOSE_PROMPT), {
        closeNow: () => event.preventDefault(),
        askPageToSave: () => window.webContents.send(ipcEvent('saveAndClose')),
      });
    });
    window.once('ready-to-show', () => window.show());
    window.on('close', () => {
      const bounds = window.getNormalBounds();
      void saveWindowState(dataDir, { ...bounds, maximized: window.isMaximized() });
    });
    await window.loadURL(APP_ENTRY);
    return window;
  }
}

/**
 * The demo hands the app its seed settings as an exchange file (secrets in clear, in a temporary
 * folder it removes on exit); they are sealed here with the OS sealer, as an admin's would be.
 */
async function importAtStart(core: Core, file: string): Promise<void> {
  const log = core.logger.scope('app');
  try {
    const exchange = parseExchange(core, JSON.parse(await fs.readFile(file, 'utf8')), file);
    await importExchange(core, exchange);
    log.info(`Settings imported at start from ${file}.`);
  } catch (err) {
    log.error(`Settings could not be imported at start from ${file}: ${(err as Error).message}`);
  }
}

function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && `${u.protocol}//${u.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

function contains(
  area: { x: number; y: number; width: number; height: number },
  s: { x?: number; y?: number },
): boolean {
  return (
    s.x !== undefined &&
    s.y !== undefined &&
    s.x >= area.x &&
    s.y >= area.y &&
    s.x < area.x + area.width &&
    s.y < area.y + area.height
  );
}
