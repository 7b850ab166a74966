import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { headlessDesktop } from '../../electron/core/api/desktop';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { openCore, type Core } from '../../electron/core/open-core';
import type { EventName } from '../../shared/ipc/event-names';
import type { CredentialStorePlugin } from '../../shared/plugin/contract';
import type { Result } from '../../shared/result';
import { launchChromium } from './chromium';
import { attachBridge, type BridgeHandler } from './devtools-bridge';
import { bridgePageScript } from './bridge-page-script';
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
 * the same channel names (bridge-page-script.ts), routed through a DevTools binding
 * (devtools-bridge.ts) to the real dispatcher and a real core. The dispatcher checks the calling
 * frame exactly as ipc.ts does in Electron.
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
    const attached = new WeakMap<Page, Promise<unknown>>();
    const handle: BridgeHandler = async (sender, channel, payload) => {
      const result = await dispatch(sender, channel, payload);
      responses.push(result);
      return JSON.stringify(result);
    };
    // Every page of the context, the ones a test or the app opens later included.
    context.on('page', (p) => {
      const attaching = attachBridge(context, p, handle);
      attached.set(p, attaching);
      // A later page's failure shows in its test as calls that fail; say why here too.
      attaching.catch((err: unknown) => console.error(`browser test host: no bridge for a page: ${String(err)}`));
    });
    await context.addInitScript({ content: bridgePageScript() });
    const page = await context.newPage();
    await attached.get(page); // the first page's failure fails the start
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
