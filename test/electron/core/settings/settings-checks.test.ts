import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/open-core';
import { importExchange, parseExchange, EXCHANGE_FORMAT } from '../../../../electron/core/settings/settings-exchange';
import { createTpamPlugin } from '../../../../electron/plugins/tpam/tpam-plugin';
import type { CredentialStorePlugin } from '../../../../shared/plugin/contract';
import { generateSshKeyPair } from '../../../simulators/tpam/ssh-key-pair';
import { openTestCore, readLog } from '../../../support/core-fixture';
import { API_PASSWORD, staticVault, vaultSettings } from '../../../support/static-vault';
import { useTempDirs } from '../../../support/temp-dir';

const hostKey = generateSshKeyPair('ed25519').public.split(' ').slice(0, 2).join(' ');
const cliKey = generateSshKeyPair('ed25519').private;
const PASSPHRASE = 'Key-Passphrase-4';
const encryptedKey = generateSshKeyPair('ed25519', {
  passphrase: PASSPHRASE,
  cipher: 'aes256-ctr',
  rounds: 16,
}).private;

function tpamValues(overrides: Record<string, unknown> = {}) {
  return {
    server: 'tpam.corp.example',
    server_public_key: `tpam.corp.example ${hostKey}`,
    server_user: 'isacli',
    server_user_key: cliKey,
    ...overrides,
  };
}

const NOT_A_KEY =
  "TPAM server public key (server_public_key): line 1 is not a known_hosts line or a public key ('not a key'). Paste the line from known_hosts or use Fetch host key.";

