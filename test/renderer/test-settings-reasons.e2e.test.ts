import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/open-core';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { startSecretServerSimulator, type SecretServerSimulator } from '../simulators/secret-server';
import { SCREEN_SIZES } from '../support/screenshot-matrix';
import { screenshot } from '../support/screenshots';
import { API_PASSWORD, API_USER, testWorld } from '../support/secret-server-world';
import { expectAccessible } from '../support/axe';

// "Why nothing is usable" in the Test Settings dialog, in Chromium, against the real core and the
// Secret Server simulator, driven from the keyboard.
describe('Test Settings reasons (Chromium)', () => {
  let host: BrowserHost;
  let sim: SecretServerSimulator;
  let dataDir: string;
  let page: Page;

  beforeAll(async () => {
    sim = await startSecretServerSimulator({ world: testWorld() });
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-reasons-'));
    // Saved and active before the window opens, as an admin would have left them.
    const plugin = createSecretServerPlugin();
    const core = await openCore({ dataDir, plugins: [plugin] });
    await core.settings.setActivePlugin('secret-server');
    await core.settings.save('secret-server', plugin.settings, {
      endpointUrl: sim.url,
      allowUnencryptedHttp: true,
      apiUser: API_USER,
      apiPassword: API_PASSWORD,
      includeDomainCredentialsFor: ['DMZ'],
    } as never);
    await core.close();
    host = await startBrowserHost({ dataDir, plugins: [createSecretServerPlugin()] });
    page = host.page;
  });
  afterAll(async () => {
    await host?.close();
    await sim?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const reasons = () => page.getByTestId('test-reasons');
  const focusedTag = () => page.evaluate(() => document.activeElement?.tagName ?? '');

  async function testFromKeyboard(user: string, endpoint: string) {
    // The window is ready once it shows the saved active plugin and its Test button is live.
    await expect.poll(() => page.getByTestId('active-plugin').innerText()).toMatch(/Thycotic Secret Server/);
    await expect.poll(() => page.getByTestId('open-test').isEnabled()).toBe(true);
    await page.getByTestId('open-test').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('test-user').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('test-user');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(user);
    await page.getByTestId('test-endpoint').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(endpoint);
    await page.keyboard.press('Enter');
  }

  it('explains an empty answer: the secrets only the API account sees, by name and Secret ID', async () => {
    await testFromKeyboard('CORP\\bob', 'app01.corp.example');
    await reasons().waitFor();
    expect(await page.getByTestId('credential-count').innerText()).toBe('0 credentials found');
    expect(await page.locator('#test-reasons-title').innerText()).toBe('Why nothing is usable');
    const items = reasons().locator('li');
    expect(await items.evaluateAll((li) => li.map((l) => l.getAttribute('data-code')))).toEqual([
      'no-machine-secret',
      'machine-secret-not-viewable',
      'machine-secret-not-viewable',
      'no-domain-secret',
      'domain-secret-not-viewable',
    ]);
    // The credential's name leads its reason, in bold.
    const bold = items.nth(1).locator('span').first();
    expect((await bold.innerText()).trim()).toBe('APP01 service:');
    expect(Number(await bold.evaluate((el) => getComputedStyle(el).fontWeight))).toBeGreaterThanOrEqual(600);
    expect(await items.nth(1).innerText()).toContain('Secret ID 14');
    expect(await items.nth(4).innerText()).toContain('DMZ domain admin');
    expect(await page.content()).not.toContain('Ss-Secret-14-Pass');
    // The list is reachable with Tab (it scrolls when long) and focus stays in the dialog.
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await focusedTag()) === 'UL';
    }
    expect(reached).toBe(true);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')))).toBe(true);
    await expectAccessible(page, 'Test Settings with reasons');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.locator(`[data-theme="${colorScheme}"]`).first().waitFor();
      for (const size of SCREEN_SIZES) {
        await page.setViewportSize(size);
        // The whole list in view, as an admin scrolls to it.
        await reasons().evaluate((el) => el.scrollIntoView({ block: 'end' }));
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await screenshot(page, `test-settings-reasons-${size.width}x${size.height}-${colorScheme}`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize(SCREEN_SIZES[0]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[role="dialog"]').count()).toBe(0);
  });

  it('says "nothing else" when some credentials were found, and shows each Secret ID', async () => {
    await testFromKeyboard('CORP\\bob', 'ws01');
    await reasons().waitFor();
    expect(await page.getByTestId('credential-count').innerText()).toBe('1 credential found');
    expect(await page.getByTestId('credential-table').innerText()).toContain('Windows Account (Secret ID 1)');
    expect(await page.locator('#test-reasons-title').innerText()).toBe('Why nothing else is usable');
    expect(await reasons().locator('li').count()).toBe(2);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('[role="dialog"]').count()).toBe(0);
  });

  it('shows no reasons section when every search found something', async () => {
    sim.world.secrets.push({
      id: 77,
      name: 'DMZ for bob',
      templateName: 'Active Directory Account',
      templateId: 6001,
      fields: { Domain: 'DMZ', Username: 'x', Password: 'Ss-Secret-77-Pass' },
      viewers: ['CORP\\bob'],
    });
    try {
      await testFromKeyboard('CORP\\bob', 'ws01');
      await page.getByTestId('credential-table').waitFor();
      expect(await page.getByTestId('credential-count').innerText()).toBe('2 credentials found');
      expect(await reasons().count()).toBe(0);
    } finally {
      sim.world.secrets.pop();
      await page.getByRole('button', { name: 'Close' }).click();
    }
  });
});
