import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTpamPlugin } from '../../electron/plugins/tpam/tpam-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { choosePlugin } from '../support/choose-plugin';
import { screenshot } from '../support/screenshots';

// Import .ini with warnings (Chromium): nothing reaches the form until the admin has read the
// warnings and chosen Apply anyway; Cancel or Escape leaves the form as it was. Errors list the
// file's lines one per line. The keyboard path is walked without the mouse.

const FILE_INPUT = 'file-input-Import SPS plugin configuration (.ini)';

const ini = (server: string, extra: string[] = []) =>
  [
    '[tpam]',
    `server = ${server}`,
    'server_public_key = tpam01 ssh-ed25519 AAAA',
    'server_user = isacli',
    'server_user_key = $',
    ...extra,
    '[plugin]',
    'config_version = 1',
    '',
  ].join('\n');

describe('SPS ini import asks before applying a file with warnings (Chromium)', () => {
  let host: BrowserHost;
  let dataDir: string;
  let page: Page;
  const input = (key: string) => page.locator(`#setting-${key}`);
  const dialog = () => page.getByTestId('settings-file-warnings');
  const load = (name: string, text: string) =>
    page.getByTestId(FILE_INPUT).setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-ui-ini-'));
    host = await startBrowserHost({ dataDir, plugins: [createTpamPlugin()] });
    page = host.page;
  });
  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists the warnings with their lines and a suggestion; Cancel leaves the form unchanged', async () => {
    await choosePlugin(page, /One Identity TPAM/);
    await page.getByTestId('gear').click();
    await input('server').fill('before.corp.example');
    await load('typo.ini', ini('tpam01.corp.example', ['sever_port = 2222', 'log_level = debug']));
    await dialog().waitFor();
    const items = await page.getByTestId('settings-file-warning-list').locator('li').allInnerTexts();
    expect(items).toEqual([
      'Line 6, [tpam] sever_port: not a TPAM plugin option (did you mean server_port?); it is not imported.',
      'Line 7, [tpam] log_level: not a TPAM plugin option here (it belongs in [plugin]); it is not imported.',
    ]);
    expect(await dialog().innerText()).toContain('Import typo.ini with 2 warnings?');
    expect(await input('server').inputValue()).toBe('before.corp.example'); // nothing applied yet
    await dialog().getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog().waitFor({ state: 'detached' });
    expect(await input('server').inputValue()).toBe('before.corp.example');
    expect(await page.getByTestId('notice').innerText()).toContain(
      'Import of typo.ini cancelled; the form is unchanged.',
    );
  });

  it('walks the keyboard path: Import .ini, Escape cancels, Tab to Apply anyway and Enter applies', async () => {
    const importButton = page.getByRole('button', { name: 'Import .ini' });
    const openWithKeyboard = async (name: string, text: string) => {
      const chooser = page.waitForEvent('filechooser');
      await importButton.focus();
      await page.keyboard.press('Enter');
      await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
      await dialog().waitFor();
      // The dialog takes the focus, so the keys below act on it.
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.closest('[data-testid="settings-file-warnings"]') !== null),
        )
        .toBe(true);
    };
    const typo = ini('tpam01.corp.example', ['sever_port = 2222']);

    await openWithKeyboard('typo.ini', typo);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    expect(await input('server').inputValue()).toBe('before.corp.example');

    await openWithKeyboard('typo.ini', typo);
    for (
      let i = 0;
      i < 5 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Apply anyway';
      i += 1
    )
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Apply anyway');
    await page.keyboard.press('Enter');
    await dialog().waitFor({ state: 'detached' });
    expect(await input('server').inputValue()).toBe('tpam01.corp.example');
    expect(await input('server_port').inputValue()).toBe('22'); // the mistyped option was not imported
    expect(await page.getByTestId('notice').innerText()).toContain(
      'Imported typo.ini into the form with 1 warning accepted.',
    );
  });

  it('fills the form at once from a file without warnings', async () => {
    await load('clean.ini', ini('tpam02.corp.example', ['server_port = 2200']));
    await expect
      .poll(() => page.getByTestId('notice').innerText())
      .toContain('Imported clean.ini into the form. Review and Save.');
    expect(await dialog().count()).toBe(0);
    expect(await input('server').inputValue()).toBe('tpam02.corp.example');
    expect(await input('server_port').inputValue()).toBe('2200');
  });

  it('shows every error of a file that cannot be imported on its own line, and changes nothing', async () => {
    await load('bad.ini', ini('tpam03.corp.example', ['server_port = twenty-two', 'system_maptoreal = maybe']));
    await page.getByTestId('error-bar').waitFor();
    const text = await page.getByTestId('error-bar').innerText();
    expect(text).toContain(
      'Line 6, [tpam] server_port: "twenty-two" is not a whole number.\nLine 7, [tpam] system_maptoreal: "maybe" is not allowed; write yes or no.',
    );
    expect(text).not.toMatch(/\('|option='/);
    expect(await input('server').inputValue()).toBe('tpam02.corp.example');
  });

  it('looks finished at 1280x800 and 1024x700, light and dark', async () => {
    const warnings = ini('tpam01.corp.example', [
      'sever_port = 2222',
      'log_level = debug',
      'system_maptoral = yes',
      'server_user_key_passphrase = correct horse',
    ]);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => page.locator('[data-theme]').first().getAttribute('data-theme')).toBe(scheme);
      for (const [width, height] of [
        [1280, 800],
        [1024, 700],
      ] as const) {
        await page.setViewportSize({ width, height });
        await load('tpam.ini', warnings);
        await dialog().waitFor();
        expect(await dialog().innerText()).not.toContain('correct horse'); // a secret is never echoed
        const box = await dialog().boundingBox();
        expect(box!.width).toBeLessThanOrEqual(width);
        expect(box!.y + box!.height).toBeLessThanOrEqual(height);
        await page.waitForTimeout(300); // let the dialog finish fading in before the picture
        await screenshot(page, `sps-ini-warnings-${scheme}-${width}x${height}`);
        await page.keyboard.press('Escape');
        await dialog().waitFor({ state: 'detached' });
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
