import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ssh2 from 'ssh2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pluginContext } from '../../electron/core/api/plugin-context';
import { reviewToCsv } from '../../electron/core/review/review-export-csv';
import { reviewJsonDocument } from '../../electron/core/review/review-export-json';
import { renderReviewReportHtml } from '../../electron/core/review/review-report-html';
import { reportSettings, reviewRunBy } from '../../electron/core/review/review-report-settings';
import { runAccessReview } from '../../electron/core/review/run-access-review';
import type { ReviewResult } from '../../shared/review/review-types';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { createTpamPlugin } from '../../electron/plugins/tpam/tpam-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { startSecretServerSimulator, type SecretServerSimulator } from '../simulators/secret-server';
import { DEMO_CLI_USER, demoTpamWorld } from '../simulators/tpam/demo-world';
import { startTpamSimulator, type TpamSimulator } from '../simulators/tpam/tpam-simulator';
import { runCli, type CliRun } from '../support/run-cli';
import { API_USER, testWorld } from '../support/secret-server-world';
import { generateSshKeyPair } from '../simulators/tpam/ssh-key-pair';

/**
 * The secret-leak proof: unique marker secrets for every kind of secret, every workflow of both
 * plugins (failures included) through the browser host and the CLI, then a scan of everything an
 * attacker or a support ticket could see. Zero hits.
 */
const SS_PASSWORD = 'Leak-Marker-Ss-Api-7c1d';
const WRONG_PASSWORD = 'Leak-Marker-Wrong-Pass-2b9e';
const PASSPHRASE = 'Leak-Marker-Passphrase-5f3a';
const key = generateSshKeyPair('ed25519', { passphrase: PASSPHRASE, cipher: 'aes256-ctr', rounds: 16 });
const KEY_LINES = key.private.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'));

