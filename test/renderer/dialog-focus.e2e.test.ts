import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { createTpamPlugin } from '../../electron/plugins/tpam/tpam-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { demoTpamWorld } from '../simulators/tpam/demo-world';
import { startTpamSimulator, type TpamSimulator } from '../simulators/tpam/tpam-simulator';
import { expectAccessible } from '../support/axe';
import { showPlugin } from '../support/choose-plugin';
import { pluginSource, writePluginFile } from '../support/plugin-folder';
import { API_PASSWORD, staticVault } from '../support/static-vault';

// Every dialog of the app, opened from the keyboard: focus moves into it, stays there, Escape closes
// it, and focus comes back to the control that opened it. Each open dialog is also checked by
// axe-core in light and dark (no serious or critical violation).

const DIALOG = '[role="dialog"], [role="alertdialog"]';

const openDialogs = (page: Page) => page.locator(DIALOG).count();
const focusInDialog = (page: Page) => page.evaluate((sel) => Boolean(document.activeElement?.closest(sel)), DIALOG);
/** The focused element, named well enough to see where the focus went when it is not the expected one. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a
      ? `${a.tagName.toLowerCase()} ${(a.getAttribute('data-testid') ?? a.textContent ?? '').slice(0, 40)}`
      : 'none';
  });
const describeElement = (l: Locator) =>
  l.evaluate(
    (a) => `${a.tagName.toLowerCase()} ${(a.getAttribute('data-testid') ?? a.textContent ?? '').slice(0, 40)}`,
  );
/** Waits until the focus is on `l`, failing with where it is instead. */
async function expectFocusOn(page: Page, l: Locator, where: string) {
  const want = await describeElement(l);
  await expect.poll(() => focused(page), { message: `${where}: focus back on the control that opened it` }).toBe(want);
  expect(await l.evaluate((el) => el === document.activeElement)).toBe(true);
}

