import ssh2 from 'ssh2';
import { describe, expect, it } from 'vitest';
import { generateSshKeyPair } from './ssh-key-pair';

describe('generateSshKeyPair', () => {
  // ssh2 alone breaks about one Ed25519 pair in 256; 1,500 pairs would meet a broken one
  // with a probability above 99.7 %, so this fails if the retry is removed.
  it('never hands out an Ed25519 pair that does not parse again', () => {
    let broken = 0;
    for (let i = 0; i < 1500; i++) {
      const pair = generateSshKeyPair('ed25519');
      const pub = ssh2.utils.parseKey(pair.public);
      const priv = ssh2.utils.parseKey(pair.private);
      if (pub instanceof Error || priv instanceof Error) broken++;
      else expect((Array.isArray(pub) ? pub[0]! : pub).getPublicSSH().length).toBe(51); // 4+11 name, 4+32 key
    }
    expect(broken).toBe(0);
  });

  it('keeps the passphrase: the private key opens only with it', () => {
    const pair = generateSshKeyPair('ed25519', { passphrase: 'Key-Pass-3', cipher: 'aes256-ctr', rounds: 4 });
    expect(ssh2.utils.parseKey(pair.private, 'Key-Pass-3')).not.toBeInstanceOf(Error);
    expect(ssh2.utils.parseKey(pair.private, 'wrong')).toBeInstanceOf(Error);
  });
});
