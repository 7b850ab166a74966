import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { screenshot } from '../support/screenshots';
import { grid, rowWith, writeLog } from './support/log-viewer-page';

// The log viewer in Debian's Chromium in the dark theme.

describe('log viewer, dark theme', () => {
  let host: BrowserHost;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-logview-dark-'));
    writeLog(dataDir, 1000);
    host = await startBrowserHost({ dataDir, plugins: [], colorScheme: 'dark' });
  });

  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('uses the dark tokens and keeps the levels apart', async () => {
    const { page } = host;
    // The log at its largest, as an admin reading it sets it (the separator's End key).
    await page.getByRole('separator', { name: 'Resize the log' }).focus();
    await page.keyboard.press('End');
    await rowWith(page, 'entry #999 ').waitFor();
    await rowWith(page, 'entry #996 ').click();
    await rowWith(page, 'entry #997 ').click({ modifiers: ['Shift'] });
    await rowWith(page, 'entry #999 ').getByRole('button', { name: 'Show 2 more lines' }).click();
    const background = await grid(page).evaluate((g) => getComputedStyle(g).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    const colours = await page.evaluate(() =>
      ['debug', 'info', 'warn', 'error'].map((level) => {
        const style = getComputedStyle(document.querySelector(`[data-level-badge="${level}"]`)!);
        return `${style.color}/${style.backgroundColor}`;
      }),
    );
    expect(new Set(colours).size).toBe(4);
    await screenshot(page, 'log-viewer-dark');
  });
});
