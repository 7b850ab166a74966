import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { createTpamPlugin } from '../../electron/plugins/tpam/tpam-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { screenshotMatrix } from '../support/screenshot-matrix';
import { staticVault } from '../support/static-vault';

// The picker browses; only "Use this plugin", confirmed, changes the plugin the gateway uses.
describe('plugin picker: browsing never switches the active plugin (Chromium)', () => {
  let host: BrowserHost;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-picker-'));
    host = await startBrowserHost({ dataDir, plugins: [createSecretServerPlugin(), createTpamPlugin(), staticVault] });
    page = host.page;
    await host.core.api.setActivePlugin({ pluginId: 'secret-server' });
    await page.reload();
    await page.getByText('Active plugin: Thycotic Secret Server').waitFor();
  });
  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The active plugin as the app reports it, and as saved in settings.json. */
  async function active(): Promise<{ api: unknown; file: unknown }> {
    const api = await page.evaluate(() => window.ecm.getActivePlugin({}));
    const file = JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')).activePlugin;
    return { api, file };
  }
  const activeIs = (pluginId: string) => ({ api: { ok: true, value: { pluginId } }, file: pluginId });
  const header = (name: RegExp) => expect.poll(() => page.getByTestId('active-plugin').innerText()).toMatch(name);
  const shown = (name: RegExp) => expect.poll(() => page.locator('#settings-title').innerText()).toMatch(name);
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

  it('shows the active plugin in the header and marks it in the picker', async () => {
    expect(await page.getByTestId('active-plugin').innerText()).toContain('Active plugin: Thycotic Secret Server');
    expect(await page.getByTestId('plugin-picker').locator('[data-testid="active-badge"]').count()).toBe(1);
    const option = page
      .getByTestId('plugin-picker')
      .locator('div', { has: page.getByTestId('plugin-secret-server') })
      .last();
    expect(await option.getByTestId('active-badge').innerText()).toBe('Active');
    expect(await page.getByTestId('use-plugin').getAttribute('aria-disabled')).toBe('true');
  });

  it('browsing with clicks shows another plugin but keeps the active one', async () => {
    await page.getByRole('radio', { name: /One Identity TPAM/ }).click();
    await shown(/One Identity TPAM/);
    expect(await page.getByTestId('shown-is-active').innerText()).toBe('Not active');
    await page.getByRole('radio', { name: /Static Vault/ }).click();
    await shown(/Static Vault/);
    expect(await active()).toEqual(activeIs('secret-server'));
    expect(await page.getByTestId('active-plugin').innerText()).toContain('Thycotic Secret Server');
    expect(await page.getByTestId('use-plugin-status').innerText()).toBe(
      'Showing Static Vault (example); the gateway uses Thycotic Secret Server.',
    );
  });

  it('browsing with the arrow keys shows each plugin in turn and keeps the active one', async () => {
    await page.getByRole('radio', { name: /Static Vault/ }).focus();
    const seen = new Set<string>();
    for (const key of ['ArrowUp', 'ArrowUp', 'ArrowDown', 'ArrowDown', 'ArrowUp']) {
      const before = await page.locator('#settings-title').innerText();
      await page.keyboard.press(key);
      await expect.poll(() => page.locator('#settings-title').innerText()).not.toBe(before);
      seen.add(await page.locator('#settings-title').innerText());
    }
    expect(seen.size).toBe(3); // every plugin was shown
    expect(await active()).toEqual(activeIs('secret-server'));
    await header(/Thycotic Secret Server/);
  });

  it('Clear Token Cache names the plugin shown, active or not', async () => {
    await page.getByRole('radio', { name: /One Identity TPAM/ }).click();
    await shown(/One Identity TPAM/);
    await page.getByRole('button', { name: 'Clear Token Cache' }).click();
    // TPAM keeps SSH connections rather than tokens: the question names the plugin and says so.
    expect(await page.getByRole('alertdialog').innerText()).toContain(
      'One Identity TPAM caches no tokens: its pooled SSH connections are closed.',
    );
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => page.locator('[role="dialog"], [role="alertdialog"]').count()).toBe(0);
  });

  it('"Use this plugin" asks first, naming both plugins; Cancel is the default and changes nothing', async () => {
    await page.getByTestId('use-plugin').click();
    const dialog = page.getByTestId('use-plugin-dialog');
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain('Current active plugin: Thycotic Secret Server');
    expect(text).toMatch(/New active plugin: One Identity TPAM \d/);
    expect(text).toContain('One Identity TPAM has no saved settings yet');
    await expect.poll(focusedText).toBe('Cancel');
    await screenshotMatrix(page, 'plugin-picker-use-confirm');
    await page.keyboard.press('Enter'); // on Cancel
    await expect.poll(() => page.locator('[role="dialog"], [role="alertdialog"]').count()).toBe(0);
    expect(await active()).toEqual(activeIs('secret-server'));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('use-plugin');
  });

  it('"Use this plugin", confirmed, makes the shown plugin active and the header says so', async () => {
    await page.getByTestId('use-plugin').click();
    await page.getByTestId('use-plugin-confirm').click();
    await header(/Active plugin: One Identity TPAM/);
    expect(await active()).toEqual(activeIs('tpam'));
    expect(await page.getByTestId('shown-is-active').innerText()).toBe('Active');
    const option = page
      .getByTestId('plugin-picker')
      .locator('div', { has: page.getByTestId('plugin-tpam') })
      .last();
    expect(await option.getByTestId('active-badge').count()).toBe(1);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('use-plugin');
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect
      .poll(() => page.getByTestId('log-lines').innerText())
      .toContain('Active plugin set to One Identity TPAM');
    await page.getByRole('radio', { name: /Static Vault/ }).click();
    await shown(/Static Vault/);
    await screenshotMatrix(page, 'plugin-picker-use-this-plugin');
  });

  it('can be done from the keyboard alone: arrows to browse, Tab to the button, Enter, Escape, Tab, Enter', async () => {
    await page.reload();
    await header(/One Identity TPAM/);
    await shown(/One Identity TPAM/); // after a restart, the active plugin is shown
    let focused = '';
    for (let i = 0; i < 8 && focused !== 'radio'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('type') ?? '');
    }
    expect(focused).toBe('radio');
    await page.keyboard.press('ArrowDown');
    await shown(/Static Vault/);
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('use-plugin');
    await page.keyboard.press('Enter');
    await page.getByTestId('use-plugin-dialog').waitFor();
    await expect.poll(focusedText).toBe('Cancel');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[role="dialog"], [role="alertdialog"]').count()).toBe(0);
    expect(await active()).toEqual(activeIs('tpam'));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('use-plugin');
    await page.keyboard.press('Enter');
    await page.getByTestId('use-plugin-dialog').waitFor();
    await expect.poll(focusedText).toBe('Cancel');
    await page.keyboard.press('Tab');
    await expect.poll(focusedText).toBe('Use Static Vault (example)');
    await page.keyboard.press('Enter');
    await header(/Active plugin: Static Vault \(example\)/);
    expect(await active()).toEqual(activeIs('static-vault'));
  });
});
