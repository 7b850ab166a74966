import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { startSecretServerSimulator, type SecretServerSimulator } from '../simulators/secret-server';
import {
  PENDING_USERS,
  REFUSED_USERS,
  REVIEW_ENDPOINTS,
  REVIEW_USERS,
  reviewSettings,
  reviewWorld,
} from '../support/review-world';
import { screenshot } from '../support/screenshots';
import { expectAccessible } from '../support/axe';

// The Access review screen end to end in Chromium: the real core and engine against the Secret
// Server simulator, through the browser test host.
describe('access review (Chromium)', () => {
  let host: BrowserHost;
  let sim: SecretServerSimulator;
  let dataDir: string;
  let downloads: string;
  let page: Page;

  beforeAll(async () => {
    sim = await startSecretServerSimulator({ world: reviewWorld() });
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-review-'));
    downloads = mkdtempSync(path.join(os.tmpdir(), 'ecm-review-dl-'));
    host = await startBrowserHost({ dataDir, plugins: [createSecretServerPlugin()] });
    await host.core.api.saveSettings({ pluginId: 'secret-server', values: reviewSettings(sim.url) });
    await host.core.api.setActivePlugin({ pluginId: 'secret-server' });
    page = host.page;
    await page.reload();
  });
  afterAll(async () => {
    await host?.close();
    await sim?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(downloads, { recursive: true, force: true });
  });

  const cell = (user: string, endpoint: string) =>
    page.getByRole('gridcell', { name: new RegExp(`^${user.replace(/\\/g, '\\\\')} on ${endpoint}:`) });
  const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
  const state = () => page.getByTestId('review-progress').getAttribute('data-state');

  async function fillMatrix(users: string[], endpoints: string[]) {
    await page.getByTestId('review-mode-matrix').click();
    await page.getByTestId('review-users').fill(users.join('\n'));
    await page.getByTestId('review-endpoints').fill(endpoints.join('\n'));
  }

  it('opens from the title bar and says which plugin and settings it uses', async () => {
    await page.getByTestId('access-review-open').click();
    await page.getByTestId('access-review-screen').waitFor();
    expect(await focusedTestId()).toBe('review-back');
    // The active plugin's form is loaded (shown at start): its values on screen are used, as Test Settings does.
    expect(await page.getByTestId('review-plugin-line').innerText()).toBe(
      'Runs with the settings of Thycotic Secret Server as on screen.',
    );
  });

  it('refuses a bad endpoint before anything runs, naming it', async () => {
    await fillMatrix(['CORP\\amelia'], ['web 01']);
    await page.getByTestId('review-run').click();
    const bar = page.getByTestId('error-bar');
    await bar.waitFor();
    expect(await bar.getAttribute('data-code')).toBe('VALIDATION');
    expect(await bar.innerText()).toMatch(/Endpoint 1/);
    expect(await page.getByTestId('review-progress').count()).toBe(0);
  });

  it('runs users × endpoints and shows every outcome in the matrix, the summary and the table', async () => {
    await fillMatrix(REVIEW_USERS, REVIEW_ENDPOINTS);
    expect(await page.getByTestId('review-pair-count').innerText()).toBe('24 users × 14 endpoints = 336 pairs');
    await page.getByTestId('review-run').click();
    await expect.poll(state, { timeout: 60_000 }).toBe('done');
    const total = REVIEW_USERS.length * REVIEW_ENDPOINTS.length;
    expect(await page.getByTestId('review-progress').innerText()).toContain(`${total} of ${total} pairs`);
    expect(await cell(PENDING_USERS[0]!, 'web01').innerText()).toBe('…');
    expect(await cell(REFUSED_USERS[0]!, 'web01').innerText()).toBe('✕');
    // The matrix's cells only: the log grid of the hidden frame has grid cells too.
    const statuses = await page
      .getByTestId('review-matrix')
      .locator('[role="gridcell"]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-status')));
    expect(new Set(statuses)).toEqual(new Set(['ok', 'none', 'pending', 'refused']));
    const summary = await page.getByTestId('review-summary').innerText();
    expect(summary).toMatch(/Pending approval:\s*28/);
    expect(summary).toMatch(/Refused:\s*14/);
    await screenshot(page, 'access-review-done-light');
  });

  it('shows the reasons of a pair without credentials, and its steps', async () => {
    const none = page.locator('[role="gridcell"][data-status="none"]').first();
    await none.click();
    const details = page.getByTestId('review-details');
    await expect.poll(() => details.getAttribute('data-status')).toBe('none');
    expect(await details.getByTestId('review-reasons').locator('li').count()).toBeGreaterThan(0);
    expect(await details.getByTestId('test-steps').count()).toBe(1);
    await screenshot(page, 'access-review-matrix-light');
    await page.getByTestId(`review-tab-table`).click();
    await page.getByTestId('review-filter-ok').click();
    await page.getByTestId('review-filter-pending').click();
    await page.getByTestId('review-filter-refused').click();
    await page.getByTestId('review-filter-error').click();
    const rows = page.getByTestId('review-table').locator('[role="row"][data-status]');
    expect(new Set(await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-status'))))).toEqual(
      new Set(['none']),
    );
    await page.getByTestId('review-filter-text').fill('db02');
    await expect
      .poll(() => rows.evaluateAll((r) => r.map((x) => x.textContent ?? '').every((t) => t.includes('db02'))))
      .toBe(true);
    await page.getByTestId('review-sort-user').click();
    await page.getByTestId('review-sort-user').click();
    const users = await rows.evaluateAll((r) => r.map((x) => x.children[1]!.textContent ?? ''));
    expect(users).toEqual([...users].sort().reverse());
    await page.getByTestId('review-filter-text').fill('');
    for (const s of ['ok', 'pending', 'refused', 'error']) await page.getByTestId(`review-filter-${s}`).click();
    await page.getByTestId('review-tab-matrix').click();
  });

  it('exports CSV, JSON and the HTML report with every pair and no password', async () => {
    const texts: Record<string, string> = {};
    for (const format of ['csv', 'json', 'html']) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(`review-export-${format}`).click(),
      ]);
      const file = path.join(downloads, download.suggestedFilename());
      await download.saveAs(file);
      expect(file.endsWith(`.${format}`)).toBe(true);
      texts[format] = readFileSync(file, 'utf8');
    }
    const pairs = REVIEW_USERS.length * REVIEW_ENDPOINTS.length;
    expect(texts.csv!.trim().split('\n')).toHaveLength(pairs + 1);
    const json = JSON.parse(texts.json!) as { results: { user: string; status: string }[] };
    expect(json.results).toHaveLength(pairs);
    expect(json.results[0]!.user).toBe(REVIEW_USERS[0]);
    expect(texts.html).toContain('<table');
    expect(texts.html).toContain('Access review');
    for (const text of Object.values(texts)) {
      expect(text).not.toMatch(/Review-Secret-\d+-Pass|Ss-Api-Marker-Pass/);
    }
  });

  it('has no serious or critical accessibility violation on the screen with results', async () => {
    await expectAccessible(page, 'Access review with results');
  });

  it('looks finished at 1024x700 and in dark mode', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await screenshot(page, 'access-review-matrix-light-1024');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.locator('[data-theme]').first().getAttribute('data-theme')).toBe('dark');
    await screenshot(page, 'access-review-matrix-dark-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'access-review-matrix-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('cancels a slow review promptly and keeps what finished', async () => {
    sim.setLatency(40);
    await page.getByTestId('review-run').click();
    await expect
      .poll(() => page.getByTestId('review-progress').innerText(), { timeout: 30_000 })
      .toMatch(/^Running: [1-9]/);
    await page.getByTestId('review-cancel').click();
    await expect.poll(state, { timeout: 10_000 }).toBe('cancelled');
    sim.setLatency(0);
    await page.getByTestId('review-cancelled').waitFor();
    const text = await page.getByTestId('review-progress').innerText();
    const done = Number(/Cancelled: (\d+) of/.exec(text)?.[1]);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(REVIEW_USERS.length * REVIEW_ENDPOINTS.length);
    const finished = await page
      .getByTestId('review-matrix')
      .locator('[role="gridcell"]:not([data-status="unknown"])')
      .count();
    expect(finished).toBeGreaterThan(0);
    await page.getByTestId('review-back').click();
  });

  it('loads pairs from a CSV file, shows them as a table, and stops at once when the back end drops', async () => {
    await page.getByTestId('access-review-open').click();
    await page.getByTestId('review-mode-csv').click();
    const csv = path.join(downloads, 'pairs.csv');
    writeFileSync(csv, 'user,endpoint\n# the web tier\nCORP\\amelia,web01\n"CORP\\bruno",web02\nCORP\\greta,db01\n');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Load file…' }).click(),
    ]);
    await chooser.setFiles(csv);
    await expect.poll(() => page.getByTestId('review-csv').inputValue()).toContain('CORP\\bruno');
    await page.getByTestId('review-run').click();
    await expect.poll(state, { timeout: 30_000 }).toBe('done');
    // A CSV review has no matrix: the table of all pairs shows at once.
    expect(await page.getByTestId('review-tab-matrix').count()).toBe(0);
    const rows = page.getByTestId('review-table').locator('[role="row"][data-status]');
    const outcomes = await rows.evaluateAll((r) =>
      Object.fromEntries(r.map((x) => [x.children[1]!.textContent, x.getAttribute('data-status')])),
    );
    expect(outcomes).toEqual({ 'CORP\\amelia': 'none', 'CORP\\bruno': 'ok', 'CORP\\greta': 'pending' });

    await host.core.api.clearTokenCache({});
    sim.injectFault('Authenticate', 'drop', 1);
    await page.getByTestId('review-run').click();
    await expect.poll(state, { timeout: 30_000 }).toBe('stopped');
    const bars = page.getByTestId('error-bar');
    expect(await bars.count()).toBe(1);
    expect(await bars.getAttribute('data-code')).toBe('CONNECT');
    await page.getByTestId('review-mode-matrix').click();
    await page.getByTestId('review-back').click();
  });

  it('works with the keyboard alone: Tab to the button, fill, run, arrows through the matrix, Escape back', async () => {
    await page.locator('body').focus();
    let reached = '';
    for (let i = 0; i < 40 && reached !== 'access-review-open'; i++) {
      await page.keyboard.press('Tab');
      reached = await focusedTestId();
    }
    expect(reached).toBe('access-review-open');
    await page.keyboard.press('Enter');
    await expect.poll(focusedTestId).toBe('review-back');
    const tabTo = async (testId: string) => {
      for (let i = 0; i < 20 && (await focusedTestId()) !== testId; i++) await page.keyboard.press('Tab');
      expect(await focusedTestId()).toBe(testId);
    };
    await tabTo('review-users');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('CORP\\amelia\nCORP\\bruno');
    await tabTo('review-endpoints');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('web01\nweb02\ndb01');
    await tabTo('review-run');
    await page.keyboard.press('Enter');
    await expect.poll(state, { timeout: 30_000 }).toBe('done');
    await tabTo('review-matrix');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('review-details').innerText()).toContain('CORP\\bruno on web02');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('access-review-screen').count()).toBe(0);
    expect(await focusedTestId()).toBe('access-review-open');
  });
});
