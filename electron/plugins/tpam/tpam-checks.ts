import type { SettingsCheckContext } from '../../../shared/plugin/contract';
import type { SettingsValues } from '../../../shared/plugin/settings-schema';
import type { FieldProblem } from '../../../shared/plugin/settings-validation';
import { knownHostsProblems } from './known-hosts-check';
import { checkPrivateKey } from './private-key-check';
import { TPAM_FIELD_LABELS, fieldName, type TpamSettingKey } from './tpam-field-names';

/**
 * The TPAM plugin's `checkSettings`: what the SSH connection would refuse in a single setting,
 * found on Save, on import and as the admin types. The host key's match with the server is left
 * to Test Settings: that needs the server.
 */

const KEY = 'server_user_key' satisfies TpamSettingKey;
const PASSPHRASE = 'server_user_key_passphrase' satisfies TpamSettingKey;

function label(key: TpamSettingKey): string {
  return TPAM_FIELD_LABELS[key];
}

export async function checkTpamSettings(values: SettingsValues, ctx: SettingsCheckContext): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const knownHosts = String(values.server_public_key ?? '');
  const lines = knownHosts.trim() === '' ? [] : knownHostsProblems(knownHosts);
  if (lines.length > 0)
    problems.push({
      key: 'server_public_key',
      label: label('server_public_key'),
      message: `${fieldName('server_public_key')}: ${lines.join(' ')}`,
    });
  problems.push(...(await keyProblems(values, ctx)));
  return problems;
}

/**
 * The key and its passphrase are read together. A stored half is unsealed only when the other
 * half is typed now; a pair that is stored and untouched was checked when it was saved.
 */
async function keyProblems(values: SettingsValues, ctx: SettingsCheckContext): Promise<FieldProblem[]> {
  const typedKey = String(values[KEY] ?? '');
  const typedPassphrase = String(values[PASSPHRASE] ?? '');
  const keyStored = ctx.storedSecrets.has(KEY);
  const passphraseStored = ctx.storedSecrets.has(PASSPHRASE);
  if (typedKey === '' && !(keyStored && typedPassphrase !== '')) return [];
  const key = typedKey !== '' ? typedKey : await ctx.storedSecret(KEY);
  if (key === undefined) return [];
  let passphrase = typedPassphrase;
  if (passphrase === '' && passphraseStored) {
    const kept = await ctx.storedSecret(PASSPHRASE);
    if (kept === undefined) return []; // cannot be read here: Test Settings reports it
    passphrase = kept;
  }
  switch (checkPrivateKey(key, passphrase)) {
    case 'ok':
      return [];
    case 'not-a-key':
      return [
        problem(
          KEY,
          `${fieldName(KEY)}: this is not a private key the SSH client can read. Paste the whole key file, from its BEGIN line to its END line (PEM: RSA, DSA, EC; OpenSSH: RSA, ECDSA, Ed25519; PuTTY .ppk), or use Load from file…`,
        ),
      ];
    case 'public-key':
      return [
        problem(
          KEY,
          `${fieldName(KEY)}: this is a public key. Paste the ISA CLI user's private key, as downloaded from TPAM (not the .pub file).`,
        ),
      ];
    case 'needs-passphrase':
      return [problem(PASSPHRASE, `${fieldName(PASSPHRASE)} is needed: the private key is encrypted.`)];
    case 'wrong-passphrase':
      return [
        problem(
          PASSPHRASE,
          `${fieldName(PASSPHRASE)} does not decrypt the private key. Type the passphrase again, or paste the whole key again if it may have been cut short.`,
        ),
      ];
  }
}

function problem(key: TpamSettingKey, message: string): FieldProblem {
  return { key, label: label(key), message };
}