describe('plugin settings checks in the core (Save, config import, checkSettings)', () => {
  const tempDir = useTempDirs();
  const open = (plugins: CredentialStorePlugin[] = [createTpamPlugin()]): Promise<Core> =>
    openTestCore(tempDir(), plugins);

  it('Save refuses a server_public_key that Test Settings would refuse, and writes nothing', async () => {
    const core = await open();
    try {
      await expect(
        core.api.saveSettings({ pluginId: 'tpam', values: tpamValues({ server_public_key: 'not a key' }) }),
      ).rejects.toMatchObject({
        code: 'VALIDATION',
        field: 'values.server_public_key',
        message: NOT_A_KEY,
        hint: 'Correct the highlighted settings; nothing was saved.',
      });
      expect(existsSync(core.settings.file)).toBe(false);
      // A good value is saved, and a later bad one leaves the file exactly as it was.
      await core.api.saveSettings({ pluginId: 'tpam', values: tpamValues() });
      const before = readFileSync(core.settings.file, 'utf8');
      await expect(
        core.api.saveSettings({
          pluginId: 'tpam',
          values: tpamValues({ server_user_key: { stored: true }, server_public_key: 'not a key' }),
        }),
      ).rejects.toMatchObject({ code: 'VALIDATION' });
      expect(readFileSync(core.settings.file, 'utf8')).toBe(before);
    } finally {
      await core.close();
    }
  });

  it('schema problems come first: the check does not talk over "is required"', async () => {
    const core = await open();
    try {
      await expect(
        core.api.saveSettings({ pluginId: 'tpam', values: tpamValues({ server: '', server_public_key: 'not a key' }) }),
      ).rejects.toMatchObject({
        code: 'VALIDATION',
        field: 'values.server',
        message: 'TPAM server is required.',
      });
    } finally {
      await core.close();
    }
  });

  it('checkSettings answers the problems of the values on screen, saving nothing and quoting no secret', async () => {
    const core = await open();
    try {
      expect(
        await core.api.checkSettings({ pluginId: 'tpam', values: tpamValues({ server_public_key: 'not a key' }) }),
      ).toEqual({
        problems: [{ key: 'server_public_key', label: 'TPAM server public key', message: NOT_A_KEY }],
      });
      const wrong = await core.api.checkSettings({
        pluginId: 'tpam',
        values: tpamValues({ server_user_key: encryptedKey, server_user_key_passphrase: 'Wrong-Passphrase-5' }),
      });
      expect(wrong.problems.map((p) => p.key)).toEqual(['server_user_key_passphrase']);
      expect(JSON.stringify(wrong)).not.toContain('Wrong-Passphrase-5');
      expect(existsSync(core.settings.file)).toBe(false);
      expect(readLog(core)).not.toContain('Wrong-Passphrase-5');
    } finally {
      await core.close();
    }
  });

  it('checks a typed passphrase against the stored key (unsealed in the core, never sent back)', async () => {
    const core = await open();
    try {
      await core.api.saveSettings({
        pluginId: 'tpam',
        values: tpamValues({ server_user_key: encryptedKey, server_user_key_passphrase: PASSPHRASE }),
      });
      const stored = { server_user_key: { stored: true as const } };
      expect(
        (
          await core.api.checkSettings({
            pluginId: 'tpam',
            values: tpamValues({ ...stored, server_user_key_passphrase: 'Not-It-6789' }),
          })
        ).problems[0],
      ).toMatchObject({
        key: 'server_user_key_passphrase',
        message: expect.stringContaining('does not decrypt the private key'),
      });
      expect(
        (
          await core.api.checkSettings({
            pluginId: 'tpam',
            values: tpamValues({ ...stored, server_user_key_passphrase: PASSPHRASE }),
          })
        ).problems,
      ).toEqual([]);
      // Clearing the passphrase of an encrypted stored key is refused on Save.
      await expect(
        core.api.saveSettings({
          pluginId: 'tpam',
          values: tpamValues({ server_user_key: encryptedKey, server_user_key_passphrase: '' }),
        }),
      ).rejects.toMatchObject({
        field: 'values.server_user_key_passphrase',
        message: 'Private key passphrase (server_user_key_passphrase) is needed: the private key is encrypted.',
      });
    } finally {
      await core.close();
    }
  });

  it('config import refuses the whole file when one value fails a check', async () => {
    const core = await open([createTpamPlugin(), staticVault]);
    try {
      const doc = {
        format: EXCHANGE_FORMAT,
        version: 1,
        activePlugin: 'tpam',
        plugins: { 'static-vault': vaultSettings(), tpam: tpamValues({ server_public_key: 'not a key' }) },
      };
      await expect(importExchange(core, parseExchange(core, doc, 'import.json'))).rejects.toMatchObject({
        code: 'VALIDATION',
        field: 'tpam.server_public_key',
        message: `tpam.server_public_key: ${NOT_A_KEY}`,
      });
      expect(existsSync(core.settings.file)).toBe(false);
    } finally {
      await core.close();
    }
  });

  it('withholds a check message that quotes a secret, and turns a throwing check into INTERNAL without its text', async () => {
    const echoing: CredentialStorePlugin = {
      ...staticVault,
      checkSettings: (values) => [
        { key: 'notes', label: 'Notes', message: `Notes: cannot be used with ${String(values.apiPassword)}.` },
      ],
    };
    const core = await open([echoing]);
    try {
      const answer = await core.api.checkSettings({ pluginId: 'static-vault', values: vaultSettings() });
      expect(answer.problems).toEqual([
        { key: 'notes', label: 'Notes', message: 'Notes cannot be used as given. Check it and type it again.' },
      ]);
      expect(JSON.stringify(answer)).not.toContain(API_PASSWORD);
    } finally {
      await core.close();
    }
    const throwing: CredentialStorePlugin = {
      ...staticVault,
      checkSettings: (values) => {
        throw new Error(`broken on ${String(values.apiPassword)}`);
      },
    };
    const core2 = await open([throwing]);
    try {
      const err = await core2.api
        .saveSettings({ pluginId: 'static-vault', values: vaultSettings() })
        .catch((e: unknown) => e);
      expect(err).toMatchObject({
        code: 'INTERNAL',
        message: "The settings check of the plugin 'static-vault' failed unexpectedly.",
      });
      expect(JSON.stringify(err)).not.toContain(API_PASSWORD);
      expect(existsSync(core2.settings.file)).toBe(false);
    } finally {
      await core2.close();
    }
  });
});
