import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { screenshotMatrix } from '../support/screenshot-matrix';

// Reading one long entry in full, keyboard only, and the log path shown whole: Debian's Chromium,
// the real renderer build, a real core reading a Configurator.log written here.

const LONG = `Secret Server answered: ${'The search returned no secret for the machine field; '.repeat(40)}END-OF-LONG-MESSAGE`;
const STACK =
  'Error: connect ECONNREFUSED 127.0.0.1:443\nat TLSSocket.connect (node:tls:1:1)\nat SsSession.authenticate (ss-session.ts:42:7)';

function writeLog(dataDir: string): string {
  const file = path.join(dataDir, 'Configurator.log');
  const lines = Array.from(
    { length: 40 },
    (_, i) => `[2026-03-14 09:00:${String(i).padStart(2, '0')}.000] [info] [core] entry #${i}`,
  );
  lines.push(`[2026-03-14 09:01:00.000] [error] [secret-server] ${LONG}`);
  lines.push(`[2026-03-14 09:01:01.000] [error] [tpam] ${STACK.replace(/\n/g, '\n    ')}`);
  lines.push('[2026-03-14 09:01:02.000] [info] [core] newest');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? '');

describe('the log entry details pane and the log path', () => {
  let host: BrowserHost;
  let dataDir: string;
  let file: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-logdetails-'));
    file = writeLog(dataDir);
    host = await startBrowserHost({ dataDir, plugins: [] });
    await host.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  });

  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens the active entry in full with F4, wrapped, and Escape gives the focus back to the grid', async () => {
    const { page } = host;
    const grid = page.getByTestId('log-lines');
    await grid.getByText('newest').waitFor();
    await grid.focus();
    for (const key of ['End', 'ArrowUp', 'ArrowUp', 'F4']) await page.keyboard.press(key);
    const message = page.getByTestId('log-details-message');
    await message.waitFor();
    expect(await focused(page)).toBe('log-details-message');
    expect(await message.innerText()).toBe(LONG);
    // Wrapped inside the pane: nothing runs out sideways, and it is taller than one row.
    const box = await message.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
      height: el.clientHeight,
      ws: getComputedStyle(el).whiteSpace,
    }));
    expect(box.ws).toBe('pre-wrap');
    expect(box.scroll).toBeLessThanOrEqual(box.client);
    expect(await page.getByTestId('log-details').innerText()).toContain('secret-server');
    // Selectable: the text can be selected like any text.
    expect(await message.evaluate((el) => getComputedStyle(el).userSelect)).not.toBe('none');
    await screenshotMatrix(page, 'log-details');
    await page.keyboard.press('Escape');
    await page.getByTestId('log-details').waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('log-lines');
  });

  it('follows the active entry, opens with Alt+Enter, and copies the whole message', async () => {
    const { page } = host;
    await page.keyboard.press('ArrowDown'); // the stack trace
    await page.keyboard.press('Alt+Enter');
    const message = page.getByTestId('log-details-message');
    await message.waitFor();
    expect(await message.innerText()).toBe(STACK);
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('F4');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="log-details-message"]')?.textContent?.endsWith('END-OF-LONG-MESSAGE'),
    );
    await page.keyboard.press('Tab'); // focus leaves the message for the pane's own controls or beyond
    await page.getByRole('button', { name: 'Copy message' }).click();
    await page.getByTestId('log-details-notice').getByText('Message copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(LONG);
    // The toolbar's Details toggle shows and hides the pane too.
    const toggle = page.getByTestId('log-details-toggle');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await page.getByTestId('log-details').waitFor({ state: 'detached' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows the log path whole, never cut from the left, with a tooltip and Copy path', async () => {
    const { page } = host;
    const label = page.getByTestId('log-path');
    expect(await label.innerText()).toBe(file);
    expect(await label.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await label.focus(); // the tooltip shows on keyboard focus too
    await page.getByRole('tooltip').filter({ hasText: file }).waitFor();
    await page.getByTestId('log-path-copy').click();
    await page.getByRole('tooltip').filter({ hasText: 'Log path copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(file);
    for (const size of [{ width: 1024, height: 700 }]) {
      await page.setViewportSize(size);
      // At 1024 px the start of the path (drive, folders) is still what shows.
      const shown = await label.evaluate((el) => ({
        left: el.getBoundingClientRect().left,
        scrollLeft: el.scrollLeft,
      }));
      expect(shown.scrollLeft).toBe(0);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
