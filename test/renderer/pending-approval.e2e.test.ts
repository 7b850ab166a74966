import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { startSecretServerSimulator, type SecretServerSimulator } from '../simulators/secret-server';
import { choosePlugin } from '../support/choose-plugin';
import { screenshotMatrix } from '../support/screenshot-matrix';
import { API_PASSWORD, API_USER, testWorld } from '../support/secret-server-world';
import { createTestCa, issueServerCert } from '../support/test-pki';

// Pending approval in Chromium: a warning (not a failure) with the simulator's approval page as a
// link that opens in the system browser only after a confirmation naming it, and a Copy button.
// The simulator speaks https here, so its approval page is an https URL on the Endpoint URL's host.
describe('pending approval in the Test Settings result (Chromium)', () => {
  let host: BrowserHost;
  let sim: SecretServerSimulator;
  let dataDir: string;
  let page: Page;

  beforeAll(async () => {
    const ca = createTestCa('ECM Test CA');
    sim = await startSecretServerSimulator({ world: testWorld(), tls: issueServerCert(ca) });
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-approval-'));
    host = await startBrowserHost({ dataDir, plugins: [createSecretServerPlugin()] });
    page = host.page;
    await host.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    await host.core.api.saveSettings({
      pluginId: 'secret-server',
      values: { endpointUrl: sim.url, caCertificate: ca.certPem, apiUser: API_USER, apiPassword: API_PASSWORD },
    });
    await page.reload();
  });
  afterAll(async () => {
    await host?.close();
    await sim?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const approvalUrl = () => `${sim.origin}/SecretServer/ManageApplications.aspx?request=`;

  it('shows a warning, not an error, with the approval page as a link', async () => {
    await choosePlugin(page, /Thycotic Secret Server/);
    await page.getByTestId('open-test').click();
    await page.getByTestId('test-user').fill('CORP\\carol');
    await page.getByTestId('test-endpoint').fill('ws01');
    await page.getByTestId('test-run').click();
    await page.getByTestId('pending-approval').waitFor();
    const bar = page.getByTestId('pending-approval');
    expect(await bar.getAttribute('class')).not.toBeNull();
    expect(await page.getByTestId('error-bar').count()).toBe(0);
    // Fluent's warning intent, not red: the bar's icon has the warning colour of the theme.
    const colours = await bar.evaluate((el) => {
      const icon = el.querySelector('.fui-MessageBar__icon')!;
      const probe = (token: string) => {
        const span = document.createElement('span');
        span.style.color = `var(${token})`;
        el.appendChild(span);
        const colour = getComputedStyle(span).color;
        span.remove();
        return colour;
      };
      return {
        icon: getComputedStyle(icon).color,
        warning: probe('--colorStatusWarningForeground3'),
        danger: probe('--colorStatusDangerForeground3'),
      };
    });
    expect(colours.icon).toBe(colours.warning);
    expect(colours.icon).not.toBe(colours.danger);
    const text = await bar.innerText();
    expect(text).toContain("permission to access CORP\\carol's secrets is pending approval");
    // The step that met the pending approval is a warning too, not a failed step; the others are not.
    const statuses = await page
      .getByTestId('test-steps')
      .locator('li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-status')));
    expect(statuses).toEqual(['ok', 'waiting']);
    expect(await page.getByLabel('waiting for approval').count()).toBe(1);
    expect(await page.getByTestId('approval-link').innerText()).toContain(approvalUrl());
    await screenshotMatrix(page, 'test-settings-pending-approval');
  });

  it('opens nothing when the confirmation is cancelled, from the keyboard', async () => {
    await page.getByTestId('approval-link').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('open-approval-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('open-approval-url').innerText()).toContain(approvalUrl());
    await screenshotMatrix(page, 'test-settings-open-approval-confirm');
    // Cancel has the focus: Enter cancels.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('open-approval-cancel');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    // Escape cancels too, and leaves the Test Settings dialog open.
    await page.getByTestId('approval-link').click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.getByTestId('pending-approval').isVisible()).toBe(true);
    expect(host.openedExternally).toEqual([]);
  });

  it('opens the page in the system browser after the confirmation, never in the app window', async () => {
    const before = page.url();
    await page.getByTestId('approval-link').click();
    await page.getByTestId('open-approval-confirm').click();
    await expect.poll(() => host.openedExternally.length).toBe(1);
    expect(host.openedExternally[0]).toContain(approvalUrl());
    expect(await page.getByTestId('approval-notice').innerText()).toBe('Opened in your browser.');
    expect(page.url()).toBe(before);
    expect(host.context.pages()).toHaveLength(1);
  });

  it('copies the address with the Copy button', async () => {
    await page.getByTestId('approval-copy').click();
    await expect.poll(() => page.getByTestId('approval-notice').innerText()).toBe('Address copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(approvalUrl());
  });

  it('refuses, in plain words, a page the Endpoint URL on screen does not vouch for', async () => {
    // What a tampered page could ask for: the core checks the host, whatever the renderer sends.
    const answer = await page.evaluate(() =>
      window.ecm.openApprovalPage({ pluginId: 'secret-server', url: 'https://127.0.0.1@evil.example/approve' }),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'url' } });
    expect(host.openedExternally).toHaveLength(1);
  });
});
