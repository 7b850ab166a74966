import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { startBrowserHost } from '../browser-host/browser-host';
import { launchChromium } from '../browser-host/chromium';
import { startWebBridge } from '../browser-host/web-bridge';
import { expectAccessible } from '../support/axe';
import { staticVault } from '../support/static-vault';

// axe-core on the two screens that are not the main window or a dialog: the log entry details
// pane, and the page shown when the renderer is refused access (the demo opened without its token).

async function accessibleInBothThemes(page: Page, where: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator(`[data-theme="${scheme}"]`).first().waitFor();
    await expectAccessible(page, `${where} (${scheme})`);
  }
}

describe('accessibility of the log details pane and the access-refused page (Chromium)', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'ecm-a11y-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('the log details pane, with an error entry, light and dark', async () => {
    const dataDir = tempDir();
    writeFileSync(
      path.join(dataDir, 'Configurator.log'),
      [
        '[2026-03-14 09:00:00.000] [info] [core] started',
        '[2026-03-14 09:00:01.000] [warn] [tpam] host key not pinned yet',
        `[2026-03-14 09:00:02.000] [error] [secret-server] ${'The search returned no secret; '.repeat(20)}`,
        '',
      ].join('\n'),
    );
    const host = await startBrowserHost({ dataDir, plugins: [staticVault] });
    try {
      const { page } = host;
      const grid = page.getByTestId('log-lines');
      await grid.getByText('The search returned no secret').first().waitFor();
      await grid.focus();
      for (const key of ['End', 'F4']) await page.keyboard.press(key);
      await page.getByTestId('log-details-message').waitFor();
      await accessibleInBothThemes(page, 'log details pane');
    } finally {
      await host.close();
    }
  });

  it('the access-refused page, light and dark', async () => {
    const core: Core = await openCore({ dataDir: tempDir(), plugins: [staticVault] });
    const bridge = await startWebBridge(core);
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${bridge.origin}/index.html`); // without the #ecm-token of the printed URL
      await page.getByTestId('access-refused').waitFor();
      await accessibleInBothThemes(page, 'access-refused page');
    } finally {
      await browser.close();
      await bridge.close();
      await core.close();
    }
  });
});
