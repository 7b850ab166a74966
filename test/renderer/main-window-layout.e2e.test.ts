import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { createTpamPlugin } from '../../electron/plugins/tpam/tpam-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { showPlugin } from '../support/choose-plugin';
import { screenshotMatrix } from '../support/screenshot-matrix';
import { screenshot } from '../support/screenshots';

// The main window's layout in Chromium: the settings/log separator (mouse and keyboard, remembered),
// collapsing the log, toolbars that never wrap at 1024 px, and Tab reaching every toolbar button.
describe('main window layout (Chromium)', () => {
  let host: BrowserHost;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-layout-'));
    host = await startBrowserHost({ dataDir, plugins: [createSecretServerPlugin(), createTpamPlugin()] });
    page = host.page;
  });
  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const splitter = () => page.getByRole('separator', { name: 'Resize the log' });
  const valueNow = async () => Number(await splitter().getAttribute('aria-valuenow'));
  const logHeight = () => page.getByTestId('log-region').evaluate((el) => el.getBoundingClientRect().height);
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('data-testid') ?? el?.getAttribute('role') ?? el?.textContent?.trim() ?? '';
    });
  const openForm = async (name: RegExp, firstField: string) => {
    await showPlugin(page, name);
    await page.getByTestId('gear').click();
    await page.locator(`#setting-${firstField}`).waitFor();
    await page.mouse.move(0, 0);
  };
  /** Tabs (or Shift+Tabs) until `stop` is focused, returning the accessible names met on the way. */
  const tabUntil = async (stop: (name: string) => boolean, key = 'Tab', max = 80): Promise<string[]> => {
    const met: string[] = [];
    for (let i = 0; i < max; i++) {
      await page.keyboard.press(key);
      const name = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.getAttribute('aria-label') ?? el?.innerText?.trim() ?? '';
      });
      met.push(name);
      if (stop(name)) return met;
    }
    throw new Error(`never reached the stop; met ${met.join(' | ')}`);
  };

  it('is a window splitter: focusable separator with its value, moved by the arrow keys, Home, End and Enter', async () => {
    await page.getByTestId('plugin-secret-server').waitFor();
    const sep = splitter();
    expect(await sep.getAttribute('aria-orientation')).toBe('horizontal');
    expect(await sep.getAttribute('aria-controls')).toBe('log-region');
    expect(await page.locator('#log-region').count()).toBe(1);
    expect(await sep.getAttribute('aria-valuemin')).toBe('0');
    expect(await sep.getAttribute('aria-valuemax')).toBe('75');
    expect(await valueNow()).toBe(20);

    // Keyboard only: from the log's first stop (its path), Shift+Tab lands on the separator.
    await page.getByTestId('log-path').focus();
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('log-splitter');
    const before = await logHeight();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await valueNow()).toBe(24);
    await expect.poll(logHeight).toBeGreaterThan(before + 10);
    await page.keyboard.press('ArrowDown');
    expect(await valueNow()).toBe(22);
    await page.keyboard.press('End');
    expect(await valueNow()).toBe(75);
    await page.keyboard.press('Home');
    expect(await valueNow()).toBe(15);
    await page.keyboard.press('PageUp');
    expect(await valueNow()).toBe(25);

    // Enter collapses the log to its toolbar and opens it again at the same size.
    await page.keyboard.press('Enter');
    expect(await valueNow()).toBe(0);
    expect(await sep.getAttribute('aria-valuetext')).toBe('Log collapsed');
    await expect.poll(() => page.locator('#log-body').isHidden()).toBe(true);
    expect(await page.getByTestId('log-collapse').innerText()).toBe('Show log');
    await page.keyboard.press('Enter');
    expect(await valueNow()).toBe(25);
    await expect.poll(() => page.locator('#log-body').isVisible()).toBe(true);
  });

  it('follows the mouse and remembers the position after a reload', async () => {
    const box = (await splitter().boundingBox())!;
    await page.mouse.move(box.x + 200, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, 420, { steps: 5 });
    await page.mouse.up();
    // Log top at 420 px of an 800 px window: (800 - 420) / (800 - 40) of the height below the title bar.
    const expected = Math.round(((800 - 420) / 760) * 100);
    await expect.poll(valueNow).toBe(expected);
    const top = await page.getByTestId('log-region').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top - 420)).toBeLessThan(6);
    await page.reload();
    await page.getByTestId('plugin-secret-server').waitFor();
    expect(await valueNow()).toBe(expected);
    expect(await page.evaluate(() => localStorage.getItem('ecm.layout'))).toContain(`"logPercent":${expected}`);
  });

  it('collapses the log with its toolbar button and with Ctrl+L, remembered too', async () => {
    const toggle = page.getByTestId('log-collapse');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.getAttribute('aria-keyshortcuts')).toBe('Control+L');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#log-body').isHidden()).toBe(true);
    // Collapsed, the log is its toolbar only: the settings get the rest of the window.
    expect(await logHeight()).toBeLessThan(60);
    await page.reload();
    await expect.poll(() => page.getByTestId('log-collapse').getAttribute('aria-expanded')).toBe('false');
    await page.getByTestId('plugin-secret-server').focus();
    await page.keyboard.press('Control+L');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#log-body').isVisible()).toBe(true);
    await page.keyboard.press('Control+L');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Control+L');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    // Back to the default size for the tests below.
    await splitter().focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    expect(await valueNow()).toBe(19);
    await page.keyboard.press('ArrowUp');
    expect(await valueNow()).toBe(21);
    await page.evaluate(() => localStorage.removeItem('ecm.layout'));
    await page.reload();
    await page.getByTestId('plugin-secret-server').waitFor();
    expect(await valueNow()).toBe(20);
  });

  it('shows at least six whole settings at 1024x700 with the log at its default size', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await openForm(/Secret Server/, 'endpointUrl');
    const visible = await page.evaluate(() => {
      const body = document.querySelector('[data-testid="settings-body"]')!.getBoundingClientRect();
      return [...document.querySelectorAll('[data-testid^="field-"]')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= body.top && r.bottom <= body.bottom;
      }).length;
    });
    expect(visible).toBeGreaterThanOrEqual(6);
    await screenshotMatrix(page, 'main-window-secret-server');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  /** Each toolbar is one row: every shown button on the same line, none past the bar's end. */
  const oneRow = (testId: string) =>
    page.getByTestId(testId).evaluate((bar) => {
      const items = [...bar.querySelectorAll('button')].filter((b) => b.getBoundingClientRect().height > 0);
      // One line: every button's middle within a few pixels of the first one's (they differ in height).
      const middle = (b: Element) => (b.getBoundingClientRect().top + b.getBoundingClientRect().bottom) / 2;
      const tops = new Set(items.map((b) => Math.round((middle(b) - middle(items[0]!)) / 8)));
      const barBox = bar.getBoundingClientRect();
      const inside = items.every((b) => b.getBoundingClientRect().right <= barBox.right + 0.5);
      const where = items.map((b) => `${b.textContent}@${Math.round(b.getBoundingClientRect().top)}`).join(', ');
      return { rows: tops.size, inside, count: items.length, where };
    });

  it('keeps both toolbars on one line at 1024 px; what does not fit is in "More actions", by mouse and keyboard', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await openForm(/One Identity TPAM/, 'server');
    await page.getByTestId('settings-toolbar').getByTestId('toolbar-more').waitFor();
    const settingsRow = await oneRow('settings-toolbar');
    expect(settingsRow, settingsRow.where).toMatchObject({ rows: 1, inside: true });
    const logRow = await oneRow('log-toolbar');
    expect(logRow, logRow.where).toMatchObject({ rows: 1, inside: true });
    const logToolbarHeight = await page.getByTestId('log-toolbar').evaluate((el) => el.getBoundingClientRect().height);
    expect(logToolbarHeight).toBeLessThan(48);
    expect(await page.getByRole('button', { name: 'Export .ini' }).isVisible()).toBe(false);

    // Keyboard: Tab to "More actions", Enter, the menu lists the hidden buttons; Export runs from it.
    await page.getByTestId('open-test').focus();
    await tabUntil((n) => n.startsWith('More actions'));
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual(['Import .ini', 'Export .ini']);
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    await screenshot(page, 'main-window-toolbar-overflow-1024x700-light'); // a resize would close the menu
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Export .ini');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/\.ini$/);
    await expect.poll(() => page.getByTestId('notice').innerText()).toContain('Exported');

    // The log's own overflow menu by mouse: Open log folder is there and works.
    await page.getByTestId('log-actions').getByTestId('toolbar-more').click();
    await page.getByRole('menuitem', { name: 'Open log folder' }).click();
    await expect.poll(() => page.getByTestId('log-folder-notice').count()).toBe(1);
    await page.getByTestId('log-folder-notice').getByRole('button', { name: 'Dismiss' }).click();
    await page.setViewportSize({ width: 1280, height: 800 });
    // Wide enough: every button in the bar and no "More actions".
    await expect.poll(() => page.getByRole('button', { name: 'Export .ini' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('log-actions').getByTestId('toolbar-more').count()).toBe(0);
    expect(await page.getByTestId('settings-toolbar').getByTestId('toolbar-more').count()).toBe(0);
  });

  it('lets Tab reach every toolbar button, in order, and the arrow keys move along a toolbar too', async () => {
    await page.locator('#setting-server').fill('tpam.corp.example'); // Save and Cancel changes enabled
    await page.getByTestId('gear').focus();
    const settings = await tabUntil((n) => n === 'Export .ini');
    expect(settings).toEqual([
      'Save',
      'Cancel changes',
      'Test Settings',
      'Clear Token Cache',
      'Import .ini',
      'Export .ini',
    ]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('setting-server');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).not.toBe('Save');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export .ini');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Import .ini');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export .ini');

    // The log toolbar: Refresh, Details, Open log folder and Hide log are each a Tab stop
    // (Copy selected lines too once something is selected).
    await page.getByTestId('log-filter').focus();
    const log = await tabUntil((n) => n === 'Hide log');
    expect(log).toEqual(['Refresh', 'Details', 'Open log folder', 'Hide log']);
    await page.getByRole('button', { name: 'Cancel changes' }).click();
    await expect.poll(() => page.locator('#setting-server').inputValue()).toBe('');
  });
});
