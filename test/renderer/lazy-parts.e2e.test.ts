import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { RENDERER_DIR, startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { screenshotMatrix } from '../support/screenshot-matrix';

// The access review screen and the About, Test Settings and host key dialogs are left out of the
// first bundle (renderer/src/components/lazy/lazy-parts.ts): fetched when first opened, or when idle.
const LAZY_CHUNK = /\/assets\/(AccessReviewScreen|AboutDialog|TestSettingsDialog|FieldActionConfirm)-[^/]+\.js$/;

describe('parts of the window fetched after the first screen (Chromium)', () => {
  let host: BrowserHost;
  let page: Page;
  let dataDir: string;
  const requested: string[] = [];
  const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-lazy-'));
    writeFileSync(
      path.join(dataDir, 'Configurator.log'),
      '[2026-11-30 10:00:00.000] [info] [core] first entry\n[2026-11-30 10:00:01.000] [warn] [core] last entry\n',
    );
    host = await startBrowserHost({ dataDir, plugins: [createSecretServerPlugin()] });
    page = host.page;
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  });
  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the first screen, log tail included, without fetching any of them', async () => {
    requested.length = 0;
    // `load` waits for every script of the first bundle; the idle fetch comes later (main.tsx).
    await page.goto(`${host.origin}/index.html`, { waitUntil: 'load' });
    const firstBundle = requested.filter((p) => p.endsWith('.js'));
    await page.getByText('last entry').waitFor();
    await page.getByRole('radio', { name: /Thycotic Secret Server/ }).waitFor();
    expect(firstBundle.length).toBeGreaterThan(0);
    expect(firstBundle.filter((p) => LAZY_CHUNK.test(p))).toEqual([]);
    // zod builds its schemas while its module runs, which costs the first screen time; the core
    // checks every request, and only the lazy parts validate fields as they are typed.
    const hasZod = async (p: string) => {
      const res = await fetch(host.origin + p);
      expect(res.ok).toBe(true);
      return (await res.text()).includes('$ZodType');
    };
    const withZod = [];
    for (const p of firstBundle) if (await hasZod(p)) withZod.push(p);
    expect(withZod).toEqual([]);
    // …and the check can see zod where it is: in the Test Settings dialog's chunk.
    const testSettingsChunk = readdirSync(path.join(RENDERER_DIR, 'assets')).find((f) =>
      /^TestSettingsDialog-.+\.js$/.test(f),
    );
    expect(await hasZod(`/assets/${testSettingsChunk}`)).toBe(true);
    await screenshotMatrix(page, 'first-screen-lazy-parts');
  });

  it('keeps the frame on screen while the review screen is fetched, then shows it with the focus', async () => {
    await page.goto(`${host.origin}/index.html`);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let fetching = false;
    await page.route(/\/assets\/AccessReviewScreen-[^/]+\.js$/, async (route) => {
      fetching = true;
      await held;
      await route.continue();
    });
    try {
      await page.getByTestId('access-review-open').click();
      await expect.poll(() => fetching).toBe(true);
      // No blank window and no placeholder while the module is on its way: the frame stays as it was.
      expect(await page.getByTestId('access-review-open').isVisible()).toBe(true);
      expect(await page.getByTestId('log-panel').isVisible()).toBe(true);
      expect(await page.getByTestId('access-review-screen').count()).toBe(0);
      release();
      await page.getByTestId('access-review-screen').waitFor();
      expect(await focusedTestId()).toBe('review-back');
      expect(await page.getByTestId('access-review-open').isVisible()).toBe(false);
      await page.keyboard.press('Enter'); // "Back", focused
      await page.getByTestId('access-review-open').waitFor();
      await expect.poll(focusedTestId).toBe('access-review-open');
    } finally {
      release();
      await page.unroute(/\/assets\/AccessReviewScreen-[^/]+\.js$/);
    }
  });

  it('fetches the About dialog when F1 first asks for it, and Escape gives the focus back', async () => {
    requested.length = 0;
    await page.goto(`${host.origin}/index.html`);
    await page.getByTestId('access-review-open').focus();
    await page.keyboard.press('F1');
    await page.getByTestId('about-facts').waitFor();
    expect(requested.some((p) => /\/assets\/AboutDialog-[^/]+\.js$/.test(p))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('about-facts').count()).toBe(0);
    await expect.poll(focusedTestId).toBe('access-review-open');
  });
});
