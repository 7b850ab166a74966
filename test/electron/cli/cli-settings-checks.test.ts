import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSshKeyPair } from '../../simulators/tpam/ssh-key-pair';
import { runCli } from '../../support/run-cli';
import { useTempDirs } from '../../support/temp-dir';

const hostKey = generateSshKeyPair('ed25519').public.split(' ').slice(0, 2).join(' ');
const cliKey = generateSshKeyPair('ed25519').private;

function exchange(tpam: Record<string, unknown>) {
  return {
    format: 'ecm-configurator-settings',
    version: 1,
    activePlugin: 'tpam',
    plugins: {
      tpam: {
        server: 'tpam.corp.example',
        server_public_key: `tpam.corp.example ${hostKey}`,
        server_user: 'isacli',
        server_user_key: cliKey,
        ...tpam,
      },
    },
  };
}

// `config import` applies the plugin's own checks (what Test Settings would refuse) before saving anything.
describe('ecm-configurator config import: the plugin checks', () => {
  const tempDir = useTempDirs();

  it('refuses a TPAM server_public_key that is not a key: exit 2, the reason, nothing saved, the file unchanged', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    const common = ['--data-dir', dataDir];
    const bad = path.join(dir, 'bad.json');
    const badText = JSON.stringify(exchange({ server_public_key: 'not a key' }));
    writeFileSync(bad, badText);

    const first = await runCli(['config', 'import', bad, ...common]);
    expect(first.code).toBe(2);
    expect(first.stderr).toContain(
      "tpam.server_public_key: TPAM server public key (server_public_key): line 1 is not a known_hosts line or a public key ('not a key'). Paste the line from known_hosts or use Fetch host key.",
    );
    expect(first.stderr).toContain('Nothing was imported');
    expect(first.stderr).not.toContain(cliKey.split('\n')[1]!);
    expect(existsSync(path.join(dataDir, 'settings.json'))).toBe(false);
    expect(readFileSync(bad, 'utf8')).toBe(badText);

    // Over good saved settings, the refused import changes neither the settings nor their last good copy.
    const good = path.join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(exchange({})));
    expect((await runCli(['config', 'import', good, ...common])).code).toBe(0);
    const settings = readFileSync(path.join(dataDir, 'settings.json'), 'utf8');
    const lastGood = existsSync(path.join(dataDir, 'settings.last-good.json'))
      ? readFileSync(path.join(dataDir, 'settings.last-good.json'), 'utf8')
      : null;
    const again = await runCli(['config', 'import', bad, ...common]);
    expect(again.code).toBe(2);
    expect(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')).toBe(settings);
    expect(
      existsSync(path.join(dataDir, 'settings.last-good.json'))
        ? readFileSync(path.join(dataDir, 'settings.last-good.json'), 'utf8')
        : null,
    ).toBe(lastGood);

    const validate = await runCli(['config', 'validate', bad, '--json', ...common]);
    expect(validate.code).toBe(2);
    expect(JSON.parse(validate.stdout).problems).toEqual([
      { pluginId: 'tpam', key: 'server_public_key', message: expect.stringContaining("('not a key')") },
    ]);
  });

  it('refuses an encrypted private key without its passphrase, naming the passphrase field and quoting no key', async () => {
    const dir = tempDir();
    const encrypted = generateSshKeyPair('ed25519', {
      passphrase: 'Cli-Passphrase-3',
      cipher: 'aes256-ctr',
      rounds: 16,
    }).private;
    const file = path.join(dir, 'encrypted.json');
    writeFileSync(file, JSON.stringify(exchange({ server_user_key: encrypted })));
    const run = await runCli(['config', 'import', file, '--data-dir', path.join(dir, 'data')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'tpam.server_user_key_passphrase: Private key passphrase (server_user_key_passphrase) is needed: the private key is encrypted.',
    );
    for (const line of encrypted.split('\n').filter((l) => l.length > 20)) expect(run.stderr).not.toContain(line);
    expect(existsSync(path.join(dir, 'data', 'settings.json'))).toBe(false);
  });
});
