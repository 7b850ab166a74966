import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { headlessDesktop } from '../../electron/core/api/desktop';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { openCore, type Core } from '../../electron/core/open-core';
import { buildEcmApi } from '../../shared/ipc/build-api';
import { CHANNEL_NAMES } from '../../shared/ipc/channel-names';
import { EVENT_NAMES, type EventName } from '../../shared/ipc/event-names';
import type { CredentialStorePlugin } from '../../shared/plugin/contract';
import type { Result } from '../../shared/result';
import { launchChromium } from './chromium';
import { serveFolder, type StaticServer } from './static-server';

export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

export interface BrowserHost {
  core: Core;
  origin: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every answer the page received over the bridge, for secret-leak checks. */
  responses: Result<unknown>[];
  /** Every URL the core asked the desktop to open in the system browser (a fake: nothing opens). */
  openedExternally: string[];
  /** Sends one of the main process's one-way events to the page (or `target`), as webContents.send would. */
  emit(name: EventName, target?: Page): Promise<void>;
  close(): Promise<void>;
}

/**
 * The browser test host (never shipped): serves the built renderer on 127.0.0.1 and gives the
 * page a `window.ecm` of the same shape as the preload's, built by the same `buildEcmApi` from
 * the same channel names, routed through a Playwright binding to the real dispatcher and a
 * real core. The dispatcher checks the calling frame exactly as ipc.ts does in Electron.
 */
export async function startBrowserHost(options: {
  dataDir: string;
  plugins: readonly CredentialStorePlugin[];
  colorScheme?: 'light' | 'dark';
  /** A plugins folder whose files the core detects and loads once trusted, as the app's resources\plugins. */
  pluginsFolder?: string;
  /** The page's locale (navigator.language, Intl's default), as the OS would set it; Chromium's own when omitted. */
  locale?: string;
}): Promise<BrowserHost> {
  const openedExternally: string[] = [];
  const core = await openCore({
    dataDir: options.dataDir,
    plugins: options.plugins,
    desktop: { ...headlessDesktop, openExternal: async (url) => (openedExternally.push(url), true) },
    ...(options.pluginsFolder ? { pluginsFolder: options.pluginsFolder } : {}),
  });
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await serveFolder(RENDERER_DIR);
    const dispatch = createDispatcher(core.api, { allowedOrigin: server.origin, logger: core.logger });
    browser = await launchChromium();
    const context = await browser.newContext({
      colorScheme: options.colorScheme ?? 'light',
      viewport: { width: 1280, height: 800 },
      ...(options.locale ? { locale: options.locale } : {}),
    });
    // Well inside the test's own timeout, so a step that hangs fails naming its locator.
    context.setDefaultTimeout(15_000);
    const responses: Result<unknown>[] = [];
    await context.exposeBinding('__ecmInvoke', async (source, name: unknown, payload: unknown) => {
      const sender = { url: source.frame.url(), isTopFrame: source.frame.parentFrame() === null };
      const result = await dispatch(sender, String(name), payload);
      responses.push(result);
      // One string, parsed in the page: Playwright's own value serialization takes ~100 ms for a
      // 500-entry log page, a cost Electron's IPC (a structured clone) does not have.
      return JSON.stringify(result);
    });
    await context.addInitScript({
      content: `(() => {
        const listeners = {};
        const api = (${buildEcmApi.toString()})(${JSON.stringify(CHANNEL_NAMES)}, (name, request) => window.__ecmInvoke(name, request).then(JSON.parse), {
          names: ${JSON.stringify(EVENT_NAMES)},
          subscribe(name, listener) {
            (listeners[name] ??= new Set()).add(listener);
            return () => listeners[name].delete(listener);
          },
        });
        Object.defineProperty(window, 'ecm', { value: api, writable: false, configurable: false });
        // What webContents.send does in the app: the test host's emit() calls it.
        Object.defineProperty(window, '__ecmEmit', { value: (name) => { for (const l of listeners[name] ?? []) l(); } });
      })();`,
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}/index.html`);
    const started = { server, browser };
    return {
      core,
      origin: server.origin,
      browser,
      context,
      page,
      responses,
      openedExternally,
      async emit(name, target = page) {
        await target.evaluate((n) => (window as unknown as { __ecmEmit(n: string): void }).__ecmEmit(n), name);
      },
      async close() {
        await context.close().catch(() => {});
        await started.browser.close().catch(() => {});
        await started.server.close();
        await core.close();
      },
    };
  } catch (err) {
    await browser?.close().catch(() => {});
    await server?.close();
    await core.close();
    throw err;
  }
}
