import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { screenshotMatrix } from '../support/screenshot-matrix';
import { ROOT, staticVault } from '../support/static-vault';

// The About dialog, opened by F1 and by the title bar button, keyboard only, against the real core.
describe('About dialog (Chromium)', () => {
  let host: BrowserHost;
  let page: Page;
  let dataDir: string;
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; license: string };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-about-'));
    host = await startBrowserHost({ dataDir, plugins: [createSecretServerPlugin(), staticVault] });
    page = host.page;
  });
  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const facts = () => page.getByTestId('about-facts').innerText();
  const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
  const focusInDialog = () => page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')));

  it('F1 opens it with the versions, paths and license, and Escape gives focus back', async () => {
    await page.getByRole('radio', { name: /Static Vault/ }).focus();
    const opener = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    await page.keyboard.press('F1');
    await page.getByTestId('about-facts').waitFor();
    expect(await focusInDialog()).toBe(true);
    const text = await facts();
    expect(text).toContain(`ECM Configurator ${pkg.version}`);
    expect(text).toMatch(/Plugin: Thycotic Secret Server\s+1\.0\.0 \(secret-server\)/);
    expect(text).toMatch(/Plugin: Static Vault \(example\)\s+1\.0\.0 \(static-vault\)/);
    // The browser host is plain Node: no Electron, no Chromium of Electron's own.
    expect(text).toMatch(/Electron\s+not running in Electron/);
    expect(text).toMatch(/Chromium\s+not running in Electron/);
    expect(text).toContain(process.versions.node);
    expect(text).toContain(dataDir);
    expect(text).toContain(path.join(dataDir, 'Configurator.log'));
    expect(text).toMatch(new RegExp(`License\\s+${pkg.license}`));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('about-facts').count()).toBe(0);
    await expect.poll(focusedTestId).toBe(opener);
  });

  it('the title bar button opens it from the keyboard, and Close returns focus to the button', async () => {
    await page.getByTestId('about-open').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('about-facts').waitFor();
    // The dialog's fade-in finished, so the pictures show it as the admin sees it.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    await screenshotMatrix(page, 'about-dialog');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog()).toBe(true); // focus stays in the dialog
    }
    await page.getByTestId('about-close').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('about-facts').count()).toBe(0);
    await expect.poll(focusedTestId).toBe('about-open');
  });

  it('answers the same facts over the channel, and no secret', async () => {
    const r = await page.evaluate(() => window.ecm.getAbout({}));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.ok).toBe(true);
    expect(r.value).toMatchObject({
      product: { version: pkg.version, license: 'MIT' },
      runtime: { electron: null, chrome: null, node: process.versions.node },
      dataDir,
    });
    expect(JSON.stringify(r.value)).not.toMatch(/password|token|key/i);
  });
});
