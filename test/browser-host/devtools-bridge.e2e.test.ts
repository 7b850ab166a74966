import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgePageScript } from './bridge-page-script';
import { launchChromium } from './chromium';
import { attachBridge, type BridgeHandler } from './devtools-bridge';

type Ecm = { ecm: { listPlugins(r: object): Promise<unknown>; getActivePlugin(r: object): Promise<unknown> } };

// The test host's own bridge, against Debian's Chromium with a handler of the test's: what it
// answers, and to whom.
describe('the browser test host’s DevTools bridge', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cdp: CDPSession;
  let server: http.Server;
  let port: number;
  let handler: BridgeHandler;

  beforeAll(async () => {
    server = http.createServer((_req, res) => res.end('<!doctype html><title>page</title>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    browser = await launchChromium();
    context = await browser.newContext();
    await context.addInitScript({ content: bridgePageScript() });
    page = await context.newPage();
    cdp = await attachBridge(context, page, (sender, channel, payload) => handler(sender, channel, payload));
  });
  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  const ok = (value: unknown) => JSON.stringify({ ok: true, value });

  it('answers the frame that asked, with the sender the dispatcher needs', async () => {
    const senders: unknown[] = [];
    handler = async (sender, channel, payload) => (senders.push({ sender, channel, payload }), ok('hello'));
    await page.goto(`http://127.0.0.1:${port}/app`);
    expect(await page.evaluate(() => (window as unknown as Ecm).ecm.listPlugins({}))).toEqual({
      ok: true,
      value: 'hello',
    });
    expect(senders).toEqual([
      { sender: { url: `http://127.0.0.1:${port}/app`, isTopFrame: true }, channel: 'listPlugins', payload: {} },
    ]);
  });

  it('never hands an answer to the document that came after the one that asked', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked!: () => void;
    const askedOnce = new Promise<void>((resolve) => (asked = resolve));
    handler = async (sender) => {
      if (new URL(sender.url!).hostname !== '127.0.0.1') return ok('for the foreign page');
      asked();
      await held;
      return ok('TRUSTED-ONLY DATA');
    };
    // Each site change starts a renderer process of its own, whose execution context ids start
    // again at the same number: the app's page and the foreign one after it get the same id.
    await page.goto(`http://localhost:${port}/before`);
    await page.goto(`http://127.0.0.1:${port}/app`);
    // Ends with the page's document (the navigation below): nobody needs this evaluation's result.
    page.evaluate(() => void (window as unknown as Ecm).ecm.listPlugins({})).catch(() => {});
    await askedOnce;
    // The foreign page's own first call waits in the page (no binding), under the same call id.
    await page.goto(`http://localhost:${port}/foreign`);
    await page.evaluate(() => {
      const w = window as unknown as Ecm & Record<string, unknown>;
      w.__ecmSend = null;
      void w.ecm.getActivePlugin({}).then((answer) => (w.firstAnswer = answer));
    });
    release();
    // The held answer has been sent to the page once a later command on the same session returns.
    await new Promise((resolve) => setImmediate(resolve));
    await cdp.send('Runtime.evaluate', { expression: '0' });
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).firstAnswer)).toBeUndefined();
  });

  it('survives a call it cannot read and answers a failing handler with INTERNAL', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    handler = async () => {
      throw new Error('handler broke');
    };
    await page.goto(`http://127.0.0.1:${port}/app`);
    await page.evaluate(() => (window as unknown as { __ecmSend(m: string): void }).__ecmSend('not json'));
    const answer = await page.evaluate(() => (window as unknown as Ecm).ecm.listPlugins({}));
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('handler broke') },
    });
    expect(errors).toEqual([]);
  });
});
