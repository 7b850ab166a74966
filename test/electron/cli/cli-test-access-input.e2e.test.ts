import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../../support/run-cli';
import { useTempDirs } from '../../support/temp-dir';

/** The option an error names: `Option: --x` on standard error, or the JSON document's field. */
function optionNamed(run: CliRun): string | undefined {
  if (run.stdout.trimStart().startsWith('{'))
    return `--${(JSON.parse(run.stdout) as { error: { field: string } }).error.field}`;
  return /^\s+Option:\s+(\S+)$/m.exec(run.stderr)?.[1];
}

// [what, arguments after the settings and a valid --pairs file (PAIRS), the option named, the words].
// Every case is refused before anything connects, so no back end runs (the Endpoint URL is closed).
const CASES: [string, string[], string, RegExp][] = [
  [
    '--concurrency 0',
    ['--pairs', 'PAIRS', '--concurrency', '0'],
    '--concurrency',
    /--concurrency must be a whole number from 1 to 64; '0' is not\./,
  ],
  ['--concurrency abc', ['--pairs', 'PAIRS', '--concurrency', 'abc'], '--concurrency', /'abc' is not\./],
  [
    '--timeout -1',
    ['--pairs', 'PAIRS', '--timeout', '-1'],
    '--timeout',
    /--timeout must be a whole number of seconds from 1 to 3600; '-1' is not\./,
  ],
  [
    'a missing --pairs file',
    ['--pairs', 'DIR/missing.csv'],
    '--pairs',
    /Cannot read the --pairs file .*missing\.csv: there is no such file\./,
  ],
  [
    'a folder as --pairs',
    ['--pairs', 'DIR'],
    '--pairs',
    /Cannot read the --pairs file .*: it is a folder, not a file\./,
  ],
  [
    '--pairs with --users',
    ['--pairs', 'PAIRS', '--users', 'a'],
    '--pairs',
    /Give either --pairs, or --users with --endpoints, not both\./,
  ],
  ['--users without --endpoints', ['--users', 'CORP\\alice'], '--endpoints', /--endpoints is needed with --users\./],
  ['--json with --csv', ['--pairs', 'PAIRS', '--json', '--csv'], '--csv', /Choose one of --json and --csv\./],
  [
    '--output into a missing folder',
    ['--pairs', 'PAIRS', '--output', 'DIR/nodir/out.csv'],
    '--output',
    /Cannot write the --output file .*: the folder .*nodir does not exist\./,
  ],
  ['an empty pairs file', ['--pairs', 'DIR/empty.csv'], '--pairs', /empty\.csv: The CSV has no pairs\./],
  ['a pairs file with only a header', ['--pairs', 'DIR/header.csv'], '--pairs', /header\.csv: The CSV has no pairs\./],
];

describe('ecm-configurator test-access refuses bad options in plain words', () => {
  const tempDir = useTempDirs();

  it.each(CASES)('%s: exit 2, naming the option', async (_what, args, option, words) => {
    const dir = tempDir();
    const settings = path.join(dir, 'ss.json');
    const endpointUrl = 'http://127.0.0.1:9/SecretServer/webservices/SSWebservice.asmx';
    writeFileSync(
      settings,
      JSON.stringify({ endpointUrl, allowUnencryptedHttp: true, apiUser: 'u', apiPassword: 'p' }),
    );
    writeFileSync(path.join(dir, 'pairs.csv'), 'user,endpoint\nCORP\\alice,ws01\n');
    writeFileSync(path.join(dir, 'empty.csv'), '');
    writeFileSync(path.join(dir, 'header.csv'), 'user,endpoint\n');
    const kept = path.join(dir, 'kept.csv');
    writeFileSync(kept, 'earlier results\n');
    const typed = args.map((a) => (a === 'PAIRS' ? path.join(dir, 'pairs.csv') : a.replace('DIR', dir)));
    // A run refused for its options must not clobber an earlier --output file (unless that is the fault).
    const output = typed.includes('--output') ? [] : ['--output', kept];

    const run = await runCli([
      'test-access',
      '--plugin',
      'secret-server',
      '--settings',
      settings,
      '--data-dir',
      path.join(dir, 'data'),
      ...typed,
      ...output,
    ]);

    expect(run.code).toBe(2);
    expect(optionNamed(run)).toBe(option);
    const text = run.stdout + run.stderr;
    expect(text).toMatch(words);
    expect(text).not.toMatch(/\bE[A-Z]{3,}\b|Invalid input|Too (small|big)|\bat \S+ \(/); // no errno, zod or stack
    expect(readFileSync(kept, 'utf8')).toBe('earlier results\n');
  });
});