describe('secret-leak proof', () => {
  let ss: SecretServerSimulator;
  let tpam: TpamSimulator;
  let host: BrowserHost;
  let dataDir: string;
  let scratch: string;
  let cliData = '';
  const cliRuns: CliRun[] = [];
  const reviewExports: string[] = [];

  beforeAll(async () => {
    const world = testWorld();
    world.users[0]!.password = SS_PASSWORD;
    ss = await startSecretServerSimulator({ world });
    const tworld = demoTpamWorld();
    const parsed = ssh2.utils.parseKey(key.private, PASSPHRASE) as { type: string; getPublicSSH(): Buffer };
    tworld.users
      .find((u) => u.name === DEMO_CLI_USER)!
      .cliPublicKeys!.push(`${parsed.type} ${parsed.getPublicSSH().toString('base64')}`);
    tpam = await startTpamSimulator({ world: tworld });
    // Both outlive a single test: the second one scans what the first one left.
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-leak-app-'));
    scratch = mkdtempSync(path.join(os.tmpdir(), 'ecm-leak-cli-'));
    host = await startBrowserHost({ dataDir, plugins: [createSecretServerPlugin(), createTpamPlugin()] });
  });
  afterAll(async () => {
    await host?.close();
    await Promise.all([ss?.close(), tpam?.close()]);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  const ssValues = (password = SS_PASSWORD) => ({
    endpointUrl: ss.url,
    allowUnencryptedHttp: true,
    apiUser: API_USER,
    apiPassword: password,
    includeDomainCredentialsFor: ['CORP'],
  });
  const tpamValues = (overrides: Record<string, unknown> = {}) => ({
    server: tpam.host,
    server_port: tpam.port,
    server_public_key: tpam.hostKeys.map((k) => k.knownHostsLine).join('\n'),
    server_user: DEMO_CLI_USER,
    server_user_key: key.private,
    server_user_key_passphrase: PASSPHRASE,
    ...overrides,
  });

  it('runs every workflow of both plugins, failures included', async () => {
    const call = (fn: string, arg: unknown) =>
      host.page.evaluate(
        ([f, a]) => (window.ecm as unknown as Record<string, (x: unknown) => Promise<unknown>>)[f as string]!(a),
        [fn, arg] as const,
      );
    await call('saveSettings', { pluginId: 'secret-server', values: ssValues() });
    await call('saveSettings', { pluginId: 'tpam', values: tpamValues() });
    await call('getSettings', { pluginId: 'secret-server' });
    await call('getSettings', { pluginId: 'tpam' });
    await call('testSettings', {
      pluginId: 'secret-server',
      values: { apiPassword: { stored: true } },
      user: 'CORP\\alice',
      endpoint: 'ws01',
    });
    await call('testSettings', {
      pluginId: 'secret-server',
      values: ssValues(WRONG_PASSWORD),
      user: 'CORP\\alice',
      endpoint: 'ws01',
    });
    await call('testSettings', { pluginId: 'secret-server', values: {}, user: 'CORP\\carol', endpoint: 'ws01' });
    ss.expireAllTokens();
    await call('testSettings', {
      pluginId: 'secret-server',
      values: {},
      user: 'CORP\\alice',
      endpoint: 'ws01.corp.example',
    });
    await call('testSettings', { pluginId: 'tpam', values: {}, user: 'jdoe', endpoint: '10.0.0.5' });
    await call('testSettings', {
      pluginId: 'tpam',
      values: { ...tpamValues(), server_user_key_passphrase: WRONG_PASSWORD },
      user: 'jdoe',
      endpoint: '10.0.0.5',
    });
    await call('testSettings', {
      pluginId: 'tpam',
      values: {
        ...tpamValues(),
        server_public_key: tpam.hostKeys[0]!.knownHostsLine.replace(/\S+$/, tpam.hostKeys[1]!.publicKeyBase64),
      },
      user: 'jdoe',
      endpoint: '10.0.0.5',
    });
    await call('runFieldAction', {
      pluginId: 'tpam',
      fieldKey: 'server_public_key',
      actionId: 'fetch-host-key',
      values: {},
    });
    await call('exportSettingsFile', { pluginId: 'tpam', values: tpamValues() });
    await call('clearTokenCache', {});
    // An access review over IPC for each plugin (ok, none, pending and refused pairs), its results and exports.
    for (const [pluginId, users, endpoints] of [
      ['secret-server', ['CORP\\alice', 'CORP\\bob', 'CORP\\carol', 'CORP\\erin'], ['ws01', 'ws02', 'db99']],
      ['tpam', ['jdoe'], ['10.0.0.5', '10.9.9.9']],
    ] as const) {
      const started = (await call('startAccessReview', {
        pluginId,
        input: { kind: 'matrix', users, endpoints },
      })) as { ok: true; value: { reviewId: string; total: number } };
      expect(started.ok).toBe(true);
      const { reviewId, total } = started.value;
      await expect
        .poll(
          async () => ((await call('accessReviewProgress', { reviewId })) as { value: { state: string } }).value.state,
        )
        .toBe('done');
      const results = (await call('accessReviewResults', { reviewId, from: 0, count: 100 })) as { value: unknown[] };
      expect(results.value).toHaveLength(total);
      for (const format of ['csv', 'json', 'html'])
        expect(((await call('exportAccessReview', { reviewId, format })) as { ok: boolean }).ok).toBe(true);
    }
    await call('readLog', { tail: 10_000 });

    // Retrieval is runtime-only (never over IPC): run it for both plugins, then look for the passwords too.
    const core = host.core;
    for (const [pluginId, request] of [
      ['secret-server', { user: 'CORP\\alice', endpoint: 'ws01', credentialId: '1' }],
      ['tpam', { user: 'jdoe', endpoint: '10.0.0.5', credentialId: 'root@LINUXSRV01' }],
    ] as const) {
      const plugin = core.registry.get(pluginId);
      const values = await core.settings.resolve(pluginId, plugin.settings, undefined);
      const retrieved = await plugin.retrieveCredential(
        values,
        request,
        pluginContext(plugin, core, new AbortController().signal),
      );
      expect(retrieved.password.length).toBeGreaterThan(4);
    }

    // The CLI, with a settings file holding the markers, succeeding and failing, JSON and text.
    const dir = scratch;
    const ssFile = path.join(dir, 'ss.json');
    const tpamFile = path.join(dir, 'tpam.json');
    writeFileSync(ssFile, JSON.stringify(ssValues()));
    writeFileSync(tpamFile, JSON.stringify(tpamValues()));
    writeFileSync(path.join(dir, 'ss-wrong.json'), JSON.stringify(ssValues(WRONG_PASSWORD)));
    cliData = path.join(dir, 'data');
    for (const args of [
      [
        'test-settings',
        '--plugin',
        'secret-server',
        '--settings',
        ssFile,
        '--user',
        'CORP\\alice',
        '--endpoint',
        'ws01',
        '--json',
      ],
      [
        'test-settings',
        '--plugin',
        'secret-server',
        '--settings',
        ssFile,
        '--user',
        'CORP\\carol',
        '--endpoint',
        'ws01',
      ],
      [
        'test-settings',
        '--plugin',
        'tpam',
        '--settings',
        tpamFile,
        '--user',
        'jdoe',
        '--endpoint',
        '10.0.0.5',
        '--json',
      ],
      ['test-settings', '--plugin', 'tpam', '--settings', tpamFile, '--user', 'jdoe', '--endpoint', '10.9.9.9'],
      // The access review: every outcome of Secret Server, TPAM with its key, to a file and to the terminal.
      [
        'test-access',
        '--plugin',
        'secret-server',
        '--settings',
        ssFile,
        '--users',
        'CORP\\alice,CORP\\carol,CORP\\erin',
        '--endpoints',
        'ws01,ws02',
        '--json',
      ],
      [
        'test-access',
        '--plugin',
        'secret-server',
        '--settings',
        ssFile,
        '--users',
        'CORP\\carol',
        '--endpoints',
        'ws01',
      ],
      [
        'test-access',
        '--plugin',
        'tpam',
        '--settings',
        tpamFile,
        '--users',
        'jdoe',
        '--endpoints',
        '10.0.0.5,10.9.9.9',
        '--csv',
        '--output',
        path.join(dir, 'review-out.csv'),
      ],
      ['test-access', '--plugin', 'tpam', '--settings', tpamFile, '--users', 'jdoe', '--endpoints', '10.0.0.5'],
      [
        'test-access',
        '--plugin',
        'secret-server',
        '--settings',
        path.join(dir, 'ss-wrong.json'),
        '--users',
        'CORP\\alice',
        '--endpoints',
        'ws01',
        '--json',
        '--output',
        path.join(dir, 'review-out.json'),
      ],
      ['log', '--tail', '1000'],
      ['config', 'export'],
    ]) {
      cliRuns.push(await runCli([...args, '--data-dir', cliData]));
    }
    expect(cliRuns[0]!.code).toBe(0);
    expect(cliRuns[2]!.code).toBe(0);
    expect(cliRuns.filter((r) => r.code === 0).length).toBeGreaterThanOrEqual(6);

    // The review's exports from the app's core: CSV, JSON and the HTML report with the settings used.
    for (const pluginId of ['secret-server', 'tpam']) {
      const results: ReviewResult[] = [];
      const users = pluginId === 'tpam' ? ['jdoe'] : ['CORP\\alice', 'CORP\\carol', 'CORP\\erin'];
      const endpoints = pluginId === 'tpam' ? ['10.0.0.5'] : ['ws01', 'ws01.corp.example'];
      const { progress } = await runAccessReview(core, {
        pluginId,
        pairs: users.flatMap((user) => endpoints.map((endpoint) => ({ user, endpoint }))),
        onResult: (r) => results.push(r),
      });
      expect(progress.state).toBe('done');
      const plugin = core.registry.get(pluginId);
      const view = await core.settings.view(pluginId, plugin.settings);
      reviewExports.push(
        reviewToCsv(results),
        JSON.stringify(reviewJsonDocument(pluginId, progress, results)),
        renderReviewReportHtml({
          date: new Date(),
          ranBy: reviewRunBy(),
          plugin: { id: pluginId, displayName: plugin.displayName },
          settings: reportSettings(plugin.settings, view.values, undefined),
          matrix: { users, endpoints },
          progress,
          results,
        }),
      );
    }
    // Every workflow of both plugins in a row, CLI processes included: a guard for a busy
    // 2-core machine (about 30 s there, 70 s with the access review runs while 8 agents share it), not a speed goal.
  }, 240_000);

  it('finds no marker in the logs, the data files, the IPC answers, the CLI output or the page', async () => {
    const tokens = [...new Set(ss.requests.flatMap((r) => (typeof r.args.token === 'string' ? [r.args.token] : [])))];
    const retrieved = ['Ss-Secret-1-Pass', 'Lnx-r00t!pw'];
    const markers = [SS_PASSWORD, WRONG_PASSWORD, PASSPHRASE, ...KEY_LINES, ...tokens, ...retrieved];
    expect(tokens.length).toBeGreaterThan(2);
    const filesIn = (dir: string): string =>
      readdirSync(dir, { withFileTypes: true })
        .map((e) => (e.isDirectory() ? filesIn(path.join(dir, e.name)) : readFileSync(path.join(dir, e.name), 'utf8')))
        .join('\n');
    const places: Record<string, string> = {
      'app data directory (Configurator.log, settings, token cache)': filesIn(dataDir),
      'CLI data directory': filesIn(cliData),
      'IPC answers': JSON.stringify(host.responses),
      'CLI output': cliRuns.map((r) => r.stdout + r.stderr).join('\n'),
      'access review output files and exports': [
        readFileSync(path.join(scratch, 'review-out.csv'), 'utf8'),
        readFileSync(path.join(scratch, 'review-out.json'), 'utf8'),
        ...reviewExports,
      ].join('\n'),
      'page DOM': await host.page.content(),
    };
    expect(places['app data directory (Configurator.log, settings, token cache)']).toContain('Test Settings'); // the log is really there
    for (const [where, text] of Object.entries(places)) {
      for (const marker of markers)
        expect(text.includes(marker), `a marker (${marker.slice(0, 10)}…) leaked into ${where}`).toBe(false);
    }
  });
});
