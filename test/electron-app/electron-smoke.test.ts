import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/static-vault';

/**
 * Finds the Electron binary without require('electron'), which would try to download it.
 * Returns the path, or why there is none.
 */
function electronBinary(): { path: string } | { reason: string } {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const exe = process.platform === 'win32' ? 'electron.exe' : 'electron';
    const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, exe);
    return existsSync(candidate) ? { path: candidate } : { reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${exe}` };
  }
  const pkg = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      reason:
        'the Electron binary is not installed (node_modules/electron/path.txt is missing; it is downloaded from the internet, which this machine cannot reach)',
    };
  }
  const binary = path.join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { reason: `the Electron binary ${binary} is missing` };
}

const binary = electronBinary();
if ('reason' in binary) {
  // Printed so CI logs say why the real-app layer did not run.
  console.log(
    `[electron smoke] skipped: ${binary.reason}. The same checks run against a fake 'electron' in test/electron/main.test.ts.`,
  );
}

describe('the packaged shell in a real Electron (Playwright _electron)', () => {
  it('opens the app window on app://, sandboxed, with window.ecm and a filled plugin picker', async (ctx) => {
    if ('reason' in binary) {
      ctx.skip(`no Electron binary: ${binary.reason}`);
      return;
    }
    const { _electron } = await import('playwright-core');
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-electron-'));
    const app = await _electron.launch({
      executablePath: binary.path,
      args: [ROOT, '--no-sandbox'],
      env: { ...process.env, ECM_DATA_DIR: dataDir, ELECTRON_ENABLE_LOGGING: '1' },
    });
    try {
      const window = await app.firstWindow();
      await window.waitForLoadState('domcontentloaded');
      expect(window.url()).toBe('app://ecm/index.html');
      const page = await window.evaluate(() => ({
        ecm: Object.keys((window as unknown as { ecm: object }).ecm).sort(),
        require: typeof (window as unknown as { require?: unknown }).require,
      }));
      expect(page.require).toBe('undefined');
      expect(page.ecm).toContain('listPlugins');
      await window.getByRole('heading', { name: 'Choose Plugin' }).waitFor();
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const w = BrowserWindow.getAllWindows()[0]!;
        const contents = w.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> };
        return contents.getLastWebPreferences?.() ?? null;
      });
      if (prefs) expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
