import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTpamPlugin } from '../../electron/plugins/tpam/tpam-plugin';
import { TPAM_SETTINGS } from '../../electron/plugins/tpam/tpam-settings';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { choosePlugin } from '../support/choose-plugin';
import { screenshot } from '../support/screenshots';

// Each TPAM field shows its SPS ini key as a caption under the label (Chromium), so an SPS admin
// maps both vocabularies; the caption is not part of the field's accessible name nor a tab stop.
describe('TPAM settings: SPS ini keys as captions (Chromium)', () => {
  let host: BrowserHost | undefined;
  let dataDir: string | undefined;

  afterEach(async () => {
    await host?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function open(colorScheme: 'light' | 'dark') {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-ui-captions-'));
    host = await startBrowserHost({ dataDir, plugins: [createTpamPlugin()], colorScheme });
    await choosePlugin(host.page, /One Identity TPAM/);
    await host.page.getByTestId('gear').click();
    await host.page.mouse.move(5, 300); // away from the gear, so its tooltip is not in the screenshots
    await host.page.locator('#setting-server').waitFor();
    return host.page;
  }

  it("shows every field's ini key under its label, outside the label, without a tab stop (keyboard)", async () => {
    const page = await open('light');
    for (const field of TPAM_SETTINGS) {
      const caption = page.getByTestId(`caption-${field.key}`);
      expect(await caption.innerText()).toBe(field.caption);
      expect(await caption.innerText()).toContain(field.key);
    }
    expect(await page.getByTestId('caption-timeout_seconds').innerText()).toBe('ini: timeout_seconds (ECM only)');
    // The field is still named by its label alone: the caption is outside the <label>.
    for (const key of ['server', 'server_public_key']) {
      const label = await page.locator(`label[for="setting-${key}"]`).innerText();
      expect(label).toContain(TPAM_SETTINGS.find((f) => f.key === key)!.label);
      expect(label).not.toContain('ini');
    }
    expect(
      await page
        .getByRole('textbox', { name: /^TPAM server\b/ })
        .first()
        .getAttribute('id'),
    ).toBe('setting-server');
    // The caption sits below the label and above the input.
    const label = await page.locator('label[for="setting-server"]').boundingBox();
    const caption = await page.getByTestId('caption-server').boundingBox();
    const input = await page.locator('#setting-server').boundingBox();
    expect(caption!.y).toBeGreaterThanOrEqual(label!.y + label!.height - 1);
    // Labels sit beside their editors (a property-page row): the caption stays in the label column.
    expect(input!.x).toBeGreaterThanOrEqual(caption!.x + caption!.width - 1);
    // Keyboard: Tab goes from one input to the next, never to a caption.
    await page.locator('#setting-server').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('setting-server_port');
    for (const [width, height] of [
      [1280, 800],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width, height });
      await screenshot(page, `tpam-ini-captions-light-${width}x${height}`);
    }
  });

  it('reads in the dark theme too', async () => {
    const page = await open('dark');
    expect(await page.getByTestId('caption-server_public_key').innerText()).toBe('SPS ini: server_public_key');
    const color = await page.getByTestId('caption-server').evaluate((el) => getComputedStyle(el).color);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(color).not.toBe(background);
    for (const [width, height] of [
      [1280, 800],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width, height });
      await screenshot(page, `tpam-ini-captions-dark-${width}x${height}`);
    }
  });
});
