import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { startSecretServerSimulator, type SecretServerSimulator } from '../simulators/secret-server';
import { choosePlugin } from '../support/choose-plugin';
import { screenshot } from '../support/screenshots';
import { API_PASSWORD, API_USER, testWorld } from '../support/secret-server-world';

// As soon as the admin changes a field that decides where secrets go (Endpoint URL), the stored
// API password stops showing "stored" and asks to be typed again; undoing the change restores it.
// `other` stands for the new destination: nothing may reach it with the stored password.
describe('a stored secret must be typed again after a guard field changes (Chromium)', () => {
  let host: BrowserHost;
  let home: SecretServerSimulator;
  let other: SecretServerSimulator;
  let dataDir: string;
  let page: Page;
  const NOTICE = 'Type the API Password again: Endpoint URL changed';

  beforeAll(async () => {
    [home, other] = await Promise.all([
      startSecretServerSimulator({ world: testWorld() }),
      startSecretServerSimulator({ world: testWorld() }),
    ]);
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-ui-guard-'));
    host = await startBrowserHost({ dataDir, plugins: [createSecretServerPlugin()] });
    page = host.page;
  });
  afterAll(async () => {
    await host?.close();
    await Promise.all([home?.close(), other?.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const field = (key: string) => page.getByTestId(`field-${key}`);
  const input = (key: string) => page.locator(`#setting-${key}`);

  /** Replaces the text of the focused input from the keyboard alone. */
  async function retype(text: string) {
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
  }

  it('saves settings with a stored API password', async () => {
    await choosePlugin(page, /Thycotic Secret Server/);
    await page.getByTestId('gear').click();
    await input('endpointUrl').fill(home.url);
    // The simulators speak plain http, which the settings allow only when switched on.
    await input('allowUnencryptedHttp').check();
    await input('apiUser').fill(API_USER);
    await input('apiPassword').fill(API_PASSWORD);
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('notice').innerText()).toContain('Saved at');
    expect(await page.getByTestId('stored-apiPassword').innerText()).toBe('stored');
  });

  it('shows the notice on the password as soon as the Endpoint URL changes, from the keyboard alone, and restores "stored" on undo', async () => {
    await input('endpointUrl').focus();
    await retype(other.url);
    await expect.poll(() => field('apiPassword').innerText()).toContain(NOTICE);
    expect(await page.getByTestId('stored-apiPassword').count()).toBe(0);
    expect(await page.getByTestId('retype-apiPassword').innerText()).toBe('type again');
    expect(await input('apiPassword').getAttribute('placeholder')).toBe('Type it again for the new Endpoint URL');
    // Undo by typing the saved URL back: the stored state returns and the notice goes.
    await retype(home.url);
    await expect.poll(() => page.getByTestId('stored-apiPassword').count()).toBe(1);
    expect(await field('apiPassword').innerText()).not.toContain(NOTICE);
  });

  it('looks right at 1280x800 and 1024x700, light and dark', async () => {
    await input('endpointUrl').focus();
    await retype(other.url);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => page.locator('[data-theme]').first().getAttribute('data-theme')).toBe(scheme);
      for (const [width, height] of [
        [1280, 800],
        [1024, 700],
      ] as const) {
        await page.setViewportSize({ width, height });
        await input('endpointUrl').scrollIntoViewIfNeeded();
        await expect.poll(() => field('apiPassword').innerText()).toContain(NOTICE);
        await screenshot(page, `guard-field-notice-${scheme}-${width}x${height}`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('refuses Save and Test with the stored password for the new URL: nothing reaches it', async () => {
    other.resetCalls();
    await input('endpointUrl').focus();
    await retype(other.url);
    await page.getByTestId('save').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('error-bar').first().innerText()).toContain('nothing was saved');
    expect(await field('apiPassword').innerText()).toContain(NOTICE);
    await screenshot(page, 'guard-field-save-refused');
    await page.getByTestId('open-test').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('test-user').fill('CORP\\alice');
    await page.getByTestId('test-endpoint').fill('ws01');
    await page.getByTestId('test-run').click();
    await expect.poll(() => page.locator('[role="dialog"]').innerText()).toContain('Endpoint URL changed');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[role="dialog"]').count()).toBe(0);
    expect(other.requests).toEqual([]);
  });

  it('accepts the new URL once the password is typed again', async () => {
    await input('apiPassword').focus();
    await page.keyboard.type(API_PASSWORD);
    await expect.poll(() => field('apiPassword').innerText()).not.toContain(NOTICE);
    await page.getByTestId('save').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('notice').innerText()).toContain('Saved at');
    expect(await page.getByTestId('stored-apiPassword').innerText()).toBe('stored');
  });
});
