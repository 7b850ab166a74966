import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { readLog } from '../support/core-fixture';
import { showPlugin } from '../support/choose-plugin';
import { API_PASSWORD, staticVault } from '../support/static-vault';

// Dates follow the OS locale (Chromium's `locale`, as Electron takes it from Windows): the saved-at
// line and the "Saved at" notice read as that locale writes dates, while the log keeps ISO.
describe('dates in the OS locale (Chromium)', () => {
  const dirs: string[] = [];
  let host: BrowserHost | null = null;
  afterEach(async () => {
    await host?.close();
    host = null;
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  async function savedLines(locale: string) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-locale-'));
    dirs.push(dataDir);
    host = await startBrowserHost({ dataDir, plugins: [staticVault], locale });
    const { page } = host;
    await showPlugin(page, /Static Vault/);
    await page.getByTestId('gear').click();
    await page.locator('#setting-vaultFile').fill('/srv/vault.json');
    await page.locator('#setting-apiUser').fill('svc-ecm');
    await page.locator('#setting-apiPassword').fill(API_PASSWORD);
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('notice').innerText()).toContain('Saved at');
    return {
      lastSaved: await page.getByTestId('last-saved').innerText(),
      notice: await page.getByTestId('notice').innerText(),
      log: readLog(host.core),
    };
  }

  it('writes the saved-at line as German Windows does: day.month.year, 24-hour clock', async () => {
    const { lastSaved, notice, log } = await savedLines('de-DE');
    expect(lastSaved).toMatch(/^Last saved \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}$/);
    expect(notice).toMatch(/^Saved at \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}\.$/);
    // The log keeps its ISO timestamps whatever the locale.
    expect(log).toMatch(/^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}\]/m);
  });

  it('writes it as US Windows does: month name first, 12-hour clock', async () => {
    const { lastSaved, notice } = await savedLines('en-US');
    expect(lastSaved).toMatch(/^Last saved [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2}\s(AM|PM)$/);
    expect(notice).toMatch(/^Saved at [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2}\s(AM|PM)\.$/);
  });
});
