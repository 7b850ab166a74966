import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { refuseSharedDataDir } from '../../../electron/core/security/private-paths';
import { CLI, runCli, type CliRun } from '../../support/run-cli';
import { ROOT, VAULT_PLUGIN_MODULE, vaultSettings } from '../../support/static-vault';
import { useTempDirs } from '../../support/temp-dir';

// POSIX only: on Windows mode bits do not describe who may open a file (NTFS ACLs do).
const posix = process.platform !== 'win32';
if (!posix) console.warn('cli-private-files: skipped on Windows, where file modes are not NTFS permissions.');

const modeOf = (file: string) => (statSync(file).mode & 0o777).toString(8).padStart(3, '0');

/** The CLI under umask 000, so every mode it gets is the one the code asked for, not the umask's. */
function runCliOpenUmask(args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', 'umask 000 && exec "$0" "$@"', process.execPath, CLI, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.runIf(posix)('the data directory stays private (POSIX)', () => {
  const tempDir = useTempDirs();

  function exchangeFile(dir: string): string {
    const file = path.join(dir, 'import.json');
    writeFileSync(
      file,
      JSON.stringify({ format: 'ecm-configurator-settings', version: 1, plugins: { 'static-vault': vaultSettings() } }),
    );
    return file;
  }

  it('creates the data directory 0700 and settings, last good copy, sealing.key and Configurator.log 0600, whatever the umask', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'nested', 'data');
    const args = ['config', 'import', exchangeFile(dir), '--data-dir', dataDir, '--plugin-module', VAULT_PLUGIN_MODULE];
    expect((await runCliOpenUmask(args)).code).toBe(0);
    expect(modeOf(path.join(dir, 'nested'))).toBe('700');
    expect(modeOf(dataDir)).toBe('700');
    for (const name of ['settings.json', 'sealing.key', 'Configurator.log']) {
      expect([name, modeOf(path.join(dataDir, name))]).toEqual([name, '600']);
    }
    expect((await runCliOpenUmask(args)).code).toBe(0); // the second save writes the last good copy
    expect(modeOf(path.join(dataDir, 'settings.last-good.json'))).toBe('600');
  }, 60_000);

  it('refuses a data directory that other users can write, naming it and the fix, and touches nothing in it', async () => {
    for (const mode of [0o770]) {
      const dataDir = path.join(tempDir(), 'ECM data');
      mkdirSync(dataDir);
      chmodSync(dataDir, mode);
      const run = await runCli(['plugins', '--data-dir', dataDir]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `Error: The data directory ${dataDir} can be written by other users (mode 0${mode.toString(8)})`,
      );
      expect(run.stderr).toContain(`chmod 700 '${dataDir}'`);
      expect(existsSync(path.join(dataDir, 'sealing.key'))).toBe(false);
      chmodSync(dataDir, 0o700);
      expect((await runCli(['plugins', '--data-dir', dataDir])).code).toBe(0);
    }
  }, 60_000);

  it('refuses a sealing.key that other users can write or read, naming it and the fix', async () => {
    const dataDir = path.join(tempDir(), 'data');
    expect((await runCli(['plugins', '--data-dir', dataDir])).code).toBe(0);
    const key = path.join(dataDir, 'sealing.key');
    for (const [mode, what] of [
      [0o620, 'written'],
      [0o604, 'read'],
    ] as const) {
      chmodSync(key, mode);
      const run = await runCli(['plugins', '--json', '--data-dir', dataDir]);
      expect(run.code).toBe(2);
      expect(JSON.parse(run.stdout).error).toMatchObject({
        code: 'CONFIG',
        message: `The sealing key ${key} can be ${what} by other users (mode 0${mode.toString(8)}): with it, anyone can unseal the stored secrets.`,
        hint: `Make it private to this account: chmod 600 ${key}`,
      });
    }
    chmodSync(key, 0o600);
    expect((await runCli(['plugins', '--data-dir', dataDir])).code).toBe(0);
  }, 60_000);

  it('checks every group and other bit: write on the folder, read or write on the key', async () => {
    const dataDir = tempDir();
    const key = path.join(dataDir, 'sealing.key');
    writeFileSync(key, 'k', { mode: 0o600 });
    for (const mode of [0o720, 0o702, 0o777, 0o1777]) {
      chmodSync(dataDir, mode);
      await expect(refuseSharedDataDir(dataDir)).rejects.toMatchObject({
        code: 'CONFIG',
        field: 'data-dir',
        hint: `Make it private to this account: chmod 700 ${dataDir}`,
      });
    }
    for (const mode of [0o700, 0o750, 0o755, 0o705]) {
      chmodSync(dataDir, mode);
      await expect(refuseSharedDataDir(dataDir)).resolves.toBeUndefined();
    }
    for (const mode of [0o660, 0o606, 0o640, 0o604, 0o610]) {
      chmodSync(key, mode);
      await expect(refuseSharedDataDir(dataDir)).rejects.toMatchObject({
        code: 'CONFIG',
        hint: `Make it private to this account: chmod 600 ${key}`,
      });
    }
    chmodSync(key, 0o400);
    await expect(refuseSharedDataDir(dataDir)).resolves.toBeUndefined();
  });
});

describe('the data directory check on Windows', () => {
  const tempDir = useTempDirs();
  it('is skipped: mode bits are not NTFS permissions there', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    await expect(refuseSharedDataDir(dir, 'win32')).resolves.toBeUndefined();
    if (posix)
      await expect(refuseSharedDataDir(dir, 'linux')).rejects.toMatchObject({ code: 'CONFIG', field: 'data-dir' });
  });
});
