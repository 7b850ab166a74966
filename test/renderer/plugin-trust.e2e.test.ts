import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { readLog } from '../support/core-fixture';
import { pluginSource, writePluginFile } from '../support/plugin-folder';
import { screenshot } from '../support/screenshots';
import { staticVault } from '../support/static-vault';
import { useTempDirs } from '../support/temp-dir';

/** The focused element's accessible text, to follow a keyboard-only walk. */
function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

/** Waits until the dialog's open animation has finished, so a screenshot shows it as the admin does. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

// End to end in Debian's Chromium: the trust prompt for a file in the plugins folder, keyboard only.
describe('the plugin trust prompt (Chromium, browser test host)', () => {
  const tempDir = useTempDirs();
  let host: BrowserHost | null = null;
  afterEach(async () => {
    await host?.close();
    host = null;
  });

  it('shows a new plugin file with name, size and SHA-256; Enter and Escape keep it unloaded; Tab, Enter trusts it', async () => {
    const [dataDir, folder] = [tempDir(), tempDir()];
    const written = writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault'));
    host = await startBrowserHost({ dataDir, plugins: [staticVault], pluginsFolder: folder });
    const { page, core } = host;
    const dialog = page.getByRole('alertdialog');

    await dialog.waitFor();
    expect(await dialog.getByRole('heading').innerText()).toBe('Trust this new plugin?');
    expect(await page.getByTestId('plugin-trust-file').innerText()).toBe('acme-vault.mjs');
    expect(await page.getByTestId('plugin-trust-sha256').innerText()).toBe(written.sha256);
    expect(await dialog.innerText()).toContain(`${written.size.toLocaleString('en-US')} bytes`);
    expect(await dialog.innerText()).toContain(folder);
    // The safe answer is the default: it has the focus.
    await expect.poll(() => focusedText(page)).toBe("Don't load");
    await settled(page);
    await screenshot(page, 'plugin-trust-new-light-1280x800');
    await page.setViewportSize({ width: 1024, height: 700 });
    await settled(page);
    await screenshot(page, 'plugin-trust-new-light-1024x700');

    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.reload();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(core.registry.has('acme-vault')).toBe(false);
    expect(await page.getByTestId('plugin-acme-vault').count()).toBe(0);
    expect(await core.settings.getTrustedPlugins()).toBeNull();

    // Asked again at the next start; this time the admin trusts it, from the keyboard.
    await page.reload();
    await dialog.waitFor();
    await expect.poll(() => focusedText(page)).toBe("Don't load");
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Trust');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('plugin-acme-vault').waitFor();
    expect(core.registry.has('acme-vault')).toBe(true);
    expect(readLog(core)).toContain(
      `Plugin file acme-vault.mjs (${written.size} bytes, SHA-256 ${written.sha256}) in ${folder} trusted by the administrator (in the app).`,
    );
    await page.reload();
    await page.getByTestId('plugin-acme-vault').waitFor();
    expect(await dialog.count()).toBe(0);
  }, 120_000); // three page loads and a trust in a shared Chromium

  it('names both hashes when a trusted file changed, and keeps it unloaded unless trusted again (dark theme)', async () => {
    const [dataDir, folder] = [tempDir(), tempDir()];
    const first = writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault'));
    // Trusted earlier (e.g. with the CLI), then replaced by someone who can write the folder.
    const setup = await startBrowserHost({
      dataDir,
      plugins: [staticVault],
      pluginsFolder: folder,
      colorScheme: 'dark',
    });
    await setup.core.api.trustPlugin({ sha256: first.sha256 });
    await setup.close();
    const changed = writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault', { version: '6.6.6' }));

    host = await startBrowserHost({ dataDir, plugins: [staticVault], pluginsFolder: folder, colorScheme: 'dark' });
    const { page, core } = host;
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').innerText()).toBe('A trusted plugin file has changed');
    expect(await page.getByTestId('plugin-trust-sha256').innerText()).toBe(changed.sha256);
    expect(await dialog.innerText()).toContain(first.sha256);
    expect(core.registry.has('acme-vault')).toBe(false);
    await expect.poll(() => focusedText(page)).toBe("Don't load");
    await settled(page);
    await screenshot(page, 'plugin-trust-changed-dark-1280x800');
    await page.setViewportSize({ width: 1024, height: 700 });
    await settled(page);
    await screenshot(page, 'plugin-trust-changed-dark-1024x700');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(core.registry.has('acme-vault')).toBe(false);
  }, 120_000);

  it('says so when the file changed between the prompt and the answer, and trusts nothing', async () => {
    const [dataDir, folder] = [tempDir(), tempDir()];
    writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault'));
    host = await startBrowserHost({ dataDir, plugins: [staticVault], pluginsFolder: folder });
    const { page, core } = host;
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault', { version: '6.6.6' }));
    await dialog.getByRole('button', { name: 'Trust' }).click();
    await dialog.getByTestId('error-bar').waitFor();
    const error = await dialog.getByTestId('error-bar').innerText();
    expect(error).toContain('No plugin file with SHA-256');
    expect(error).toContain('nothing was trusted.');
    expect(await core.settings.getTrustedPlugins()).toBeNull();
    expect(core.registry.has('acme-vault')).toBe(false);
  });
});