/** axe in both themes, then back to light. */
async function accessibleInBothThemes(page: Page, where: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator(`[data-theme="${scheme}"]`).first().waitFor();
    await expectAccessible(page, `${where} (${scheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** An alert dialog is read out with its question: aria-describedby names an element with text. */
async function expectDescribed(page: Page, where: string) {
  const described = await page.evaluate(() => {
    const dialog = document.querySelector('[role="alertdialog"]');
    if (!dialog) return 'not an alert dialog';
    const id = dialog.getAttribute('aria-describedby');
    return id && document.getElementById(id)?.textContent?.trim() ? 'described' : `not described (${id})`;
  });
  if (described !== 'not an alert dialog') expect(described, `${where}: aria-describedby`).toBe('described');
}

/**
 * Focuses the opener, presses `key` on it, checks the dialog (focus inside, Tab stays inside, axe),
 * presses Escape and checks the focus came back to the opener.
 */
async function roundTrip(page: Page, where: string, opener: Locator, key = 'Enter') {
  await opener.focus();
  await page.keyboard.press(key);
  await expect.poll(() => openDialogs(page)).toBe(1);
  await expect.poll(() => focusInDialog(page)).toBe(true);
  await expectDescribed(page, where);
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInDialog(page), `${where}: Tab ${i + 1} left the dialog`).toBe(true);
  }
  await accessibleInBothThemes(page, where);
  await page.keyboard.press('Escape');
  await expect.poll(() => openDialogs(page)).toBe(0);
  await expectFocusOn(page, opener, where);
}

const INI_WITH_WARNING = [
  '[tpam]',
  'server = tpam01.corp.example',
  'server_public_key = tpam01 ssh-ed25519 AAAA',
  'server_user = isacli',
  'sever_port = 2222',
  '[plugin]',
  'config_version = 1',
  '',
].join('\n');

describe('every dialog gives the focus back to the control that opened it (Chromium)', () => {
  let host: BrowserHost;
  let sim: TpamSimulator;
  let dataDir: string;
  let page: Page;

  beforeAll(async () => {
    sim = await startTpamSimulator({ world: demoTpamWorld() });
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-dialog-focus-'));
    host = await startBrowserHost({ dataDir, plugins: [staticVault, createSecretServerPlugin(), createTpamPlugin()] });
    page = host.page;
    await host.core.api.setActivePlugin({ pluginId: 'static-vault' });
    await host.core.api.saveSettings({
      pluginId: 'static-vault',
      values: { vaultFile: '/srv/vault.json', apiUser: 'svc-ecm', apiPassword: API_PASSWORD },
    });
    await page.reload();
  });
  afterAll(async () => {
    await host?.close();
    await sim?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the main window has no serious accessibility problem for each plugin, light and dark', async () => {
    for (const name of [/Static Vault/, /Thycotic Secret Server/, /One Identity TPAM/]) {
      await showPlugin(page, name);
      await accessibleInBothThemes(page, `main window, ${name.source}`);
      await page.getByTestId('gear').click();
      await page.locator('[id^="setting-"]').first().waitFor();
      await accessibleInBothThemes(page, `settings form, ${name.source}`);
    }
    await showPlugin(page, /Static Vault/);
  });

  it('Test Settings', async () => {
    await roundTrip(page, 'Test Settings', page.getByTestId('open-test'));
  });

  it('Clear Token Cache', async () => {
    await roundTrip(page, 'Clear Token Cache', page.getByRole('button', { name: 'Clear Token Cache' }));
  });

  it('About, from its button and from F1 in a field', async () => {
    await roundTrip(page, 'About', page.getByTestId('about-open'));
    await page.getByTestId('gear').click();
    await roundTrip(page, 'About (F1)', page.locator('#setting-apiUser'), 'F1');
  });

  it('Use this plugin', async () => {
    await showPlugin(page, /Thycotic Secret Server/);
    await roundTrip(page, 'Use this plugin', page.getByTestId('use-plugin'));
  });

  it('Unsaved changes, opened by choosing another plugin', async () => {
    await showPlugin(page, /Static Vault/);
    if ((await page.locator('#setting-apiUser').count()) === 0) await page.getByTestId('gear').click();
    await page.locator('#setting-apiUser').fill('svc-changed');
    await page.getByTestId('unsaved').waitFor();
    const other = page.getByRole('radio', { name: /Thycotic Secret Server/ });
    await roundTrip(page, 'Unsaved changes', other, 'Space');
    await page.getByRole('button', { name: 'Cancel changes' }).click();
  });

  it('Fetch host key (field action)', async () => {
    await showPlugin(page, /One Identity TPAM/);
    if ((await page.locator('#setting-server').count()) === 0) await page.getByTestId('gear').click();
    await page.locator('#setting-server').fill(sim.host);
    await page.locator('#setting-server_port').fill(String(sim.port));
    await roundTrip(page, 'Fetch host key', page.getByRole('button', { name: 'Fetch host key' }));
  });

  it('settings-file warnings', async () => {
    const importButton = page.getByRole('button', { name: 'Import .ini' });
    await importButton.focus();
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles({ name: 'typo.ini', mimeType: 'text/plain', buffer: Buffer.from(INI_WITH_WARNING) });
    await page.getByTestId('settings-file-warnings').waitFor();
    await expect.poll(() => focusInDialog(page)).toBe(true);
    await accessibleInBothThemes(page, 'settings-file warnings');
    await page.keyboard.press('Escape');
    await expect.poll(() => openDialogs(page)).toBe(0);
    await expectFocusOn(page, importButton, 'settings-file warnings');
  });
});

describe('the dialogs of a damaged settings file and of a new plugin file (Chromium)', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'ecm-dialog-focus-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('Restore the last good copy', async () => {
    const dir = tempDir();
    const host = await startBrowserHost({ dataDir: dir, plugins: [staticVault] });
    try {
      const { page, core } = host;
      await core.api.setActivePlugin({ pluginId: 'static-vault' });
      const values = { vaultFile: '/srv/vault.json', apiUser: 'svc-ecm', apiPassword: API_PASSWORD };
      await core.settings.save('static-vault', staticVault.settings, values);
      await core.settings.save('static-vault', staticVault.settings, { ...values, apiUser: 'svc-changed' });
      const file = path.join(dir, 'settings.json');
      const doc = JSON.parse(readFileSync(file, 'utf8'));
      doc.plugins['static-vault'].savedAt = 42;
      writeFileSync(file, JSON.stringify(doc, null, 2));
      await page.reload();
      const restore = page.getByRole('button', { name: 'Restore last good copy…' });
      await restore.waitFor();
      await accessibleInBothThemes(page, 'main window with a damaged settings file');
      await restore.focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('backup-diff').waitFor();
      await expect.poll(() => focusInDialog(page)).toBe(true);
      await accessibleInBothThemes(page, 'Restore preview');
      await page.keyboard.press('Escape');
      await expect.poll(() => openDialogs(page)).toBe(0);
      await expectFocusOn(page, restore, 'Restore');
    } finally {
      await host.close();
    }
  });

  it('plugin trust: opened by the app itself, it leaves the focus on the plugin picker', async () => {
    const [dataDir, folder] = [tempDir(), tempDir()];
    writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault'));
    const host = await startBrowserHost({ dataDir, plugins: [staticVault], pluginsFolder: folder });
    try {
      const { page } = host;
      await page.getByRole('alertdialog').waitFor();
      await expect.poll(() => focusInDialog(page)).toBe(true);
      await accessibleInBothThemes(page, 'plugin trust');
      await page.keyboard.press('Escape');
      await expect.poll(() => openDialogs(page)).toBe(0);
      // Nothing opened it: the focus goes to the first thing an admin uses, never lost on the page.
      await expect.poll(() => focused(page)).toMatch(/^input plugin-/);
    } finally {
      await host.close();
    }
  });
});
