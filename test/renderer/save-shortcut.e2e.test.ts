import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { showPlugin } from '../support/choose-plugin';
import { screenshotMatrix } from '../support/screenshot-matrix';
import { API_PASSWORD, staticVault, VAULT_FILE } from '../support/static-vault';

// Ctrl+S and the Save / Discard / Keep editing prompt, keyboard only, against the real core.
describe('Ctrl+S and the unsaved-changes prompt (Chromium)', () => {
  let host: BrowserHost;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-save-key-'));
    host = await startBrowserHost({ dataDir, plugins: [staticVault, createSecretServerPlugin()] });
    page = host.page;
    await host.core.api.saveSettings({
      pluginId: 'static-vault',
      values: { vaultFile: VAULT_FILE, apiUser: 'svc-ecm', apiPassword: API_PASSWORD },
    });
    await page.reload();
  });
  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const savedUser = async () => {
    const r = (await page.evaluate(() => window.ecm.getSettings({ pluginId: 'static-vault' }))) as {
      value: { values: Record<string, unknown> };
    };
    return r.value.values.apiUser;
  };
  const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
  /** Presses Ctrl+S as a cancelable event and says whether the app took it from the browser. */
  const ctrlSTaken = () =>
    page.evaluate(() => {
      const e = new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true, cancelable: true });
      document.activeElement?.dispatchEvent(e);
      return e.defaultPrevented;
    });

  it('takes Ctrl+S from the browser and saves nothing when nothing changed', async () => {
    await showPlugin(page, /Static Vault/);
    await page.getByTestId('gear').click();
    await page.locator('#setting-apiUser').waitFor();
    expect(await ctrlSTaken()).toBe(true); // the browser's "Save page as" never opens
    expect(await page.getByTestId('notice').count()).toBe(0);
    expect(await savedUser()).toBe('svc-ecm');
  });

  it('saves with Ctrl+S from inside a field', async () => {
    await page.locator('#setting-apiUser').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('svc-keyboard');
    await page.getByTestId('unsaved').waitFor();
    await page.keyboard.press('Control+S');
    await expect.poll(savedUser).toBe('svc-keyboard');
    await expect.poll(() => page.getByTestId('unsaved').count()).toBe(0);
    expect(await page.getByTestId('notice').innerText()).toContain('Saved at');
  });

  it('Keep editing is the default: focused first, and Escape keeps the changes and the plugin', async () => {
    await page.locator('#setting-apiUser').fill('svc-prompt');
    await page.getByRole('radio', { name: /Static Vault/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByTestId('unsaved-keep').waitFor();
    await expect.poll(focusedTestId).toBe('unsaved-keep');
    // The dialog's fade-in finished, so the pictures show it as the admin sees it.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    await screenshotMatrix(page, 'unsaved-changes-prompt');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('unsaved-keep').count()).toBe(0);
    expect(await page.locator('#settings-title').innerText()).toContain('Static Vault');
    expect(await page.locator('#setting-apiUser').inputValue()).toBe('svc-prompt');
  });

  it('Save in the prompt saves, then shows the plugin the admin asked for', async () => {
    await page.getByRole('radio', { name: /Static Vault/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByTestId('unsaved-keep').waitFor();
    await expect.poll(focusedTestId).toBe('unsaved-keep');
    await page.keyboard.press('Tab');
    expect(await focusedTestId()).toBe('unsaved-save');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#settings-title').innerText()).toContain('Thycotic Secret Server');
    expect(await savedUser()).toBe('svc-prompt');
  });

  it('a refused save closes the prompt and keeps the form with its error', async () => {
    await showPlugin(page, /Static Vault/);
    await page.getByTestId('gear').click();
    await page.locator('#setting-apiUser').fill('');
    await page.getByRole('radio', { name: /Thycotic Secret Server/ }).click();
    await page.getByTestId('unsaved-save').click();
    await expect.poll(() => page.getByTestId('unsaved-save').count()).toBe(0);
    await expect.poll(() => page.getByTestId('error-bar').first().innerText()).toContain('nothing was saved');
    expect(await page.locator('#settings-title').innerText()).toContain('Static Vault');
    expect(await page.locator('#setting-apiUser').inputValue()).toBe('');
    expect(await savedUser()).toBe('svc-prompt');
  });
});
