import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { createTpamPlugin } from '../../electron/plugins/tpam/tpam-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { showPlugin } from '../support/choose-plugin';
import { screenshotMatrix } from '../support/screenshot-matrix';

// The settings area's messages in Chromium: bars that grow with their text and never cover the
// form, a Save error always in view and announced with the focus on the first invalid field, and
// tooltips that do not float over a scrolling form.
describe('settings messages, Save errors and tooltips (Chromium)', () => {
  let host: BrowserHost;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-messages-'));
    host = await startBrowserHost({ dataDir, plugins: [createSecretServerPlugin(), createTpamPlugin()] });
    page = host.page;
  });
  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Each test starts from saved values, whatever the one before left on the form.
  afterEach(async () => {
    const cancel = page.getByRole('button', { name: 'Cancel changes' });
    if ((await cancel.count()) > 0 && (await cancel.isEnabled())) await cancel.click();
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  const openForm = async (name: RegExp, firstField: string) => {
    await showPlugin(page, name);
    await page.getByTestId('gear').click();
    await page.locator(`#setting-${firstField}`).waitFor();
    await page.mouse.move(0, 0);
  };
  const rect = (testId: string) =>
    page.getByTestId(testId).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
    });

  it('grows a bar with its text: a three-line notice pushes the form down and nothing is drawn over it', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await openForm(/One Identity TPAM/, 'server');
    const ini = [
      '[tpam]',
      ' server=tpam.corp.example',
      ' server_port=22',
      ' server_public_key=tpam.corp.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGa9aFHKV0nBHCp1Fz2Ks6pK9cJpD4c1pD4c1pD4c1pD',
      ' server_user=isacli',
      ' server_user_key=$',
      ' authorization=policy',
      ' system_maptoreal=no',
      '',
      '[plugin]',
      ' config_version=1',
      ' log_level=info',
    ].join('\n');
    const name = `${'settings exported from the production SPS cluster of the west data centre '.repeat(3)}tpam.ini`;
    await page
      .getByTestId('file-input-Import SPS plugin configuration (.ini)')
      .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(ini) });
    await expect.poll(() => page.getByTestId('notice').innerText()).toContain('Review and Save.');
    const notice = await rect('notice');
    const lines = await page.getByTestId('notice').evaluate((bar) => {
      const body = bar.querySelector('.fui-MessageBarBody')!;
      return Math.round(body.getBoundingClientRect().height / parseFloat(getComputedStyle(body).lineHeight));
    });
    expect(lines).toBeGreaterThanOrEqual(3);
    // The next element (the first setting) starts below the bar, not under it.
    const firstField = await rect('field-server');
    expect(notice.bottom).toBeLessThanOrEqual(firstField.top + 0.5);
    // Whatever is drawn at the bar's last line is the bar itself.
    const onTop = await page.evaluate(
      ([x, y]) => Boolean(document.elementFromPoint(x!, y!)?.closest('[data-testid="notice"]')),
      [notice.left + 60, notice.bottom - 10],
    );
    expect(onTop).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'Review and Save.' }).count()).toBe(1);
    await screenshotMatrix(page, 'settings-long-notice');
    await page.getByRole('button', { name: 'Cancel changes' }).click(); // the import is not kept
    await page.getByTestId('unsaved').waitFor({ state: 'detached' });
  });

  it('brings a Save error into view, announces it and focuses the first invalid field, from a form scrolled down', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await openForm(/Secret Server/, 'endpointUrl');
    await page
      .locator('#setting-endpointUrl')
      .fill('https://ss.corp.example/SecretServer/webservices/SSWebService.asmx');
    await page.locator('#setting-apiUser').fill('svc-ecm');
    await page.locator('#setting-apiPassword').fill('not-the-real-one');
    // Two settings near the end are wrong; the admin is at the bottom of the form when saving.
    await page.locator('#setting-caCertificate').fill('not a certificate');
    await page.locator('#setting-timeoutSeconds').fill('0');
    await page.getByTestId('settings-body').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => page.getByTestId('settings-body').evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
    await page.keyboard.press('Control+S');

    await page.getByTestId('save-error').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('setting-caCertificate');
    const error = await rect('save-error');
    const form = await rect('settings-body');
    expect(error.top).toBeGreaterThanOrEqual(0);
    expect(error.bottom).toBeLessThanOrEqual(700);
    const errorOnTop = await page.evaluate(
      ([x, y]) => Boolean(document.elementFromPoint(x!, y!)?.closest('[data-testid="save-error"]')),
      [error.left + 60, (error.top + error.bottom) / 2],
    );
    expect(errorOnTop).toBe(true);
    // The focused field is in the visible part of the form.
    const field = await page.locator('#setting-caCertificate').evaluate((el) => el.getBoundingClientRect().toJSON());
    expect(field.top).toBeGreaterThanOrEqual(form.top);
    expect(field.bottom).toBeLessThanOrEqual(form.bottom);
    // Announced: the error sits in an alert region (assertive live region) that was there before it.
    const alert = page.getByRole('alert').filter({ hasText: 'Some settings need attention' });
    expect(await alert.count()).toBe(1);
    expect(await alert.innerText()).toContain('nothing was saved');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete'); // the focus is where the fix goes
    expect(await page.locator('#setting-caCertificate').inputValue()).toBe('');
    await screenshotMatrix(page, 'settings-save-error');
    await page.getByRole('button', { name: 'Cancel changes' }).click();
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('closes an open tooltip when the form scrolls', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    // A keyboard focus on the gear shows its tooltip; the admin then scrolls the form with the wheel.
    await page.getByTestId('gear').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const tooltip = page.getByRole('tooltip').filter({ hasText: 'Hide the settings' });
    await tooltip.waitFor();
    const form = await rect('settings-body');
    await page.mouse.move((form.left + form.right) / 2, (form.top + form.bottom) / 2);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.getByTestId('settings-body').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await expect.poll(() => tooltip.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('gear');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
