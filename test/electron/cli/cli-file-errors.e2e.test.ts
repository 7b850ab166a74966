import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { useTempDirs } from '../../support/temp-dir';

// Files named on the command line that cannot be read or written: plain words and exit 2, never
// Node's error code (ENOENT, EISDIR) or "Unexpected error".
describe('ecm-configurator: files that cannot be read or written', () => {
  const tempDir = useTempDirs();

  const expectPlain = (stderr: string) => {
    expect(stderr).not.toMatch(/ENOENT|EISDIR|ENOTDIR|Unexpected error|INTERNAL/);
  };

  it('a settings file that does not exist, or is a folder, is named with what is wrong', async () => {
    const dir = tempDir();
    const data = ['--data-dir', path.join(dir, 'data')];
    const missing = path.join(dir, 'no-such.json');
    const run = await runCli(['config', 'import', missing, ...data]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Cannot read the settings file ${missing}: there is no such file.`);
    expectPlain(run.stderr);
    const folder = await runCli(['config', 'import', '--format', 'sps-ini', '--plugin', 'tpam', dir, ...data]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`Cannot read the settings file ${dir}: it is a folder, not a file.`);
    expectPlain(folder.stderr);
  });

  it('config export --output into a missing folder or onto a folder: exit 2, nothing created', async () => {
    const dir = tempDir();
    const data = ['--data-dir', path.join(dir, 'data')];
    const inMissing = path.join(dir, 'missing', 'settings.json');
    const run = await runCli(['config', 'export', '--output', inMissing, ...data]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `Cannot write the --output file ${inMissing}: the folder ${path.dirname(inMissing)} does not exist.`,
    );
    expect(existsSync(path.dirname(inMissing))).toBe(false);
    expectPlain(run.stderr);
    const folder = path.join(dir, 'a-folder');
    mkdirSync(folder);
    const onFolder = await runCli(['config', 'export', '--output', folder, ...data]);
    expect(onFolder.code).toBe(2);
    expect(onFolder.stderr).toContain(`Cannot write the --output file ${folder}: it is a folder, not a file.`);
    expectPlain(onFolder.stderr);
  });
});
