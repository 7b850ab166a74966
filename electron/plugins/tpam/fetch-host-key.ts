import ssh2 from 'ssh2';

// ssh2 is CommonJS: a default import works in Node's ESM loader, the bundler and vitest alike.
const { Client } = ssh2;
import { EcmError } from '../../../shared/errors';
import { fingerprintSha256, keyTypeOf, knownHostsLine } from './known-hosts';
import { connectError } from './ssh-errors';

export interface FetchedHostKey {
  knownHostsLine: string;
  fingerprint: string;
  keyType: string;
}

/**
 * "Fetch host key": connects, takes the key the server presents and disconnects before any
 * authentication. The result is shown for the admin to compare and confirm; nothing is trusted here.
 */
export function fetchHostKey(host: string, port: number, timeoutSeconds: number): Promise<FetchedHostKey> {
  return new Promise((resolve, reject) => {
    const client = new Client();
    let captured: Buffer | undefined;
    const done = (fn: () => void) => {
      client.removeAllListeners('error');
      client.on('error', () => undefined);
      client.end();
      fn();
    };
    client.on('error', (err) => {
      if (captured) {
        const key = captured;
        return done(() =>
          resolve({
            knownHostsLine: knownHostsLine(host, port, key),
            fingerprint: fingerprintSha256(key),
            keyType: keyTypeOf(key) ?? 'unknown',
          }),
        );
      }
      done(() => reject(connectError(err, { host, port, user: '(none)', timeoutSeconds })));
    });
    client.on('ready', () =>
      done(() =>
        reject(new EcmError({ code: 'PROTOCOL', message: 'The server accepted a connection without authentication.' })),
      ),
    );
    client.connect({
      host,
      port,
      username: 'ecm-host-key-probe',
      readyTimeout: timeoutSeconds * 1000,
      // Refusing the key ends the handshake right after the server proved it holds it.
      hostVerifier: (key: Buffer) => {
        captured = key;
        return false;
      },
    });
  });
}
