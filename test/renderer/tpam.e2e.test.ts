import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTpamPlugin } from '../../electron/plugins/tpam/tpam-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { DEMO_CLI_USER, demoCliKey, demoTpamWorld } from '../simulators/tpam/demo-world';
import { startTpamSimulator, type TpamSimulator } from '../simulators/tpam/tpam-simulator';
import { choosePlugin } from '../support/choose-plugin';
import { screenshot } from '../support/screenshots';

// The TPAM plugin's screens end to end in Chromium: SPS ini import, key from a file, Fetch host key
// with confirmation, Test Settings, a host key mismatch, and ini export without secrets.
describe('TPAM settings and Test Settings (Chromium)', () => {
  let host: BrowserHost;
  let sim: TpamSimulator;
  let dataDir: string;
  let page: Page;

  beforeAll(async () => {
    sim = await startTpamSimulator({ world: demoTpamWorld() });
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-ui-tpam-'));
    host = await startBrowserHost({ dataDir, plugins: [createTpamPlugin()] });
    page = host.page;
  });
  afterAll(async () => {
    await host?.close();
    await sim?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const input = (key: string) => page.locator(`#setting-${key}`);

  it('imports an SPS ini into the form and loads the key from a file', async () => {
    await choosePlugin(page, /One Identity TPAM/);
    await page.getByTestId('gear').click();
    // An older pinned line (for the right host, but a key TPAM no longer presents) to be replaced below.
    const stale = `[${sim.host}]:${sim.port} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGa9aFHKV0nBHCp1Fz2Ks6pK9cJpD4c1pD4c1pD4c1pD`;
    const ini = [
      '[tpam]',
      ` server=${sim.host}`,
      ` server_port=${sim.port}`,
      ` server_public_key=${stale}`,
      ` server_user=${DEMO_CLI_USER}`,
      ' server_user_key=$',
      ' authorization=policy',
      ' system_maptoreal=no',
      '',
      '[plugin]',
      ' config_version=1',
      ' log_level=info',
    ].join('\n');
    await page
      .getByTestId('file-input-Import SPS plugin configuration (.ini)')
      .setInputFiles({ name: 'tpam.ini', mimeType: 'text/plain', buffer: Buffer.from(ini) });
    await expect.poll(() => page.getByTestId('notice').innerText()).toContain('Imported tpam.ini into the form');
    expect(await input('server').inputValue()).toBe(sim.host);
    expect(await input('server_port').inputValue()).toBe(String(sim.port));
    await page
      .getByTestId('file-input-Load ISA CLI user private key from file')
      .setInputFiles({ name: 'id_isacli', mimeType: 'text/plain', buffer: Buffer.from(demoCliKey().privateKey) });
    await expect.poll(() => input('server_user_key').inputValue()).toContain('BEGIN OPENSSH PRIVATE KEY');
  });

  it('fetches the host key and fills the field only after the admin confirms', async () => {
    await page.getByRole('button', { name: 'Fetch host key' }).click();
    await page.getByTestId('field-action-summary').waitFor();
    const summary = await page.getByTestId('field-action-summary').innerText();
    const key = sim.hostKeys.find((k) => summary === `${k.algorithm} ${k.fingerprint}`);
    expect(key).toBeDefined();
    expect(await input('server_public_key').inputValue()).toContain('AAAAC3NzaC1lZDI1NTE5AAAAIGa9aFHK'); // not yet replaced
    await page.waitForTimeout(400); // let the dialog finish fading in
    await screenshot(page, 'tpam-fetch-host-key-confirm');
    await page.getByRole('button', { name: 'Replace pinned lines' }).click();
    expect(await input('server_public_key').inputValue()).toBe(key!.knownHostsLine);
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('notice').innerText()).toContain('Saved at');
    expect(await page.getByTestId('stored-server_user_key').innerText()).toBe('stored');
    expect(await page.content()).not.toContain(demoCliKey().privateKey.split('\n')[1]!);
  });

  it('runs Test Settings over SSH and lists the accounts the user may use', async () => {
    await page.getByTestId('open-test').click();
    await page.getByTestId('test-user').fill('jdoe');
    await page.getByTestId('test-endpoint').fill('10.0.0.5');
    await page.getByTestId('test-run').click();
    await page.getByTestId('credential-table').waitFor();
    expect(await page.getByTestId('credential-count').innerText()).toBe('2 credentials found');
    expect(await page.getByTestId('credential-table').innerText()).toContain('LINUXSRV01');
    await screenshot(page, 'tpam-test-settings');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('shows a host key mismatch with the presented fingerprint', async () => {
    const other = sim.hostKeys.find((k) => k.algorithm === 'ssh-rsa')!;
    const wrong = `${other.knownHostsLine.split(' ')[0]} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGa9aFHKV0nBHCp1Fz2Ks6pK9cJpD4c1pD4c1pD4c1pD`;
    await input('server_public_key').fill(wrong);
    await page.getByTestId('open-test').click();
    await page.getByTestId('test-run').click();
    await page.getByTestId('error-bar').waitFor();
    const error = await page.getByTestId('error-bar').innerText();
    expect(error).toContain('HOST_KEY_MISMATCH');
    expect(error).toMatch(/SHA256:[A-Za-z0-9+/]{43}/);
    await screenshot(page, 'tpam-host-key-mismatch');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Cancel changes' }).click();
  });

  it('exports the settings as an SPS ini with every secret written as $', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export .ini' }).click();
    const file = await (await download).path();
    const text = readFileSync(file!, 'utf8');
    expect(text).toMatch(/server_user_key\s*=\s*\$/);
    expect(text).toContain(`server_port = ${sim.port}`.replace(' = ', text.includes('server_port=') ? '=' : ' = '));
    expect(text).not.toContain('OPENSSH PRIVATE KEY');
  });
});
