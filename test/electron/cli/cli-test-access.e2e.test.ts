import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecretServerSimulator, type SecretServerSimulator } from '../../simulators/secret-server';
import { runCli } from '../../support/run-cli';
import { testWorld } from '../../support/secret-server-world';
import { useTempDirs } from '../../support/temp-dir';
import { writeSecretServerSettingsFile } from '../../support/secret-server-settings-file';

// `ecm-configurator test-access` as a separate process against the Secret Server simulator.
describe('ecm-configurator test-access', () => {
  const tempDir = useTempDirs();
  let sim: SecretServerSimulator;
  beforeAll(async () => {
    sim = await startSecretServerSimulator({ world: testWorld() });
  });
  afterAll(async () => {
    await sim.close();
  });

  function setup(overrides: Record<string, unknown> = {}) {
    const dir = tempDir();
    const settingsFile = writeSecretServerSettingsFile(dir, sim.url, overrides);
    const pairsFile = path.join(dir, 'pairs.csv');
    writeFileSync(
      pairsFile,
      '# go-live check\nuser,endpoint\nCORP\\alice,ws01\nCORP\\bob,ws02\nCORP\\carol,ws01\n"CORP\\erin",ws01\n',
    );
    const base = [
      'test-access',
      '--plugin',
      'secret-server',
      '--settings',
      settingsFile,
      '--data-dir',
      path.join(dir, 'data'),
    ];
    return { dir, base, pairsFile };
  }

  it('--json: one document, results in input order with every outcome, exit 0', async () => {
    const { base, pairsFile } = setup();
    const run = await runCli([...base, '--pairs', pairsFile, '--json', '--concurrency', '2']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(['ok', 'plugin', 'summary', 'results']);
    expect(doc).toMatchObject({
      ok: true,
      plugin: 'secret-server',
      summary: { pairs: 4, ok: 1, none: 1, pending: 1, refused: 1, error: 0 },
    });
    expect(doc.results.map((r: { user: string; status: string }) => [r.user, r.status])).toEqual([
      ['CORP\\alice', 'ok'],
      ['CORP\\bob', 'none'],
      ['CORP\\carol', 'pending'],
      ['CORP\\erin', 'refused'],
    ]);
    expect(doc.results[0].credentials.map((c: { id: string }) => c.id)).toEqual(['1', '2']);
    expect(doc.results[2].approvalUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(doc.results[3].error.code).toBe('NOT_AUTHORIZED');
    expect(run.stderr).toBe(''); // no progress line: standard error is not a terminal
  });

  it('--users and --endpoints (a list and a file): every user on every endpoint, --csv one row per pair', async () => {
    const { dir, base } = setup();
    const endpoints = path.join(dir, 'endpoints.txt');
    writeFileSync(endpoints, 'ws01\n# lab\nws02\n');
    const run = await runCli([...base, '--users', 'CORP\\alice,CORP\\bob', '--endpoints', endpoints, '--csv']);
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.user, r.endpoint, r.status, r.credential_count])).toEqual([
      ['CORP\\alice', 'ws01', 'ok', '2'],
      ['CORP\\alice', 'ws02', 'ok', '1'],
      ['CORP\\bob', 'ws01', 'ok', '1'],
      ['CORP\\bob', 'ws02', 'none', '0'],
    ]);
  });

  it('Ctrl+C cancels: the rows that finished are written whole, then exit 130', async () => {
    const { base } = setup();
    sim.setLatency(25);
    const endpoints = Array.from({ length: 120 }, (_, i) => `ws${i}`).join(',');
    let interrupted = false;
    const run = await runCli(
      [...base, '--users', 'CORP\\alice', '--endpoints', endpoints, '--csv', '--concurrency', '1'],
      {},
      (stdout, child) => {
        // The header and two rows are out: the review is under way.
        if (!interrupted && stdout.split('\n').length > 3) {
          interrupted = true;
          child.kill('SIGINT');
        }
      },
    ).finally(() => sim.setLatency(0));
    expect(run.code).toBe(130);
    expect(run.stderr).toContain('Cancelling: no new pair starts; the results so far are kept.');
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.length).toBeLessThan(120);
    expect(rows.map((r) => r.endpoint)).toEqual(rows.map((_, i) => `ws${i}`));
  });

  it('no format: an aligned table and the summary', async () => {
    const { base, pairsFile } = setup();
    const run = await runCli([...base, '--pairs', pairsFile]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^USER\s+ENDPOINT\s+OUTCOME\s+CREDS\s+DETAIL$/);
    const outcomeColumn = lines[0]!.indexOf('OUTCOME');
    expect(lines.slice(1, 5).map((l) => l.slice(outcomeColumn, outcomeColumn + 7).trim())).toEqual([
      'ok',
      'none',
      'pending',
      'refused',
    ]);
    expect(lines[1]).toContain('WS01 admin (1); WS01 backup (2)');
    expect(run.stdout).toMatch(
      /Access review \(secret-server\): 4 pair\(s\) in \d+\.\d s: 1 ok, 1 none, 1 pending, 1 refused, 0 error\./,
    );
  });

  it('--output: the rows go to the file, the summary to standard output', async () => {
    const { dir, base, pairsFile } = setup();
    const jsonFile = path.join(dir, 'review.json');
    const run = await runCli([...base, '--pairs', pairsFile, '--json', '--output', jsonFile]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, summary: { pairs: 4 }, output: jsonFile });
    const doc = JSON.parse(readFileSync(jsonFile, 'utf8'));
    expect(doc).toMatchObject({ ok: true, plugin: 'secret-server', summary: { pairs: 4, ok: 1 } });
    expect(doc.results.map((r: { status: string }) => r.status)).toEqual(['ok', 'none', 'pending', 'refused']);
    const csvFile = path.join(dir, 'review.csv');
    const csv = await runCli([...base, '--pairs', pairsFile, '--csv', '--output', csvFile]);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain('4 pair(s)');
    expect((parse(readFileSync(csvFile, 'utf8'), { columns: true }) as unknown[]).length).toBe(4);
  });

  it('exit 3 when the API account is refused, with the usual error document', async () => {
    const { base, pairsFile } = setup({ apiPassword: 'Wrong-Marker-Pass-9' });
    sim.resetCalls();
    const run = await runCli([...base, '--pairs', pairsFile, '--json']);
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'LOGIN_FAILED' } });
    expect(sim.calls.ImpersonateUser).toBe(0);
    expect(run.stdout + run.stderr).not.toContain('Wrong-Marker-Pass-9');
  });

  it('exit 4 when the back end cannot be reached', async () => {
    const { base, pairsFile } = setup({ endpointUrl: 'http://127.0.0.1:9/SecretServer/webservices/SSWebService.asmx' });
    const run = await runCli([...base, '--pairs', pairsFile]);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/^Error: Cannot reach .*\n\s+Code:\s+CONNECT$/m);
  });

  it('exit 2 for usage and input mistakes, each named in plain words', async () => {
    const { dir, base, pairsFile } = setup();
    const both = await runCli([...base, '--pairs', pairsFile, '--users', 'a', '--json', '--csv']);
    expect(both.code).toBe(2);
    // With --json the error is the usual document on standard output.
    expect(JSON.parse(both.stdout).error.message).toBe(
      'Give either --pairs, or --users with --endpoints, not both. Choose one of --json and --csv.',
    );
    const none = await runCli([...base]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Give the pairs: --pairs <file.csv>, or --users and --endpoints.');
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'CORP\\alice,ws01\nCORP\\bob\n');
    const line = await runCli([...base, '--pairs', bad, '--json']);
    expect(line.code).toBe(2);
    expect(JSON.parse(line.stdout).error).toMatchObject({
      code: 'VALIDATION',
      field: 'pairs',
      message: `${bad}: Line 2: the endpoint column is missing.`,
    });
    const conc = await runCli([...base, '--pairs', pairsFile, '--concurrency', '0']);
    expect(conc.code).toBe(2);
    expect(conc.stderr).toContain("--concurrency must be a whole number from 1 to 64; '0' is not.");
    const endpoint = await runCli([...base, '--users', 'CORP\\alice', '--endpoints', 'ws01,web 07']);
    expect(endpoint.code).toBe(2);
    expect(endpoint.stderr).toContain("Endpoint 2: the endpoint 'web 07' is not accepted");
    expect(endpoint.stderr).toContain('Option:      --endpoints');
  });

  it('--help shows the forms, an example and ECM_DATA_DIR', async () => {
    const help = await runCli(['test-access', '--help']);
    expect(help.code).toBe(0);
    for (const text of [
      '--pairs <file.csv>',
      '--users <file-or-list>',
      '--concurrency <n>',
      '--output <file>',
      'Example:',
      'ECM_DATA_DIR',
    ])
      expect(help.stdout).toContain(text);
  });
});
