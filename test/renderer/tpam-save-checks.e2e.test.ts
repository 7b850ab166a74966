import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTpamPlugin } from '../../electron/plugins/tpam/tpam-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { generateSshKeyPair } from '../simulators/tpam/ssh-key-pair';
import { choosePlugin } from '../support/choose-plugin';
import { screenshot } from '../support/screenshots';

const NOT_A_KEY =
  "TPAM server public key (server_public_key): line 1 is not a known_hosts line or a public key ('not a key'). Paste the line from known_hosts or use Fetch host key.";
const GOOD_LINE = `tpam.corp.example ${generateSshKeyPair('ed25519').public.split(' ').slice(0, 2).join(' ')}`;
const CLI_KEY = generateSshKeyPair('ed25519').private;

// The TPAM plugin's checks in the form (Chromium): the core's answer shows under the field as the
// admin types, before Save, and Save is refused until the value is fixed; walked with the keyboard.
describe('TPAM settings: what Test Settings would refuse shows while typing (Chromium)', () => {
  let host: BrowserHost;
  let dataDir: string;
  let page: Page;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-ui-checks-'));
    host = await startBrowserHost({ dataDir, plugins: [createTpamPlugin()] });
    page = host.page;
  });
  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const settingsFile = () => path.join(dataDir, 'settings.json');
  /** Choosing the plugin writes settings.json (the active plugin); the TPAM values must not be in it. */
  const tpamSaved = () =>
    existsSync(settingsFile()) &&
    'tpam' in (JSON.parse(readFileSync(settingsFile(), 'utf8')) as { plugins: object }).plugins;
  const field = (key: string) => page.getByTestId(`field-${key}`);
  const focusedId = () =>
    page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-testid') || '');

  /**
   * Moves the focus with the keyboard only, until the element with this id or test id has it: Tab
   * (or Shift+Tab) between tab stops, and the arrow keys inside the toolbar, which is one tab stop.
   */
  async function tabTo(target: string, key: 'Tab' | 'Shift+Tab'): Promise<void> {
    const inToolbar = () => page.evaluate(() => Boolean(document.activeElement?.closest('[role="toolbar"]')));
    for (let i = 0; i < 80 && (await focusedId()) !== target; i++) {
      if (target === 'save' && (await inToolbar())) await page.keyboard.press('ArrowLeft');
      else await page.keyboard.press(key);
    }
    expect(await focusedId()).toBe(target);
  }

  it('shows the problem under the field before Save, and Save is refused (keyboard only)', async () => {
    await choosePlugin(page, /One Identity TPAM/);
    await page.getByTestId('gear').click();
    await page.locator('#setting-server').focus();
    await page.keyboard.type('tpam.corp.example');
    await tabTo('setting-server_public_key', 'Tab');
    await page.keyboard.type('not a key');
    await tabTo('setting-server_user', 'Tab');
    await page.keyboard.type('isacli');
    await tabTo('setting-server_user_key', 'Tab');
    await page.keyboard.insertText(CLI_KEY);

    // Shown while typing, before any Save: the core's check, through the checkSettings channel.
    await expect.poll(() => field('server_public_key').innerText()).toContain(NOT_A_KEY);
    expect(tpamSaved()).toBe(false);
    for (const [width, height] of [
      [1280, 800],
      [1024, 700],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme });
        await field('server_public_key').evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await screenshot(page, `tpam-inline-check-${width}x${height}-${scheme}`);
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });

    await tabTo('save', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('error-bar').waitFor();
    expect(await page.getByTestId('error-bar').innerText()).toContain('nothing was saved');
    expect(await page.getByTestId('error-bar').innerText()).toContain(NOT_A_KEY);
    await screenshot(page, 'tpam-inline-check-save-refused');
    expect(tpamSaved()).toBe(false);

    // Fixed with the keyboard: the message goes, and Save saves.
    await tabTo('setting-server_public_key', 'Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(GOOD_LINE);
    await expect.poll(() => field('server_public_key').innerText()).not.toContain('is not a known_hosts line');
    await tabTo('save', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('notice').innerText()).toContain('Saved at');
    expect(readFileSync(settingsFile(), 'utf8')).toContain(GOOD_LINE);
  });

  it('flags an imported SPS ini the same way: the values land in the form, the problem shows, Save is refused', async () => {
    const before = readFileSync(settingsFile(), 'utf8');
    const ini = [
      '[tpam]',
      ' server=tpam.corp.example',
      ' server_public_key=not a key',
      ' server_user=isacli',
      ' server_user_key=$',
      '',
      '[plugin]',
      ' config_version=1',
    ].join('\n');
    await page
      .getByTestId('file-input-Import SPS plugin configuration (.ini)')
      .setInputFiles({ name: 'tpam.ini', mimeType: 'text/plain', buffer: Buffer.from(ini) });
    await expect.poll(() => page.getByTestId('notice').innerText()).toContain('Imported tpam.ini into the form');
    await expect.poll(() => field('server_public_key').innerText()).toContain(NOT_A_KEY);
    await page.getByTestId('save').click();
    await page.getByTestId('error-bar').waitFor();
    expect(readFileSync(settingsFile(), 'utf8')).toBe(before);
    await page.getByRole('button', { name: 'Cancel changes' }).click();
    await expect.poll(() => field('server_public_key').innerText()).not.toContain('is not a known_hosts line');
  });
});
