import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { launchChromium } from '../browser-host/chromium';
import { DEMO_API_ACCOUNT } from '../simulators/secret-server';
import { demoTpamWorld } from '../simulators/tpam/demo-world';
import { choosePlugin } from '../support/choose-plugin';
import { screenshot } from '../support/screenshots';
import { ROOT } from '../support/static-vault';
import { DEMO_CASES, workingCase, type DemoCase, type DemoPluginId } from './demo-cases';
import { ROTATE_HOST_KEY } from './demo-guide';

interface TestAnswer {
  credentials: { name: string }[];
}

// The newcomer's path, as README says: `npm run demo -- --browser`, then Test Settings in a plain
// browser lists the seeded credentials of both plugins, and every case the console prints behaves
// as printed. (The build is done by `npm test` already, so the demo script itself is started here,
// with the same arguments.)
describe('npm run demo -- --browser', () => {
  let demo: ChildProcess;
  let output = '';
  let url = '';
  let dataDir = '';
  let browser: Browser;
  let page: Page;

  async function waitForOutput(pattern: RegExp, what: string): Promise<RegExpExecArray> {
    const started = Date.now();
    for (;;) {
      const match = pattern.exec(output);
      if (match) return match;
      if (Date.now() - started > 45_000 || demo.exitCode !== null)
        throw new Error(`The demo did not print ${what}:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    // tsx as a loader in this one process, not its CLI: the CLI relays Ctrl+C to a child process and
    // kills it when the child has not answered within 30 ms, which a busy machine can miss.
    demo = spawn(process.execPath, ['--import', 'tsx', 'test/demo/run-demo.ts', '--browser'], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    demo.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    demo.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    url = (await waitForOutput(/Demo ready: (\S+)/, 'its URL'))[1]!;
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

  /** Test Settings through the page's own bridge (window.ecm, with the token), as the form sends it. */
  function runTest(pluginId: DemoPluginId, user: string, endpoint: string, values: Record<string, string> = {}) {
    return page.evaluate((request) => window.ecm.testSettings(request), {
      pluginId,
      user,
      endpoint,
      values,
    }) as Promise<Result<TestAnswer>>;
  }

  /** The console line of a case: its columns, in order, on one line. */
  function caseLine(c: DemoCase): string {
    const line = output
      .split('\n')
      .find((l) => l.trimStart().startsWith(c.what) && l.includes(` ${c.user} `) && l.includes(`on ${c.endpoint} `));
    if (!line) throw new Error(`No console line for "${c.what}" (${c.user} on ${c.endpoint}):\n${output}`);
    return line;
  }

  it('prints what to try, and opens on the Secret Server plugin already configured', async () => {
    expect(output).toContain(`Secret Server simulator: https://127.0.0.1:`);
    expect(output).toContain(`TPAM simulator: ssh://127.0.0.1:`);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/index\.html#ecm-token=[0-9a-f]{48}$/);
    await expect
      .poll(() => page.getByTestId('active-plugin').innerText(), { timeout: 10_000 })
      .toContain('Thycotic Secret Server');
  });

  it('prints every case on one line, grouped by plugin, its columns aligned', () => {
    const lines = output.split('\n');
    const ssTitle = lines.findIndex((l) => l.startsWith('Secret Server simulator:'));
    const tpamTitle = lines.findIndex((l) => l.startsWith('TPAM simulator:'));
    expect(ssTitle).toBeGreaterThanOrEqual(0);
    expect(tpamTitle).toBeGreaterThan(ssTitle);
    const caseLines: string[] = [];
    for (const pluginId of ['secret-server', 'tpam'] as const) {
      for (const c of DEMO_CASES[pluginId]) {
        const line = caseLine(c);
        const at = lines.indexOf(line);
        // Under its own plugin's title.
        expect(pluginId === 'secret-server' ? at > ssTitle && at < tpamTitle : at > tpamTitle).toBe(true);
        expect(line).toContain(c.shows);
        if (c.change) expect(line).toContain(`with ${c.change.text}`);
        caseLines.push(line);
      }
    }
    // The user, the endpoint and the outcome each start in the same column on every line.
    const columns = (line: string, c: DemoCase) => [
      line.indexOf(` ${c.user} `) + 1,
      line.indexOf(`on ${c.endpoint} `),
      line.indexOf(c.change ? 'with ' : c.shows),
    ];
    const all = [...DEMO_CASES['secret-server'], ...DEMO_CASES.tpam].map((c, i) => columns(caseLines[i]!, c));
    for (const cols of all) expect(cols).toEqual(all[0]);
    expect(output).toMatch(/API account\s+svc-ecm, password \S+/);
    expect(output).toMatch(/CLI user\s+isacli /);
    expect(output).toMatch(new RegExp(`Host key change\\s+type ${ROTATE_HOST_KEY} and Enter here`));
  });

  it('logs in with the API account and password exactly as printed', async () => {
    const printed = /API account\s+(\S+), password (\S+)/.exec(output)!;
    const [user, password] = [printed[1]!, printed[2]!];
    expect({ user, password }).toEqual({ user: DEMO_API_ACCOUNT.username, password: DEMO_API_ACCOUNT.password });
    const answer = await runTest(
      'secret-server',
      workingCase('secret-server').user,
      workingCase('secret-server').endpoint,
      { apiUser: user, apiPassword: password },
    );
    expect(answer.ok).toBe(true);
  });

  for (const pluginId of ['secret-server', 'tpam'] as const) {
    for (const c of DEMO_CASES[pluginId]) {
      it(`${pluginId}: ${c.what} (${c.user} on ${c.endpoint}) behaves as printed`, async () => {
        const answer = await runTest(pluginId, c.user, c.endpoint, c.change?.values);
        if ('credentials' in c.expect) {
          expect(answer.ok ? answer.value.credentials.map((x) => x.name).sort() : answer.error).toEqual(
            [...c.expect.credentials].sort(),
          );
        } else {
          expect(answer.ok ? answer.value : answer.error.code).toBe(c.expect.error);
          if (!answer.ok) expect(`${answer.error.message} ${answer.error.serverText ?? ''}`).toContain(c.expect.says);
        }
      });
    }
  }

  it('seeds the TPAM request the pending-request case names, still pending', () => {
    const pending = DEMO_CASES.tpam.find((c) => c.what === 'Pending request')!;
    const request = demoTpamWorld().requests.find((r) => pending.shows.includes(`request ${r.requestId} `));
    expect(request).toMatchObject({ requestorName: pending.user, systemName: 'WINSRV02', status: 'Pending' });
  });

  it('lists the seeded Secret Server credentials over HTTPS with the demo CA', async () => {
    const works = workingCase('secret-server');
    await testSettings(works.user, works.endpoint);
    await page.getByTestId('credential-table').waitFor({ timeout: 15_000 });
    const table = await page.getByTestId('credential-table').innerText();
    expect(table).toContain('ws01\\Administrator');
    expect(table).toContain('CORP\\svc-backup');
    await screenshot(page, 'demo-secret-server');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('lists the seeded TPAM accounts over SSH with the pinned host key', async () => {
    const works = workingCase('tpam');
    await choosePlugin(page, /One Identity TPAM/);
    await testSettings(works.user, works.endpoint);
    await page.getByTestId('credential-table').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('credential-table').innerText()).toContain('LINUXSRV01');
    await screenshot(page, 'demo-tpam');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it(`restarts TPAM with a new host key on ${ROTATE_HOST_KEY} + Enter: Test Settings refuses it until the fetched key is pinned`, async () => {
    const works = workingCase('tpam');
    expect((await runTest('tpam', works.user, works.endpoint)).ok).toBe(true); // a pooled connection is open now
    demo.stdin!.write(`${ROTATE_HOST_KEY}\n`);
    await waitForOutput(
      /TPAM simulator restarted on \S+ with a new host key:\n(?: +\S+ SHA256:\S+\n)+/,
      'the new host key',
    );
    const fingerprints = [...output.matchAll(/^ +\S+ (SHA256:\S+)$/gm)].map((m) => m[1]!);
    expect(fingerprints.length).toBeGreaterThanOrEqual(1);

    const refused = await runTest('tpam', works.user, works.endpoint);
    expect(refused.ok ? refused.value : refused.error.code).toBe('HOST_KEY_MISMATCH');
    expect(fingerprints.some((f) => !refused.ok && refused.error.message.includes(f))).toBe(true);

    const fetched = await page.evaluate(() =>
      window.ecm.runFieldAction({
        pluginId: 'tpam',
        fieldKey: 'server_public_key',
        actionId: 'fetch-host-key',
        values: {},
      }),
    );
    if (!fetched.ok) throw new Error(`Fetch host key failed: ${fetched.error.message}`);
    expect(fingerprints.some((f) => fetched.value.summary.includes(f))).toBe(true);
    const pinned = await runTest('tpam', works.user, works.endpoint, { server_public_key: fetched.value.value });
    expect(pinned.ok ? pinned.value.credentials.map((x) => x.name).sort() : pinned.error).toEqual(
      [...(works.expect as { credentials: string[] }).credentials].sort(),
    );
  });

  it('refuses a caller that does not have the token, even with the right origin', async () => {
    const origin = new URL(url).origin;
    const bridge = await (await fetch(`${origin}/__ecm/bridge.js`)).text();
    expect(bridge).not.toMatch(/[0-9a-f]{48}/); // the token is not served
    const answer = await (
      await fetch(`${origin}/__ecm/invoke/listPlugins`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: '{}',
      })
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
