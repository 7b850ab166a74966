import { describe, expect, it } from 'vitest';
import { importSpsIni } from '../../../../electron/plugins/tpam/sps-ini';
import { messages, minimal } from './sps-ini-import-helpers';

describe('SPS ini import: $ and secrets', () => {
  it('reports a secret given as $ as kept in the sealed store', () => {
    const { values } = importSpsIni(minimal('server_user_key_passphrase=$'));
    expect(values.server_user_key).toEqual({ stored: true });
    expect(values.server_user_key_passphrase).toEqual({ stored: true });
  });

  it('keeps the stored key when server_user_key is not in the file, and says why', () => {
    const { values, warnings } = importSpsIni(minimal().replace('server_user_key=$\n', ''));
    expect(values.server_user_key).toEqual({ stored: true });
    expect(warnings).toEqual([
      '[tpam] server_user_key: not in the file: the SPS plugin reads it from its credential store (host tpam, user server_user_key), so the ECM keeps the one it has sealed.',
    ]);
  });

  it('takes an inline key (continuation lines) and warns that it belongs in the store', () => {
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----';
    const text = minimal().replace('server_user_key=$', `server_user_key = ${pem.split('\n').join('\n ')}`);
    const { values, warnings } = importSpsIni(text);
    expect(values.server_user_key).toBe(pem);
    expect(warnings).toEqual([
      'Line 5, [tpam] server_user_key: the secret is written in the file itself: the ECM seals it in its store on Save; remove it from the file and write server_user_key=$ instead.',
    ]);
  });

  it('reads $$ as a literal $', () => {
    expect(importSpsIni(minimal('required_policy=$$\nsystem_prefix=$$$')).values).toMatchObject({
      required_policy: '$',
      system_prefix: '$$$',
    });
  });

  it('refuses $ for an option that is not a secret (the ECM cannot read SPS stores)', () => {
    expect(messages(minimal().replace('server_user=isacli', 'server_user=$'))).toEqual([
      'Line 4, [tpam] server_user: $ means "read it from the SPS credential store", which the ECM cannot read; write the value itself.',
    ]);
  });

  it('never shows a secret in an error message', () => {
    const text = minimal().replace('server_user_key=$', 'server_user_key=-----BEGIN 100% SECRET KEY-----');
    const lines = messages(text);
    expect(lines).toEqual([
      'Line 5, [tpam] server_user_key: a "%" is not followed by "%" or "("; write %% for a literal %.',
    ]);
    expect(lines.join('\n')).not.toContain('SECRET');
  });
});

describe('SPS ini import: a secret stays in its own option', () => {
  it('refuses a plain option that takes in a secret through a reference, without showing it', () => {
    const text = minimal('system_prefix=%(server_user_key)s').replace(
      'server_user_key=$',
      'server_user_key=KEY-MATERIAL-1234',
    );
    const lines = messages(text);
    expect(lines).toEqual([
      'Line 6, [tpam] system_prefix: %(server_user_key)s refers to a secret, which may not be copied into another option; write the value itself.',
    ]);
    expect(lines.join('\n')).not.toContain('KEY-MATERIAL');
  });
});
