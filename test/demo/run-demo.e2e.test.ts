import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser-host/chromium';
import { choosePlugin } from '../support/choose-plugin';
import { screenshot } from '../support/screenshots';
import { ROOT } from '../support/static-vault';
import { DEMO_TRIES } from './demo-settings';

// The newcomer's path, as README says: `npm run demo -- --browser`, then Test Settings in a plain
// browser lists the seeded credentials of both plugins. (The build is done by `npm test` already,
// so the demo script itself is started here, with the same arguments.)
describe('npm run demo -- --browser', () => {
  let demo: ChildProcess;
  let output = '';
  let url = '';
  let dataDir = '';
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    demo = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'test/demo/run-demo.ts', '--browser'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    demo.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    demo.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const started = Date.now();
    while (!/Demo ready: (\S+)/.test(output)) {
      if (Date.now() - started > 45_000 || demo.exitCode !== null) throw new Error(`The demo did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    url = /Demo ready: (\S+)/.exec(output)![1]!;
    dataDir = /Demo data directory: (\S+)/.exec(output)![1]!;
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(15_000); // a hung step fails naming its locator, inside the test's timeout
    page = await context.newPage();
    await page.goto(url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (demo && demo.exitCode === null) demo.kill('SIGKILL');
  });

  async function testSettings(user: string, endpoint: string) {
    await page.getByTestId('open-test').click();
    await page.getByTestId('test-user').fill(user);
    await page.getByTestId('test-endpoint').fill(endpoint);
    await page.getByTestId('test-run').click();
  }

  it('prints what to try, and opens on the Secret Server plugin already configured', async () => {
    expect(output).toContain(`user ${DEMO_TRIES['secret-server'].user}, endpoint ${DEMO_TRIES['secret-server'].endpoint}`);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/index\.html#ecm-token=[0-9a-f]{48}$/);
    await expect.poll(() => page.getByTestId('active-plugin').innerText(), { timeout: 10_000 }).toContain('Thycotic Secret Server');
  });

  it('lists the seeded Secret Server credentials over HTTPS with the demo CA', async () => {
    await testSettings(DEMO_TRIES['secret-server'].user, DEMO_TRIES['secret-server'].endpoint);
    await page.getByTestId('credential-table').waitFor({ timeout: 15_000 });
    const table = await page.getByTestId('credential-table').innerText();
    expect(table).toContain('ws01\\Administrator');
    expect(table).toContain('CORP\\svc-backup');
    await screenshot(page, 'demo-secret-server');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('lists the seeded TPAM accounts over SSH with the pinned host key', async () => {
    await choosePlugin(page, /One Identity TPAM/);
    await testSettings(DEMO_TRIES.tpam.user, DEMO_TRIES.tpam.endpoint);
    await page.getByTestId('credential-table').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('credential-table').innerText()).toContain('LINUXSRV01');
    await screenshot(page, 'demo-tpam');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('refuses a caller that does not have the token, even with the right origin', async () => {
    const origin = new URL(url).origin;
    const bridge = await (await fetch(`${origin}/__ecm/bridge.js`)).text();
    expect(bridge).not.toMatch(/[0-9a-f]{48}/); // the token is not served
    const answer = await (
      await fetch(`${origin}/__ecm/invoke/listPlugins`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: '{}' })
    ).json();
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('stops on Ctrl+C, closing the simulators and removing the demo data', async () => {
    expect(existsSync(dataDir)).toBe(true);
    const exited = new Promise<number | null>((resolve) => demo.on('exit', (code) => resolve(code)));
    demo.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('Demo stopped');
    expect(existsSync(dataDir)).toBe(false);
  });
});
