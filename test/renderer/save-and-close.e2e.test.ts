import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { choosePlugin } from '../support/choose-plugin';
import { API_PASSWORD, API_USER } from '../support/secret-server-world';

// The renderer's half of Save in the unsaved-changes prompt on close (main.ts asks it through the
// saveAndClose event; unsaved-close.test.ts covers the prompt): save the draft, and close the
// window only when the save succeeded. The Electron window cannot run here; Chromium can.
describe('Save in the close prompt (Chromium)', () => {
  let host: BrowserHost;
  let dataDir: string;
  let page: Page;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-save-close-'));
    host = await startBrowserHost({ dataDir, plugins: [createSecretServerPlugin()] });
    // The app in a window the host page opened: Chromium lets a script close only such a window,
    // as Electron lets the page close its BrowserWindow.
    [page] = await Promise.all([
      host.context.waitForEvent('page'),
      host.page.evaluate((url) => void window.open(url, '_blank'), host.page.url()),
    ]);
    await page.waitForLoadState();
  });
  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const input = (key: string) => page.locator(`#setting-${key}`);

  it('keeps the window open and shows why when the draft cannot be saved', async () => {
    await choosePlugin(page, /Thycotic Secret Server/);
    await page.getByTestId('gear').click();
    await input('endpointUrl').fill('https://ss.corp.example/SecretServer/webservices/SSWebService.asmx');
    await input('apiUser').fill(API_USER);
    await input('apiPassword').fill(API_PASSWORD);
    await input('timeoutSeconds').fill('1e');
    await page.getByTestId('unsaved').waitFor();
    // Would the page refuse to unload? (What makes Electron ask in the first place.)
    expect(await page.evaluate(() => window.dispatchEvent(new Event('beforeunload', { cancelable: true })))).toBe(
      false,
    );
    await host.emit('saveAndClose', page);
    await expect.poll(() => page.getByTestId('error-bar').first().innerText()).toContain('nothing was saved');
    expect(page.isClosed()).toBe(false);
    expect(await page.getByTestId('unsaved').count()).toBe(1);
    await expect(host.core.settings.getStored('secret-server')).resolves.toBeNull();
  });

  it('saves the draft and closes the window once the save succeeded', async () => {
    await input('timeoutSeconds').fill('10');
    const closed = page.waitForEvent('close');
    await host.emit('saveAndClose', page);
    await closed;
    expect(page.isClosed()).toBe(true);
    const stored = await host.core.api.getSettings({ pluginId: 'secret-server' });
    expect(stored.savedAt).not.toBeNull();
    expect(stored.values).toMatchObject({ apiUser: API_USER, timeoutSeconds: 10, apiPassword: { stored: true } });
  });
});
