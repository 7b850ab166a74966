import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoCliKey } from '../../simulators/tpam/demo-world';
import { billionLaughsIni } from '../../support/billion-laughs';
import { runCli } from '../../support/run-cli';
import { useTempDirs } from '../../support/temp-dir';

/** `config import|export --format sps-ini --plugin tpam`: the checks of the app's Import/Export .ini, from the command line. */

const HOST_KEY = 'tpam01.corp.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGa9aFHKV0nBHCp1Fz2Ks6pK9cJpD4c1pD4c1pD4c1pD';

/** An SPS ini; `key` is the [tpam] server_user_key line's value, `extra` lines go after it (from line 6). */
function ini({ key = '$', extra = [] as string[], port = 22 } = {}): string {
  const keyLines = key.trim().split('\n');
  return [
    '[tpam]',
    'server = tpam01.corp.example',
    `server_public_key = ${HOST_KEY}`,
    'server_user = isacli',
    `server_user_key = ${keyLines[0]}`,
    ...keyLines.slice(1).map((l) => `  ${l}`),
    ...extra,
    `server_port = ${port}`,
    '[plugin]',
    'config_version = 1',
    '',
  ].join('\n');
}

describe('ecm-configurator config import/export --format sps-ini', () => {
  const tempDir = useTempDirs();

  function setup() {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    const settingsJson = path.join(dataDir, 'settings.json');
    const write = (name: string, text: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      return file;
    };
    const cli = (...args: string[]) => runCli([...args, '--data-dir', dataDir]);
    const importIni = (file: string, ...extra: string[]) =>
      cli('config', 'import', '--format', 'sps-ini', '--plugin', 'tpam', file, ...extra);
    const savedTpam = async () => JSON.parse((await cli('config', 'export')).stdout).plugins.tpam;
    return { dir, dataDir, settingsJson, write, cli, importIni, savedTpam };
  }

  it('imports a key written in the file only with --yes, after printing the warning, and seals it', async () => {
    const { write, importIni, settingsJson, savedTpam } = setup();
    const key = demoCliKey().privateKey;
    const keyLine = key.split('\n')[1]!;
    const file = write('with-key.ini', ini({ key }));

    const refused = await importIni(file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'Warning: Line 5, [tpam] server_user_key: the secret is written in the file itself',
    );
    expect(refused.stderr).toContain('1 warning(s) above; nothing was imported.');
    expect(refused.stderr).toContain('--yes');
    expect(refused.stdout + refused.stderr).not.toContain(keyLine);
    expect(existsSync(settingsJson)).toBe(false);

    const accepted = await importIni(file, '--yes');
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain('Imported the settings of tpam from');
    expect(accepted.stdout).toContain('1 warning(s) accepted with --yes');
    expect(readFileSync(settingsJson, 'utf8')).not.toContain(keyLine);
    expect(await savedTpam()).toMatchObject({
      server: 'tpam01.corp.example',
      server_port: 22,
      server_user_key: { stored: true },
    });

    // A clean file ($ for the key) needs no --yes and keeps the sealed key.
    const clean = await importIni(write('clean.ini', ini({ port: 2222 })));
    expect(clean.code).toBe(0);
    expect(clean.stderr).toBe('');
    expect(await savedTpam()).toMatchObject({ server_port: 2222, server_user_key: { stored: true } });
  });

  it('reports a mistyped option with a suggestion and saves nothing until --yes', async () => {
    const { write, importIni, savedTpam } = setup();
    expect((await importIni(write('seed.ini', ini({ key: demoCliKey().privateKey })), '--yes')).code).toBe(0);
    const file = write('typo.ini', ini({ port: 2222 }).replace('server_port = 2222', 'sever_port = 2222'));
    const refused = await importIni(file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'Warning: Line 6, [tpam] sever_port: not a TPAM plugin option (did you mean server_port?); it is not imported.',
    );
    expect(await savedTpam()).toMatchObject({ server_port: 22 });
    expect((await importIni(file, '--yes')).code).toBe(0);
  });

  it('lists every error at its ini line, one per line, in plain words, and saves nothing', async () => {
    const { write, importIni, settingsJson } = setup();
    const run = await importIni(
      write('bad.ini', ini({ extra: ['system_maptoreal = maybe', 'authorization = ticket'], port: 70000 })),
    );
    expect(run.code).toBe(2);
    const errorLines = run.stderr.split('\n').filter((l) => /^(Error: )?Line \d+, /.test(l));
    expect(errorLines).toEqual([
      'Error: Line 6, [tpam] system_maptoreal: "maybe" is not allowed; write yes or no.',
      'Line 7, [tpam] authorization: "ticket" is not allowed; write gateway, approval or policy.',
      'Line 8, [tpam] server_port: "70000": SSH port must be at most 65535.',
    ]);
    expect(run.stderr).not.toMatch(/\('|option='/);
    expect(run.stderr).toContain(
      '3 problems in the file; fix each line named above and import again. Nothing was imported.',
    );
    expect(existsSync(settingsJson)).toBe(false);
  });

  it('refuses a billion laughs file at once (the CLI process is killed after 20 s), naming option and line', async () => {
    const { write, importIni } = setup();
    const run = await importIni(write('laughs.ini', billionLaughsIni()));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^Error: Line 6, \[tpam\] system_prefix: the value uses more than 1000 %\(name\)s references/,
    );
  });

  it('refuses a key written as $ when none is sealed on this machine', async () => {
    const { write, importIni, settingsJson } = setup();
    const run = await importIni(write('no-key.ini', ini()));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('tpam.server_user_key');
    expect(existsSync(settingsJson)).toBe(false);
  });

  it('exports the saved settings as an SPS ini, secrets as $, to standard output or --output, and the file imports back cleanly', async () => {
    const { dir, write, cli, importIni } = setup();
    const key = demoCliKey().privateKey;
    expect((await importIni(write('seed.ini', ini({ key, port: 2222 })), '--yes')).code).toBe(0);

    const out = await cli('config', 'export', '--format', 'sps-ini', '--plugin', 'tpam');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^server_user_key=\$$/m);
    expect(out.stdout).toMatch(/^server_port=2222$/m);
    expect(out.stdout).not.toContain(key.split('\n')[1]!);

    const file = path.join(dir, 'exported.ini');
    const toFile = await cli('config', 'export', '--format', 'sps-ini', '--plugin', 'tpam', '--output', file);
    expect(toFile.code).toBe(0);
    expect(toFile.stderr).toContain(`exported to ${file}; secrets are written as $`);
    expect(readFileSync(file, 'utf8')).toBe(out.stdout);
    const back = await importIni(file);
    expect(back.code).toBe(0);
    expect(back.stderr).toBe('');
  });

  it('names what is wrong with the options', async () => {
    const { write, cli } = setup();
    const file = write('any.ini', ini());
    const noPlugin = await cli('config', 'import', '--format', 'sps-ini', file);
    expect(noPlugin.code).toBe(2);
    expect(noPlugin.stderr).toContain('--format sps-ini needs --plugin <id>');
    const wrongPlugin = await cli('config', 'export', '--format', 'sps-ini', '--plugin', 'secret-server');
    expect(wrongPlugin.code).toBe(2);
    expect(wrongPlugin.stderr).toContain("Plugin 'secret-server' has no SPS ini settings file");
    const badFormat = await cli('config', 'export', '--format', 'xml');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('json, sps-ini');
    const strayPlugin = await cli('config', 'import', '--plugin', 'tpam', file);
    expect(strayPlugin.code).toBe(2);
    expect(strayPlugin.stderr).toContain('--plugin is used only with --format sps-ini');
    const nothingSaved = await cli('config', 'export', '--format', 'sps-ini', '--plugin', 'tpam');
    expect(nothingSaved.code).toBe(2);
    expect(nothingSaved.stderr).toContain("No settings of plugin 'tpam' are saved");
  });
});
