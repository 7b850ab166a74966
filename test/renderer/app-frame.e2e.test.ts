import { statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { serveFolder, type StaticServer } from '../browser-host/static-server';
import { readLog } from '../support/core-fixture';
import { screenshotMatrix } from '../support/screenshot-matrix';
import { screenshot } from '../support/screenshots';
import { staticVault, API_PASSWORD } from '../support/static-vault';
import { useTempDirs } from '../support/temp-dir';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';

// End to end in Debian's Chromium: the real renderer build, over the bridge, against a real core.
describe('application frame (Chromium, browser test host)', () => {
  let host: BrowserHost;
  let foreign: StaticServer;
  let foreignDir: string;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-e2e-'));
    host = await startBrowserHost({ dataDir, plugins: [staticVault] });
    foreignDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-foreign-'));
    writeFileSync(path.join(foreignDir, 'index.html'), '<!doctype html><title>foreign</title><p>foreign page</p>');
    foreign = await serveFolder(foreignDir, { csp: false });
  });

  afterAll(async () => {
    await host?.close();
    await foreign?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(foreignDir, { recursive: true, force: true });
  });

  it('fills the plugin picker from the core over the bridge', async () => {
    const { page } = host;
    const option = page.getByTestId('plugin-static-vault');
    await option.waitFor();
    await expect(page.getByRole('radio', { name: /Static Vault \(example\)/ }).count()).resolves.toBe(1);
    expect(await page.getByTestId('plugin-picker').innerText()).toContain('1.0.0');
    expect(await page.getByTestId('plugin-picker').innerText()).toContain('reads credentials from a JSON vault file');
    expect(await page.getByTestId('active-plugin').innerText()).toBe('No active plugin');
    await screenshot(page, 'app-frame-light-no-active-plugin');
  });

  it('shows a chosen plugin without making it active; "Use this plugin", confirmed, makes it active and saves it', async () => {
    const { page, core } = host;
    await page.getByRole('radio', { name: /Static Vault/ }).click();
    await expect.poll(() => page.locator('#settings-title').innerText()).toContain('Static Vault (example) settings');
    expect(await page.getByTestId('active-plugin').innerText()).toBe('No active plugin');
    expect(await core.settings.getActivePlugin()).toBeNull();
    await page.getByTestId('use-plugin').click();
    const dialog = await page.getByTestId('use-plugin-dialog').innerText();
    expect(dialog).toContain('Current active plugin: none');
    expect(dialog).toContain('New active plugin: Static Vault (example) 1.0.0');
    await page.getByTestId('use-plugin-confirm').click();
    await expect
      .poll(() => page.getByTestId('active-plugin').innerText())
      .toContain('Active plugin: Static Vault (example)');
    expect(await core.settings.getActivePlugin()).toBe('static-vault');
    await page.reload();
    await expect.poll(() => page.getByRole('radio', { name: /Static Vault/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect
      .poll(() => page.getByTestId('log-lines').innerText())
      .toContain('Active plugin set to Static Vault (example) 1.0.0');
    await screenshot(page, 'app-frame-light');
  });

  it('answers an IPC call with an invalid payload with a typed VALIDATION error naming the field', async () => {
    const result = await host.page.evaluate(() =>
      (window.ecm.setActivePlugin as (r: unknown) => Promise<unknown>)({ pluginId: 42 }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'pluginId' } });
    const unknownField = await host.page.evaluate(() =>
      (window.ecm.readLog as (r: unknown) => Promise<unknown>)({ tail: 5, sql: 'drop' }),
    );
    expect(unknownField).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'sql' } });
  });

  it('refuses a call from a foreign top-level page and from the app framed by a foreign page', async () => {
    const { context } = host;
    const other = await context.newPage();
    await other.goto(`${foreign.origin}/index.html`);
    const fromPage = await other.evaluate(() => window.ecm.setActivePlugin({ pluginId: 'static-vault' }));
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // The app's own page, but inside a foreign page's frame: not the top frame, so refused.
    await other.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
      return new Promise((resolve) => frame.addEventListener('load', resolve));
    }, `${host.origin}/index.html`);
    const framed = other.frames().find((f) => f.url().startsWith(host.origin));
    expect(framed).toBeDefined();
    const fromFrame = await framed!.evaluate(() => window.ecm.listPlugins({}));
    expect(fromFrame).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await other.close();
    expect(readLog(host.core)).toMatch(
      /Dropped a call to 'listPlugins' from an untrusted sender \(http:\/\/127\.0\.0\.1:\d+, sub-frame\)/,
    );
    expect(await host.core.settings.getActivePlugin()).toBe('static-vault'); // unchanged by the refused calls
  });

  it('cannot frame a foreign page itself: the CSP blocks it', async () => {
    const { page } = host;
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
    }, `${foreign.origin}/index.html`);
    await page.waitForTimeout(300);
    expect(page.frames().some((f) => f.url().startsWith(foreign.origin))).toBe(false);
  });

  it('keeps the page free of Node and Electron, and secrets out of the DOM and every answer', async () => {
    const { page } = host;
    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      ecmKeys: Object.keys(window.ecm).sort(),
    }));
    expect(globals.require).toBe('undefined');
    expect(globals.process).toBe('undefined');
    expect(globals.ecmKeys).not.toContain('ipcRenderer');
    await page.evaluate(
      (password) =>
        window.ecm.saveSettings({
          pluginId: 'static-vault',
          values: { vaultFile: '/tmp/v.json', apiUser: 'svc', apiPassword: password },
        }),
      API_PASSWORD,
    );
    const view = await page.evaluate(() => window.ecm.getSettings({ pluginId: 'static-vault' }));
    expect(view).toMatchObject({ ok: true, value: { values: { apiPassword: { stored: true } } } });
    expect(JSON.stringify(host.responses)).not.toContain(API_PASSWORD);
    expect(await page.content()).not.toContain(API_PASSWORD);
  });

  it('can be used from the keyboard: Tab reaches the picker with a visible focus ring', async () => {
    const { page } = host;
    await page.reload();
    await page.getByTestId('plugin-static-vault').waitFor();
    let focused = '';
    for (let i = 0; i < 6 && !focused.includes('radio'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(
        () => `${document.activeElement?.getAttribute('type')}-${document.activeElement?.tagName}`,
      );
    }
    expect(focused).toBe('radio-INPUT');
  });
});

