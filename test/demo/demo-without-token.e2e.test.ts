import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { builtinPlugins } from '../../electron/plugins/builtin-plugins';
import { launchChromium } from '../browser-host/chromium';
import { startWebBridge, TOKEN_HINT, type WebBridge } from '../browser-host/web-bridge';
import { screenshotMatrix } from '../support/screenshot-matrix';

// The browser demo's page opened without the token of the printed URL (the fragment left out, or
// the token of an earlier run kept in the tab) says once, on the whole page, what to do, instead
// of the bridge's refusal in every panel. The web bridge is the demo's, on a core of its own.
describe('the browser demo opened without its token', () => {
  let core: Core;
  let bridge: WebBridge;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-no-token-'));
    core = await openCore({ dataDir, plugins: builtinPlugins() });
    bridge = await startWebBridge(core);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
    await core?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function open(url: string) {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('access-refused').waitFor();
  }

  const pageText = () => page.locator('body').innerText();

  it('says once, on the whole page, to open the URL as printed, and never FORBIDDEN', async () => {
    await open(`${bridge.origin}/index.html`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('This page cannot use the Configurator');
    const text = await pageText();
    expect(text).toContain('This page was opened without its access token');
    expect(text.split(TOKEN_HINT).length - 1).toBe(1);
    expect(text).toContain('Open the URL exactly as printed (with #ecm-token).');
    expect(text).not.toMatch(/FORBIDDEN/i);
    // No panel of the app is left behind it, so no error bar either.
    expect(await page.getByTestId('error-bar').count()).toBe(0);
    expect(await page.getByRole('radio', { name: /Thycotic Secret Server/ }).count()).toBe(0);
    await screenshotMatrix(page, 'demo-without-token');
  });

  it('starts keyboard users on its heading, with nothing of the app to Tab into', async () => {
    await open(`${bridge.origin}/index.html`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('access-refused-title');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      () =>
        document.activeElement?.closest('[data-testid="access-refused"]') !== null ||
        document.activeElement === document.body,
    );
    expect(focused).toBe(true);
  });

  it("says so when the tab holds another run's token, and opens the app once the printed URL is used", async () => {
    await open(`${bridge.origin}/index.html#ecm-token=${'0'.repeat(48)}`);
    const text = await pageText();
    expect(text).toContain("This page's access token is not the running demo's");
    expect(text).toContain(TOKEN_HINT);
    expect(text).not.toMatch(/FORBIDDEN/i);

    // The same tab, now with the printed URL: the new token replaces the kept one.
    await page.goto('about:blank');
    await page.goto(bridge.url);
    await page.getByRole('radio', { name: /Thycotic Secret Server/ }).waitFor();
    expect(await page.getByTestId('access-refused').count()).toBe(0);
  });

  it('gives the hint only to the demo page itself: another origin gets the plain refusal', async () => {
    const ask = async (headers: Record<string, string>) =>
      (
        await fetch(`${bridge.origin}/__ecm/invoke/listPlugins`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: '{}',
        })
      ).json();
    expect(await ask({ origin: bridge.origin })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', hint: TOKEN_HINT },
    });
    const foreign = await ask({ origin: 'http://127.0.0.1:1' });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(foreign)).not.toContain('ecm-token');
  });
});
