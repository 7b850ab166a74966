import ssh2 from 'ssh2';

const { utils } = ssh2;

type KeyType = 'rsa' | 'ecdsa' | 'ed25519';
type Options = { bits?: number; comment?: string; passphrase?: string; cipher?: string; rounds?: number };

/**
 * `ssh2.utils.generateKeyPairSync`, but never a broken pair. ssh2 (1.17) strips leading zero
 * bytes from an Ed25519 public key, so about one key in 256 comes out 31 bytes long and neither
 * half parses again (mscdex/ssh2#1390, #1513). That only concerns keys ssh2 makes; keys made by
 * ssh-keygen parse fine. Tests, simulators and the demo make theirs here so none fails by chance.
 */
export function generateSshKeyPair(type: KeyType, options: Options = {}): { private: string; public: string } {
  for (let attempt = 0; attempt < 20; attempt++) {
    const pair = utils.generateKeyPairSync(type as 'ed25519', options as never);
    const priv = utils.parseKey(pair.private, options.passphrase);
    const pub = utils.parseKey(pair.public);
    if (!(priv instanceof Error) && !(pub instanceof Error)) return pair;
  }
  throw new Error(`ssh2 made no usable ${type} key pair in 20 attempts`);
}
