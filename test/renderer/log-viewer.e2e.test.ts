import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { screenshot } from '../support/screenshots';
import {
  activeText,
  chooseLevel,
  entry,
  grid,
  rowCount,
  rows,
  rowTexts,
  rowWith,
  scrollGrid,
  time,
  visibleEntries,
  waitFor,
  writeLog,
} from './support/log-viewer-page';

// The log viewer end to end in Debian's Chromium: the real renderer build, over the bridge,
// against a real core reading a Configurator.log written here.

describe('log viewer (Chromium, browser test host), 5,000-line log', () => {
  let host: BrowserHost;
  let dataDir: string;
  let file: string;
  let fileLines: string[];

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-logview-'));
    file = writeLog(dataDir, 5000);
    fileLines = readFileSync(file, 'utf8').split('\n');
    host = await startBrowserHost({ dataDir, plugins: [] });
    await host.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  });

  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the tail with time, level, scope and message columns, and the log file path', async () => {
    const { page } = host;
    await rowWith(page, 'entry #4998 ').waitFor();
    expect(await page.getByRole('columnheader').allInnerTexts()).toEqual(['Time', 'Level', 'Scope', 'Message']);
    expect(await rowCount(page)).toBe(500); // the tail, not the file
    const cells = await rowWith(page, 'entry #4998 ').getByRole('gridcell').allInnerTexts();
    expect(cells.map((c) => c.trim())).toEqual([time(4998), 'warn', 'ipc', 'entry #4998 warn message']);
    expect(await page.getByTestId('log-path').innerText()).toBe(file);
    // Scrolled to the newest entry.
    expect(await visibleEntries(page)).toContain(4998);
    expect(await visibleEntries(page)).not.toContain(4500);
  });

  it('colours the four levels differently', async () => {
    const { page } = host;
    const colours = await page.evaluate(() =>
      ['debug', 'info', 'warn', 'error'].map((level) => {
        const badge = document.querySelector(`[data-level-badge="${level}"]`);
        if (!badge) return `missing ${level}`;
        const style = getComputedStyle(badge);
        return `${style.color}/${style.backgroundColor}`;
      }),
    );
    expect(colours.filter((c) => c.startsWith('missing'))).toEqual([]);
    expect(new Set(colours).size).toBe(4);
    // Error text is red-ish: more red than green and blue.
    const errorColour = await rowWith(page, 'entry #4995 ')
      .getByText('entry #4995 error message')
      .evaluate((el) => getComputedStyle(el).color);
    const [r, g, b] = errorColour.match(/\d+/g)!.map(Number);
    expect(r).toBeGreaterThan(g! + 40);
    expect(r).toBeGreaterThan(b! + 40);
  });

  it('shows a stack trace collapsed with its line count and expands it on demand', async () => {
    const { page } = host;
    const row = rowWith(page, 'entry #4999 ');
    expect(await row.innerText()).toContain('+2 lines');
    expect(await row.innerText()).not.toContain('SsSession.authenticate');
    await row.getByRole('button', { name: 'Show 2 more lines' }).click();
    await waitFor(async () => (await row.innerText()).includes('at SsSession.authenticate (ss-session.ts:42:7)'));
    expect(await row.innerText()).toContain('at TLSSocket.connect (node:tls:1:1)');
    expect(await row.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(3 * 20);
    await screenshot(page, 'log-viewer-light');
    await row.getByRole('button', { name: 'Collapse the continuation lines' }).click();
    await waitFor(async () => !(await row.innerText()).includes('SsSession.authenticate'));
  });

  it('filters by minimum level in the core', async () => {
    const { page } = host;
    await chooseLevel(page, 'error only');
    await waitFor(async () =>
      (await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-level')))).every((l) => l === 'error'),
    );
    expect(await rows(page).count()).toBeGreaterThan(5);
    expect(await rowCount(page)).toBe(500); // 1,250 errors in the file: still only the tail
    expect(await rowWith(page, 'entry #4999 ').count()).toBe(1);
    await chooseLevel(page, 'warn and above');
    await waitFor(
      async () =>
        new Set(await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-level')))).size === 2,
    );
    await chooseLevel(page, 'debug and above (all)');
    await waitFor(async () => (await rowWith(page, 'entry #4996 ').count()) === 1);
  });

  it('filters by text in the core, debounced as the admin types', async () => {
    const { page } = host;
    const box = page.getByRole('searchbox', { name: 'Filter the log by text' });
    await box.pressSequentially('checkpoint-4', { delay: 20 });
    await waitFor(async () => (await rowCount(page)) === 11); // checkpoint-400, checkpoint-4000 … checkpoint-4900
    const texts = await rowTexts(page);
    expect(texts.every((t) => t.includes('checkpoint-4'))).toBe(true);
    expect(texts.at(-1)).toContain('entry #4900 debug message checkpoint-4900');
    await screenshot(page, 'log-viewer-light-filtered');
    await box.fill('no such text anywhere');
    await waitFor(async () => (await page.getByTestId('log-empty').count()) === 1);
    expect(await page.getByTestId('log-empty').innerText()).toBe('No lines match the filters.');
    await box.fill('');
    await waitFor(async () => (await rowCount(page)) === 500);
  });

  it('selects rows by click, shift-click and ctrl-click and copies them as raw log lines', async () => {
    const { page } = host;
    await scrollGrid(page, 'bottom');
    await rowWith(page, 'entry #4990 ').click();
    await rowWith(page, 'entry #4994 ').click({ modifiers: ['Shift'] });
    await rowWith(page, 'entry #4992 ').click({ modifiers: ['Control'] });
    // The grid re-renders after each click: wait for the selection to show, never read it at once.
    await expect.poll(() => page.locator('[role="row"][aria-selected="true"]').count()).toBe(4);
    expect(await rowWith(page, 'entry #4992 ').getAttribute('aria-selected')).toBe('false');
    await page.getByRole('button', { name: 'Copy selected lines' }).click();
    const raw = (i: number) => fileLines.find((l) => l.includes(`entry #${i} `))!;
    await waitFor(
      async () =>
        (await page.evaluate(() => navigator.clipboard.readText())) === [4990, 4991, 4993, 4994].map(raw).join('\n'),
    );
    expect(await page.getByTestId('log-status').innerText()).toBe('Copied 4 lines.');

    // Ctrl+C from the list copies too, a stack trace with its continuation lines as written.
    await rowWith(page, 'entry #4999 ').click();
    await grid(page).press('Control+c');
    const expected = fileLines
      .slice(
        fileLines.findIndex((l) => l.includes('entry #4999 ')),
        -1,
      )
      .join('\n');
    await waitFor(async () => (await page.evaluate(() => navigator.clipboard.readText())) === expected);
    expect(expected.split('\n')).toHaveLength(3);
  });

  it('moves the active row with the keyboard and selects with Space and Shift+arrows', async () => {
    const { page } = host;
    await rowWith(page, 'entry #4997 ').click();
    expect(await activeText(page)).toContain('entry #4997 ');
    await page.keyboard.press('ArrowUp');
    expect(await activeText(page)).toContain('entry #4996 ');
    await page.keyboard.press('PageUp');
    const afterPageUp = Number(/entry #(\d+)/.exec(await activeText(page))![1]);
    expect(afterPageUp).toBeLessThan(4995);
    expect(await visibleEntries(page)).toContain(afterPageUp);
    await page.keyboard.press('ArrowDown');
    expect(await activeText(page)).toContain(`entry #${afterPageUp + 1} `);
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    expect(await page.locator('[role="row"][aria-selected="true"]').count()).toBe(3);
    await page.keyboard.press('Escape');
    expect(await page.locator('[role="row"][aria-selected="true"]').count()).toBe(0);
    await page.keyboard.press('Space');
    expect(await page.locator('[role="row"][aria-selected="true"]').allInnerTexts()).toHaveLength(1);
    await page.keyboard.press('End');
    expect(await activeText(page)).toContain('entry #4999 ');
    // The active row is drawn with a focus ring while the list has focus.
    const ring = await page
      .locator('[role="row"][data-active="true"]')
      .evaluate((el) => getComputedStyle(el).boxShadow);
    expect(ring).not.toBe('none');
    expect(await grid(page).evaluate((g) => document.activeElement === g && g.tabIndex === 0)).toBe(true);
  });

  it('follows new lines appended to the file while scrolled to the bottom', async () => {
    const { page } = host;
    await scrollGrid(page, 'bottom');
    const started = Date.now();
    appendFileSync(file, [5000, 5001, 5002].map(entry).join('\n') + '\n');
    await waitFor(async () => (await visibleEntries(page)).includes(5002), 5000);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(await rowCount(page)).toBe(503);
    expect(await page.getByTestId('log-jump-newest').count()).toBe(0);
  });

  it('streams older lines in when scrolled to the top, and jumps back to the newest', async () => {
    const { page } = host;
    await scrollGrid(page, 'top');
    await waitFor(async () => (await rowCount(page)) === 1503);
    // The view stays on the entry it showed: the older page went in above it.
    const shown = await visibleEntries(page);
    expect(Math.min(...shown)).toBeGreaterThanOrEqual(4500);
    expect(Math.min(...shown)).toBeLessThan(4530);
    expect(await page.getByTestId('log-jump-newest').isVisible()).toBe(true);
    // Further up, until the first entry of the file.
    for (let i = 0; i < 10 && !(await visibleEntries(page)).includes(0); i++) {
      await scrollGrid(page, 'top');
      await page.waitForTimeout(250);
    }
    expect(await visibleEntries(page)).toContain(0);
    expect(await rowCount(page)).toBe(5003);
    await screenshot(page, 'log-viewer-light-scrolled-up');
    // Not following while scrolled up: new lines are not pulled in…
    appendFileSync(file, entry(5003) + '\n');
    await page.waitForTimeout(1500);
    expect(await rowCount(page)).toBe(5003);
    // …until the admin jumps back to the newest.
    await page.getByTestId('log-jump-newest').click();
    await waitFor(async () => (await visibleEntries(page)).includes(5003));
    expect(await page.getByTestId('log-jump-newest').count()).toBe(0);
  });

  it('shows where the log folder is when the shell cannot open it', async () => {
    const { page } = host;
    await page.getByRole('button', { name: 'Open log folder' }).click();
    await page.getByTestId('log-folder-notice').waitFor();
    expect(await page.getByTestId('log-folder-notice').innerText()).toContain(dataDir);
    await page.getByTestId('log-folder-notice').getByRole('button', { name: 'Dismiss' }).click();
    await waitFor(async () => (await page.getByTestId('log-folder-notice').count()) === 0);
  });

  it('reloads the tail when the log is rotated (the file shrinks)', async () => {
    const { page } = host;
    await scrollGrid(page, 'bottom');
    writeFileSync(
      file,
      ['rotated one', 'rotated two'].map((m, i) => `[${time(9000 + i)}] [info] [core] ${m}`).join('\n') + '\n',
    );
    await waitFor(async () => (await rowTexts(page)).join('|').includes('rotated two'), 5000);
    expect(await rowCount(page)).toBe(2);
    expect((await rowTexts(page)).join('|')).not.toContain('entry #');
  });
});
