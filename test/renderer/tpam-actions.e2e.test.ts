import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTpamPlugin } from '../../electron/plugins/tpam/tpam-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { demoTpamWorld } from '../simulators/tpam/demo-world';
import { startTpamSimulator, type TpamSimulator } from '../simulators/tpam/tpam-simulator';
import { showPlugin } from '../support/choose-plugin';
import { screenshot } from '../support/screenshots';
import { tpamSettings } from '../support/tpam-fixture';

// TPAM's two actions in Chromium: Fetch host key (safe default, replace or add, keyboard only) and
// Clear Token Cache closing the pooled SSH connections; a plugin that caches nothing gets no button.
describe('TPAM Fetch host key and Clear Token Cache (Chromium)', () => {
  let host: BrowserHost;
  let sim: TpamSimulator;
  let dataDir: string;
  let page: Page;
  const stale = '[old.example.com]:22 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGa9aFHKV0nBHCp1Fz2Ks6pK9cJpD4c1pD4c1pD4c1pD';

  beforeAll(async () => {
    sim = await startTpamSimulator({ world: demoTpamWorld() });
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-ui-tpam-actions-'));
    // A long idle time: only Clear Token Cache closes the connection during the test.
    const tpam = createTpamPlugin({ idleMs: 600_000 });
    const quiet = { ...createTpamPlugin(), id: 'quiet-vault', displayName: 'Quiet Vault', caches: 'nothing' as const };
    host = await startBrowserHost({ dataDir, plugins: [tpam, quiet] });
    page = host.page;
  });
  afterAll(async () => {
    await host?.close();
    await sim?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const field = () => page.locator('#setting-server_public_key');
  const dialog = () => page.getByRole('alertdialog');
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

  /** Fetch host key by keyboard: focus the button, Enter, wait for the dialog. */
  async function fetchByKeyboard() {
    await page.getByRole('button', { name: 'Fetch host key' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('field-action-summary').waitFor();
    await expect.poll(focusedText).toBe("Don't use");
  }

  it('shows the fingerprint once, and Enter on the default "Don\'t use" leaves the field alone', async () => {
    await showPlugin(page, /One Identity TPAM/);
    await page.getByTestId('gear').click();
    await page.locator('#setting-server').fill(sim.host);
    await page.locator('#setting-server_port').fill(String(sim.port));
    await field().fill(stale);
    await fetchByKeyboard();
    const summary = await page.getByTestId('field-action-summary').innerText();
    const key = sim.hostKeys.find((k) => summary === `${k.algorithm} ${k.fingerprint}`)!;
    expect(key).toBeDefined();
    expect((await dialog().innerText()).split(key.fingerprint)).toHaveLength(2); // exactly once
    expect(await page.getByTestId('field-action-pinned').innerText()).toContain('1 line is pinned now');
    await page.waitForTimeout(400); // the dialog's fade-in, for the screenshot only
    for (const [w, h] of [
      [1280, 800],
      [1024, 700],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width: w, height: h });
        await page.emulateMedia({ colorScheme: scheme });
        await page.waitForTimeout(600); // the theme switch fades the colours; for the screenshot only
        await screenshot(page, `tpam-fetch-host-key-${w}x${h}-${scheme}`);
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().count()).toBe(0);
    expect(await field().inputValue()).toBe(stale);
    expect(await page.getByTestId('field-action-said').innerText()).toBe('');
  });

  it('adds the fetched key beside the pinned line (Tab, Tab, Enter) and says so', async () => {
    await fetchByKeyboard();
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Replace pinned lines');
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Add to pinned lines');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().count()).toBe(0);
    const line = (await field().inputValue()).split('\n');
    expect(line).toHaveLength(2);
    expect(line[0]).toBe(stale);
    expect(sim.hostKeys.map((k) => k.knownHostsLine)).toContain(line[1]);
    expect(await page.getByTestId('field-action-said').innerText()).toBe(
      'Added the fetched key to the pinned lines (now 2). Save to keep it.',
    );
    await screenshot(page, 'tpam-fetch-host-key-added');
  });

  it('replaces all pinned lines with the fetched key (Tab, Enter) and says so', async () => {
    await fetchByKeyboard();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().count()).toBe(0);
    const value = await field().inputValue();
    expect(sim.hostKeys.map((k) => k.knownHostsLine)).toContain(value);
    expect(await page.getByTestId('field-action-said').innerText()).toBe(
      'Replaced all 2 pinned lines with the fetched key. Save to keep it.',
    );
  });

  it('offers just "Use this key" when no line is pinned', async () => {
    await field().fill('');
    await fetchByKeyboard();
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Use this key');
    expect(
      await dialog()
        .getByRole('button', { name: /pinned lines/ })
        .count(),
    ).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().count()).toBe(0);
    expect(sim.hostKeys.map((k) => k.knownHostsLine)).toContain(await field().inputValue());
  });

  it('Clear Token Cache closes the pooled SSH connection and says so', async () => {
    await host.core.api.testSettings({
      pluginId: 'tpam',
      values: tpamSettings(sim) as never,
      user: 'CORP\\alice',
      endpoint: 'linuxsrv01',
    });
    await expect.poll(() => sim.openConnections()).toBe(1);
    await page.getByRole('button', { name: 'Clear Token Cache' }).click();
    expect(await dialog().innerText()).toContain('Close the SSH connections?');
    expect(await dialog().innerText()).toContain('its pooled SSH connections are closed');
    await page.getByRole('button', { name: 'Close connections' }).click();
    await expect
      .poll(() => page.getByTestId('notice').innerText())
      .toContain('Closed 1 SSH connection to One Identity TPAM; the next request reconnects.');
    await expect.poll(() => sim.openConnections()).toBe(0);
    await expect.poll(() => dialog().count()).toBe(0);
    await screenshot(page, 'tpam-clear-token-cache-closed');
  });

  it('shows no Clear Token Cache button for a plugin that caches nothing', async () => {
    await page.getByRole('button', { name: 'Cancel changes' }).click(); // the fetched keys were never saved
    await showPlugin(page, /Quiet Vault/);
    await page.getByTestId('gear').click();
    await page.getByTestId('open-test').waitFor();
    expect(await page.getByRole('button', { name: 'Clear Token Cache' }).count()).toBe(0);
  });
});
