/**
 * A fake 'electron' module for running the real electron/main.ts as the packaged app's `--cli` in
 * plain Node. Each test file hoists its own `state` (vi.hoisted) and passes it to
 * `vi.mock('electron', …)`: `dataDir` is the app's default data directory, `exitCode` records
 * app.exit, `windows` counts BrowserWindows (none may open in CLI mode).
 */
export interface FakeCliState {
  dataDir: string;
  exitCode: number | undefined;
  windows: number;
  /** The app's event listeners, by event name (the last one registered). */
  appListeners?: Map<string, (...args: unknown[]) => void>;
}

export function fakeElectronForCli(state: FakeCliState) {
  return {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => true,
      on: (event: string, fn: (...args: unknown[]) => void) => {
        state.appListeners ??= new Map();
        state.appListeners.set(event, fn);
      },
      whenReady: () => Promise.resolve(),
      getPath: () => state.dataDir,
      getVersion: () => '0.0.0-test',
      quit: () => {},
      exit: (code: number) => {
        state.exitCode = code;
      },
    },
    BrowserWindow: class {
      constructor() {
        state.windows++;
      }
    },
    ipcMain: { handle: () => {} },
    protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
    // A reversible stand-in for DPAPI, so a value sealed by it is visibly not plain text.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (s: string) => Buffer.from(s, 'utf8').reverse(),
      decryptString: (b: Buffer) => Buffer.from(b).reverse().toString('utf8'),
    },
    screen: { getAllDisplays: () => [] },
    shell: { openPath: async () => '' },
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
    session: { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} } },
  };
}
