import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { screenshot } from '../support/screenshots';
import {
  grid,
  rowCount,
  rows,
  rowWith,
  scrollGrid,
  visibleEntries,
  waitFor,
  writeLog,
} from './support/log-viewer-page';

// The log viewer in Debian's Chromium on a 200,000-line Configurator.log: a window of rows, paging.

describe('log viewer on a 200,000-line log', () => {
  let host: BrowserHost;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-logview-big-'));
    writeLog(dataDir, 200_000);
    host = await startBrowserHost({ dataDir, plugins: [] });
  });

  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('renders only the visible rows, pages back under a cap and pages forward again', async () => {
    const { page } = host;
    await rowWith(page, 'entry #199999 ').waitFor();
    const domRows = () => rows(page).count();
    expect(await domRows()).toBeLessThan(200);
    await screenshot(page, 'log-viewer-light-200k');

    // Page back until the renderer holds its cap of 20,000 entries, then two pages more. After each
    // page the view stays on the entries it showed, now far from the top.
    const scrollTop = () => grid(page).evaluate((g) => g.scrollTop);
    for (let i = 0; i < 22; i++) {
      await scrollGrid(page, 'top');
      await waitFor(async () => (await scrollTop()) > 500 * 22);
      expect(await domRows()).toBeLessThan(200);
    }
    expect(await rowCount(page)).toBe(20_000);
    // The window is the 20,000 entries before the 2,000 dropped newest ones, without a gap.
    await scrollGrid(page, 30 * 22);
    await waitFor(async () => (await visibleEntries(page))[0] === 200_000 - 22_500 + 30);
    expect(await domRows()).toBeLessThan(200);

    // Scrolling down reads the dropped newest entries back, dropping the oldest again.
    for (let i = 0; i < 40 && !(await visibleEntries(page)).includes(199_999); i++) {
      await scrollGrid(page, 'bottom');
      await waitFor(async () =>
        grid(page).evaluate(
          (g) =>
            g.scrollTop + g.clientHeight < g.scrollHeight - 100 ||
            (g as HTMLElement).innerText.includes('entry #199999 '),
        ),
      );
    }
    await waitFor(async () => (await visibleEntries(page)).includes(199_999));
    const count = await rowCount(page);
    expect(count).toBeLessThanOrEqual(20_000);
    await scrollGrid(page, 30 * 22);
    await waitFor(async () => (await visibleEntries(page))[0] === 200_000 - count + 30);
    expect(await domRows()).toBeLessThan(200);
    // About 60 page reads and scrolls: a guard for a busy 2-core machine, not a speed goal.
  }, 120_000);
});
