import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  interpolate,
  MAX_EXPANDED_LENGTH,
  MAX_EXPANSIONS,
} from '../../../../electron/plugins/tpam/sps-ini-interpolate';
import { billionLaughsIni } from '../../../support/billion-laughs';
import { useTempDirs } from '../../../support/temp-dir';

/**
 * The bounds on %(name)s interpolation. Without them a few hundred bytes of ini block the process
 * for hours or exhaust its memory; with them the file is refused at once, naming option and line.
 */

const CHILD = path.join(__dirname, 'sps-ini-import-child.ts');

describe('SPS ini interpolation limits (interpolate)', () => {
  /** A lookup over `options` that throws once it has been asked far more often than any cap allows. */
  function tripwireLookup(options: Record<string, string>) {
    let calls = 0;
    return (name: string) => {
      calls += 1;
      if (calls > 100 * MAX_EXPANSIONS) throw new Error(`interpolate looked up ${calls} references: no cap stopped it`);
      return options[name];
    };
  }
  const laughs = (leaf: string) =>
    Object.fromEntries([...Array.from({ length: 9 }, (_, i) => [`v${i}`, `%(v${i + 1})s`.repeat(16)]), ['v9', leaf]]);
  const target = { section: 'tpam', option: 'system_prefix', line: 6, raw: '%(v0)s', secret: false };

  it('stops a value that expands to nothing after MAX_EXPANSIONS references, naming option and line', () => {
    const result = interpolate(target, tripwireLookup(laughs('')));
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        line: 6,
        section: 'tpam',
        option: 'system_prefix',
        message: expect.stringMatching(
          /^Line 6, \[tpam\] system_prefix: the value uses more than 1000 %\(name\)s references/,
        ),
      }),
    });
  });

  it('stops a value that grows past 64 KiB, long before the reference cap', () => {
    const options = { a: 'x'.repeat(1000), b: '%(a)s'.repeat(10), c: '%(b)s'.repeat(10) }; // 100,000 characters from 111 references
    const result = interpolate({ ...target, raw: '%(c)s' }, tripwireLookup(options));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(
      /^Line 6, \[tpam\] system_prefix: the %\(name\)s references make the value longer than 65536 characters \(64 KiB\)/,
    );
  });

  it('accepts a value of exactly 64 KiB and exactly MAX_EXPANSIONS references', () => {
    const long = interpolate(
      { ...target, raw: '%(b)s' },
      (name) => ({ a: 'x'.repeat(1024), b: '%(a)s'.repeat(64) })[name],
    );
    expect(long.ok && long.value.length).toBe(MAX_EXPANDED_LENGTH);
    const many = interpolate({ ...target, raw: '%(a)s'.repeat(MAX_EXPANSIONS) }, () => 'y');
    expect(many.ok && many.value).toBe('y'.repeat(MAX_EXPANSIONS));
    const tooMany = interpolate({ ...target, raw: '%(a)s'.repeat(MAX_EXPANSIONS + 1) }, () => 'y');
    expect(tooMany.ok).toBe(false);
  });

  it('never shows a secret in the limit message', () => {
    const result = interpolate(
      { ...target, option: 'server_user_key', raw: 'SECRET-PART%(v0)s', secret: true },
      tripwireLookup(laughs('SECRET-LEAF')),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).not.toContain('SECRET');
  });
});

describe('SPS ini import refuses a billion laughs file quickly', () => {
  const tempDir = useTempDirs();
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
  });

  /** importSpsIni in a child process, so that an import that never ends fails the test at its timeout instead of blocking the runner. */
  function importInChild(text: string): Promise<{ ok: boolean; code?: string; message?: string; field?: string }> {
    const file = path.join(tempDir(), 'laughs.ini');
    writeFileSync(file, text);
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file], { stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0
          ? resolve(JSON.parse(out))
          : reject(new Error(`the import process ended with ${code}: ${err.slice(-500)}`)),
      );
    });
  }

  // Each structure below runs for hours (empty leaf) or exhausts memory (long leaf) without the caps;
  // with them it ends in well under a second. The 20 s timeout is only the net for a removed cap.
  it.each([
    ['an empty leaf (only the reference cap stops it)', '', /the value uses more than 1000 %\(name\)s references/],
    [
      'a leaf of 4 KiB (the length cap stops it first)',
      'x'.repeat(4096),
      /make the value longer than 65536 characters \(64 KiB\)/,
    ],
  ])(
    'with %s: a VALIDATION error naming the option and its line',
    async (_name, leaf, reason) => {
      const text = billionLaughsIni({ leaf });
      const result = await importInChild(text);
      expect(result.ok).toBe(false);
      expect(result.code).toBe('VALIDATION');
      expect(result.field).toBe('values.system_prefix');
      const [first] = (result.message ?? '').split('\n');
      expect(first).toMatch(/^Line 6, \[tpam\] system_prefix: /);
      expect(first).toMatch(reason);
    },
    20_000,
  );

  it('the empty-leaf file is small: about 1 kB of text asks for 16^9 substitutions', () => {
    expect(billionLaughsIni().length).toBeLessThan(1300);
  });
});