describe('a damaged settings file', () => {
  const tempDir = useTempDirs();

  it('is reported, never replaced silently, and the last good copy is restored on request', async () => {
    const dir = tempDir();
    const host = await startBrowserHost({ dataDir: dir, plugins: [staticVault] });
    try {
      const { page, core } = host;
      await page.getByTestId('plugin-static-vault').waitFor();
      await core.api.setActivePlugin({ pluginId: 'static-vault' });
      await core.settings.save('static-vault', staticVault.settings, {
        vaultFile: '/srv/vault.json',
        apiUser: 'svc-ecm',
        apiPassword: API_PASSWORD,
      });
      await core.settings.save('other-vault', staticVault.settings, {
        vaultFile: '/srv/other.json',
        apiUser: 'svc-other',
        apiPassword: API_PASSWORD,
      });
      await core.settings.save('static-vault', staticVault.settings, {
        vaultFile: '/srv/vault.json',
        apiUser: 'svc-changed',
      });
      // The last good copy holds both plugins; the file changed static-vault, then other-vault's part broke.
      const settingsFile = path.join(dir, 'settings.json');
      const damagedDoc = JSON.parse(readFileSync(settingsFile, 'utf8'));
      damagedDoc.plugins['other-vault'].savedAt = 42;
      const damagedText = JSON.stringify(damagedDoc, null, 2);
      writeFileSync(settingsFile, damagedText);
      await page.reload();
      const restoreButton = page.getByRole('button', { name: 'Restore last good copy…' });
      await restoreButton.waitFor();
      expect(await page.getByTestId('error-bar').first().innerText()).toContain('CONFIG');
      await screenshot(page, 'settings-damaged');

      // Cancel: nothing replaced.
      await restoreButton.click();
      await page.getByTestId('backup-diff').waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
      await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel', exact: true }).click();
      await expect.poll(() => page.locator('[role="dialog"], [role="alertdialog"]').count()).toBe(0);
      expect(readFileSync(settingsFile, 'utf8')).toBe(damagedText);
      expect(readdirSync(dir).some((n) => n.startsWith('settings.damaged-'))).toBe(false);

      await restoreButton.click();
      const preview = page.getByTestId('restore-preview');
      await page.getByTestId('backup-diff').waitFor();
      const text = await preview.innerText();
      expect(text).toMatch(/Last good copy from\s+\S/);
      expect(text).toMatch(/Its active plugin\s+Static Vault \(example\) \(static-vault\)/);
      expect(text).toContain('damaged file cannot be read: plugins.other-vault.savedAt:');
      expect(text).toContain('other-vault: cannot compare: the current file cannot be read');
      expect(text).toContain('Static Vault (example) (static-vault): differs (apiUser)');
      expect(text).not.toContain(API_PASSWORD);
      expect(text).not.toContain('svc-other');
      await screenshotMatrix(page, 'restore-preview');
      await page.getByTestId('restore-confirm').click();
      await expect.poll(() => page.getByTestId('active-plugin').innerText()).toContain('Static Vault');
      expect(readdirSync(dir).some((n) => n.startsWith('settings.damaged-'))).toBe(true);
      expect(
        JSON.parse(readFileSync(path.join(dir, 'settings.json'), 'utf8')).plugins['static-vault'].values.apiUser,
      ).toBe('svc-ecm');
      expect(JSON.stringify(host.responses)).not.toContain(API_PASSWORD);
    } finally {
      await host.close();
    }
  });
});

describe('application frame with an empty registry, dark theme', () => {
  const tempDir = useTempDirs();

  it('tells the admin how to add a plugin', async () => {
    const host = await startBrowserHost({ dataDir: tempDir(), plugins: [], colorScheme: 'dark' });
    try {
      await host.page.getByTestId('no-plugins').waitFor();
      expect(await host.page.getByTestId('no-plugins').innerText()).toContain('docs/PLUGINS.md');
      const file = await screenshot(host.page, 'app-frame-dark-empty-registry');
      expect(statSync(file).size).toBeGreaterThan(10_000);
    } finally {
      await host.close();
    }
  });

  it('renders the dark theme when the OS asks for it', async () => {
    const host = await startBrowserHost({ dataDir: tempDir(), plugins: [staticVault], colorScheme: 'dark' });
    try {
      await host.page.getByTestId('plugin-static-vault').waitFor();
      expect(await host.page.locator('[data-theme]').first().getAttribute('data-theme')).toBe('dark');
      const background = await host.page.evaluate(
        () => getComputedStyle(document.querySelector('[data-testid="settings-area"]')!.parentElement!).backgroundColor,
      );
      expect(background).not.toBe('rgb(255, 255, 255)');
      await screenshot(host.page, 'app-frame-dark');
    } finally {
      await host.close();
    }
  });
});
