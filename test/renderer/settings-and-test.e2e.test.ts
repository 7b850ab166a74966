import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { startSecretServerSimulator, type SecretServerSimulator } from '../simulators/secret-server';
import { choosePlugin } from '../support/choose-plugin';
import { screenshot } from '../support/screenshots';
import { API_PASSWORD, API_USER, testWorld } from '../support/secret-server-world';
import { staticVault } from '../support/static-vault';

// The settings form, Test Settings and Clear Token Cache, end to end in Chromium against the
// real core and the Secret Server simulator.
describe('settings form and Test Settings (Chromium)', () => {
  let host: BrowserHost;
  let sim: SecretServerSimulator;
  let dataDir: string;
  let page: Page;

  beforeAll(async () => {
    sim = await startSecretServerSimulator({ world: testWorld() });
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-ui-'));
    host = await startBrowserHost({ dataDir, plugins: [createSecretServerPlugin(), staticVault] });
    page = host.page;
  });
  afterAll(async () => {
    await host?.close();
    await sim?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const field = (key: string) => page.getByTestId(`field-${key}`);
  const input = (key: string) => page.locator(`#setting-${key}`);

  async function openTest(user: string, endpoint: string) {
    await page.getByTestId('open-test').click();
    await page.getByTestId('test-user').fill(user);
    await page.getByTestId('test-endpoint').fill(endpoint);
    await page.getByTestId('test-run').click();
  }

  async function closeDialog() {
    await page.getByRole('button', { name: 'Close' }).click();
  }

  it('chooses the Secret Server plugin and shows its generated form behind the gear', async () => {
    await choosePlugin(page, /Thycotic Secret Server/);
    await page.getByTestId('gear').click();
    await field('endpointUrl').waitFor();
    expect(await field('endpointUrl').innerText()).toContain('Endpoint URL');
    expect(await field('domainField').locator('input').inputValue()).toBe('Domain');
    expect(await page.locator('form[aria-label="Thycotic Secret Server settings"] [role="switch"]').count()).toBe(3);
    expect(await field('allowUnencryptedHttp').innerText()).toContain('Allow unencrypted HTTP (not recommended)');
    expect(await input('allowUnencryptedHttp').isChecked()).toBe(false);
    await screenshot(page, 'settings-form-light');
  });

  it('validates as you type with the schema messages, then saves', async () => {
    await input('endpointUrl').fill('ftp://ss.corp.example/');
    await expect
      .poll(() => field('endpointUrl').innerText())
      .toContain('must be an absolute http(s) URL ending in .asmx');
    await input('timeoutSeconds').fill('1e');
    await expect.poll(() => field('timeoutSeconds').innerText()).toContain('Request timeout (s) must be a number.');
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('error-bar').first().innerText()).toContain('nothing was saved');
    await input('timeoutSeconds').fill('10');
    // The simulator speaks plain http: refused until "Allow unencrypted HTTP" is on, switched from the keyboard.
    await input('endpointUrl').fill(sim.url);
    await expect
      .poll(() => field('endpointUrl').innerText())
      .toContain('Endpoint URL starts with http://, which would send the API password and tokens unencrypted.');
    await field('allowUnencryptedHttp').scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-http-refused-light');
    await page.setViewportSize({ width: 1024, height: 700 });
    await screenshot(page, 'settings-http-refused-light-1024');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.locator('[data-theme]').first().getAttribute('data-theme')).toBe('dark');
    await screenshot(page, 'settings-http-refused-dark-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'settings-http-refused-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await input('allowUnencryptedHttp').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => input('allowUnencryptedHttp').isChecked()).toBe(true);
    await expect.poll(() => field('endpointUrl').innerText()).not.toContain('Endpoint URL starts with http://');
    await input('apiUser').fill(API_USER);
    await input('apiPassword').fill(API_PASSWORD);
    await input('includeDomainCredentialsFor').fill('CORP');
    await input('includeDomainCredentialsFor').press('Enter');
    expect(await page.getByTestId('unsaved').isVisible()).toBe(true);
    await screenshot(page, 'settings-form-errors-fixed');
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('notice').innerText()).toContain('Saved at');
    expect(await page.getByTestId('unsaved').count()).toBe(0);
    expect(await page.getByTestId('stored-apiPassword').innerText()).toBe('stored');
    expect(await input('apiPassword').inputValue()).toBe('');
  });

  it('never puts the stored secret into the page or any answer', async () => {
    await page.reload();
    await page.getByTestId('gear').click();
    await page.getByTestId('stored-apiPassword').waitFor();
    expect(await page.content()).not.toContain(API_PASSWORD);
    const view = await page.evaluate(() => window.ecm.getSettings({ pluginId: 'secret-server' }));
    expect(view).toMatchObject({ ok: true, value: { values: { apiPassword: { stored: true } } } });
    expect(JSON.stringify(host.responses)).not.toContain(API_PASSWORD);
  });

  it('runs Test Settings and lists the credentials with live steps, never a password', async () => {
    await openTest('CORP\\alice', 'ws01');
    await page.getByTestId('credential-table').waitFor();
    expect(await page.getByTestId('credential-count').innerText()).toBe('4 credentials found');
    const table = await page.getByTestId('credential-table').innerText();
    expect(table).toContain('WS01 backup');
    expect(table).toContain('restricted');
    expect(table).toContain('CORP domain admin');
    expect(await page.getByText('No passwords are retrieved or displayed.').first().isVisible()).toBe(true);
    const steps = await page.getByTestId('test-steps').innerText();
    expect(steps).toContain('Authenticate API account svc-ecm');
    expect(steps).toContain('Search Domain = CORP');
    expect(await page.content()).not.toContain('Ss-Secret-1-Pass');
    await screenshot(page, 'test-settings-result-light');
    await closeDialog();
    // The log viewer follows the new lines of the run.
    await expect
      .poll(() => page.getByTestId('log-lines').innerText(), { timeout: 5000 })
      .toContain("credential(s) for 'CORP\\alice' on 'ws01'");
  });

  it('tests the values on screen, saved or not: a wrong password typed in gives LOGIN_FAILED', async () => {
    await page.getByRole('button', { name: 'Clear Token Cache' }).click();
    await page.getByRole('button', { name: 'Clear tokens' }).click();
    await expect
      .poll(() => page.getByTestId('notice').innerText())
      .toMatch(/Token cache of .+ cleared: \d+ cached tokens? removed\./);
    await input('apiPassword').fill('Typed-Wrong-Pass-3');
    await openTest('CORP\\alice', 'ws01');
    await page.getByTestId('error-bar').waitFor();
    const error = await page.getByTestId('error-bar').innerText();
    expect(error).toContain('LOGIN_FAILED');
    expect(error).toContain('Login failed.');
    expect(await page.getByTestId('test-steps').innerText()).toContain('Authenticate API account svc-ecm');
    await screenshot(page, 'test-settings-login-failed');
    // "Show the matching lines" filters the log viewer to the failure.
    await page.getByText('Show the matching lines in Configurator.log').click();
    await expect.poll(() => page.getByTestId('log-lines').innerText(), { timeout: 5000 }).toContain('[LOGIN_FAILED]');
    await page.getByTestId('open-test').waitFor();
    await page.getByRole('button', { name: 'Cancel changes' }).click();
    expect(await page.getByTestId('unsaved').count()).toBe(0);
  });

  it("reports pending approval with the server's approval page", async () => {
    await openTest('CORP\\carol', 'ws01');
    // A warning, not an error bar (pending-approval.e2e.test.ts follows its link).
    await page.getByTestId('pending-approval').waitFor();
    const error = await page.getByTestId('pending-approval').innerText();
    expect(error).toContain('PENDING_APPROVAL');
    expect(error).toContain("permission to access CORP\\carol's secrets is pending approval");
    expect(error).toContain('ManageApplications.aspx');
    await closeDialog();
  });

  it('cancels a request in flight', async () => {
    sim.setLatency(3000);
    try {
      await page.getByTestId('open-test').click();
      await page.getByTestId('test-run').click();
      await page.locator('[data-status="running"]').first().waitFor();
      await page.getByTestId('test-cancel').click();
      await page.getByText('Test Settings was cancelled.').waitFor({ timeout: 5000 });
      await closeDialog();
    } finally {
      sim.setLatency(0);
    }
  });

  it('remembers the last user and endpoint, and runs from the keyboard alone', async () => {
    await page.getByTestId('open-test').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('test-user').waitFor();
    expect(await page.getByTestId('test-user').inputValue()).toBe('CORP\\carol'); // the last one tested
    await page.keyboard.press('Control+A');
    await page.keyboard.type('CORP\\bob');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('ws01');
    await page.keyboard.press('Enter');
    await page.getByTestId('credential-table').waitFor();
    expect(await page.getByTestId('credential-count').innerText()).toBe('1 credential found');
    // Focus stays in the open dialog.
    for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[role="dialog"]').count()).toBe(0);
  });

  it('asks before showing another plugin with unsaved changes, and showing it leaves the active plugin alone', async () => {
    await input('apiUser').fill('someone-else');
    await page.getByRole('radio', { name: /Static Vault/ }).click();
    await page.getByText('Save changes to Thycotic Secret Server?').waitFor();
    await page.getByRole('button', { name: 'Keep editing' }).click();
    expect(await input('apiUser').inputValue()).toBe('someone-else');
    await page.getByRole('radio', { name: /Static Vault/ }).click();
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await expect.poll(() => page.locator('#settings-title').innerText()).toContain('Static Vault');
    expect(await page.getByTestId('active-plugin').innerText()).toContain('Thycotic Secret Server');
    expect(await host.core.settings.getActivePlugin()).toBe('secret-server');
  });

  it('follows the OS into dark mode live, every screen included', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.locator('[data-theme]').first().getAttribute('data-theme')).toBe('dark');
    await choosePlugin(page, /Thycotic Secret Server/);
    expect(await field('endpointUrl').count()).toBe(0); // another plugin starts closed behind its gear
    await page.getByTestId('gear').click();
    await field('endpointUrl').waitFor();
    await screenshot(page, 'settings-form-dark');
    await openTest('CORP\\alice', 'ws01');
    await page.getByTestId('credential-table').waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'test-settings-result-dark');
    await closeDialog();
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
