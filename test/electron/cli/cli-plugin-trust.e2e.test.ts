import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as runCliInProcess } from '../../../electron/cli/program';
import { pluginSource, writePluginFile } from '../../support/plugin-folder';
import { runCli } from '../../support/run-cli';
import { VAULT_PLUGIN_MODULE } from '../../support/static-vault';
import { useTempDirs } from '../../support/temp-dir';

describe('ecm-configurator plugins: the plugins folder, hashes and trust', () => {
  const tempDir = useTempDirs();

  function setup() {
    const [dataDir, folder] = [tempDir(), tempDir()];
    const written = writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault'));
    const env = { ECM_PLUGINS_DIR: folder };
    const list = async (extra: string[] = []) => {
      const run = await runCli(['plugins', '--json', '--data-dir', dataDir, ...extra], env);
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout);
    };
    return { dataDir, folder, written, env, list };
  }

  it('plugins --json lists each plugin with its trust (built-ins marked built-in) and each folder file with its hash', async () => {
    const { folder, written, list } = setup();
    const doc = await list(['--plugin-module', VAULT_PLUGIN_MODULE]);
    expect(doc.plugins.map((p: { id: string; trust: string }) => [p.id, p.trust])).toEqual([
      ['tpam', 'built-in'],
      ['static-vault', 'command-line'],
      ['secret-server', 'built-in'],
    ]);
    expect(doc.plugins[1]).toMatchObject({
      file: VAULT_PLUGIN_MODULE,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(doc.pluginsFolder).toBe(folder);
    expect(doc.detected).toEqual([
      {
        file: 'acme-vault.mjs',
        size: written.size,
        sha256: written.sha256,
        trust: 'new',
        loaded: false,
        pluginIds: [],
      },
    ]);
  });

  it('plugins trust <file> shows name, size and SHA-256 and refuses without --yes when no terminal can confirm', async () => {
    const { dataDir, written, env, list } = setup();
    const run = await runCli(['plugins', 'trust', 'acme-vault.mjs', '--data-dir', dataDir], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Plugin file: acme-vault.mjs');
    expect(run.stderr).toContain(`Size:    ${written.size} bytes`);
    expect(run.stderr).toContain(`SHA-256: ${written.sha256}`);
    expect(run.stderr).toContain(
      'Error: Not trusted: acme-vault.mjs can only be trusted after confirming, and there is no terminal to ask on.',
    );
    expect((await list()).detected[0]).toMatchObject({ trust: 'new', loaded: false });
  });

  it('plugins trust <file> --yes trusts and loads it; a changed file is then refused, logged with both hashes, until trusted again', async () => {
    const { dataDir, folder, written, env, list } = setup();
    const run = await runCli(['plugins', 'trust', 'acme-vault.mjs', '--yes', '--data-dir', dataDir], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`Trusted acme-vault.mjs (SHA-256 ${written.sha256}). Loaded: acme-vault.\n`);
    const trusted = await list();
    expect(trusted.plugins.find((p: { id: string }) => p.id === 'acme-vault')).toMatchObject({
      trust: 'trusted',
      file: 'acme-vault.mjs',
      sha256: written.sha256,
    });
    expect(trusted.detected[0]).toMatchObject({ trust: 'trusted', loaded: true, pluginIds: ['acme-vault'] });

    const changed = writePluginFile(folder, 'acme-vault.mjs', pluginSource('acme-vault', { version: '9.9.9' }));
    const after = await list();
    expect(after.plugins.map((p: { id: string }) => p.id)).not.toContain('acme-vault');
    expect(after.detected[0]).toMatchObject({
      trust: 'changed',
      sha256: changed.sha256,
      trustedSha256: written.sha256,
      loaded: false,
    });
    expect(readFileSync(path.join(dataDir, 'Configurator.log'), 'utf8')).toContain(
      `it changed since it was trusted (trusted SHA-256 ${written.sha256}, now ${changed.sha256}`,
    );

    const human = await runCli(['plugins', '--data-dir', dataDir], env);
    expect(human.stdout).toMatch(
      new RegExp(`acme-vault\\.mjs\\s+${changed.size}\\s+${changed.sha256}\\s+changed\\s+no`),
    );
    expect(
      (await runCli(['plugins', 'trust', 'acme-vault.mjs', '--yes', '--json', '--data-dir', dataDir], env)).code,
    ).toBe(0);
    expect((await list()).plugins.find((p: { id: string }) => p.id === 'acme-vault')).toMatchObject({
      version: '9.9.9',
      trust: 'trusted',
    });
  }, 90_000); // seven CLI processes on a busy machine

  it('trusts only files in the plugins folder, by name', async () => {
    const { dataDir, env } = setup();
    const elsewhere = writePluginFile(tempDir(), 'acme-vault.mjs', pluginSource('acme-vault', { version: '6.6.6' }));
    const outside = await runCli(['plugins', 'trust', elsewhere.path, '--yes', '--data-dir', dataDir], env);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain(`${elsewhere.path} is not in the plugins folder`);
    const unknown = await runCli(['plugins', 'trust', 'nope.mjs', '--yes', '--data-dir', dataDir], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Error: No plugin file named nope.mjs is in the plugins folder');
  });

  it('asks on the terminal: only a yes trusts', async () => {
    const { dataDir, folder } = setup();
    const io = (answer: string) => {
      const out = { stdout: '', stderr: '', asked: [] as string[] };
      return {
        out,
        io: {
          out: (t: string) => void (out.stdout += t),
          err: (t: string) => void (out.stderr += t),
          confirm: async (q: string) => (out.asked.push(q), /^y(es)?$/i.test(answer)),
        },
      };
    };
    const no = io('n');
    expect(
      await runCliInProcess(['plugins', 'trust', 'acme-vault.mjs', '--data-dir', dataDir], no.io, {
        ECM_PLUGINS_DIR: folder,
      }),
    ).toBe(1);
    expect(no.out.asked).toEqual(['Trust acme-vault.mjs and run its code in ECM Configurator from now on?']);
    expect(no.out.stderr).toContain('Not trusted: acme-vault.mjs stays unloaded.');
    const yes = io('yes');
    expect(
      await runCliInProcess(['plugins', 'trust', 'acme-vault.mjs', '--data-dir', dataDir], yes.io, {
        ECM_PLUGINS_DIR: folder,
      }),
    ).toBe(0);
    expect(yes.out.stdout).toContain('Loaded: acme-vault.');
  });

  it('a packaged CLI takes its plugins folder from the installation only, never from ECM_PLUGINS_DIR', async () => {
    const { dataDir, folder } = setup();
    let stdout = '';
    const io = { out: (t: string) => void (stdout += t), err: () => {} };
    expect(
      await runCliInProcess(
        ['plugins', '--json', '--data-dir', dataDir],
        io,
        { ECM_PLUGINS_DIR: folder },
        { packaged: true },
      ),
    ).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ pluginsFolder: null, detected: [] });
  });
});
