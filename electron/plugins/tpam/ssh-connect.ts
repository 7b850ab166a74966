import ssh2, { type Client as SshClient } from 'ssh2';
import { EcmError } from '../../../shared/errors';
import type { PluginLogger } from '../../../shared/plugin/contract';
import { parseKnownHosts, verifyHostKey, type HostKeyVerdict, type KnownHostEntry } from './known-hosts';
import { connectError } from './ssh-errors';
import { fieldName } from './tpam-field-names';

const { Client, utils } = ssh2;

export interface SshTarget {
  host: string;
  port: number;
  username: string;
  privateKey: string;
  passphrase?: string;
  knownHosts: string;
  timeoutSeconds: number;
  /** Channels open at once on one connection (the server's per-connection session limit). */
  maxChannels?: number;
  /** Connections open at once when the channels of the open ones are all busy. */
  maxConnections?: number;
  /** How long an idle connection is kept for the next burst. */
  idleMs?: number;
  /** How long a channel closed early may wait for the server's close (CHANNEL_CLOSE_WAIT_MS). */
  closeWaitMs?: number;
  /** Name resolution (tests inject failures; by default ssh2 lets the OS resolve). */
  lookup?: (host: string) => Promise<string>;
}

/** Connections this process ended on purpose. */
const ended = new WeakSet<SshClient>();

/** Ends a connection on purpose: its close and any reset after it are not reported as failures. */
export function endConnection(client: SshClient): void {
  ended.add(client);
  client.end();
}

/**
 * Opens one SSH connection to TPAM: public key only, with the configured key (no agent, no
 * password, no ~/.ssh keys), and the host key must match a pinned known_hosts line; every
 * connection of a pool is checked the same way. `onDropped` is called when a connection that was
 * up closes without {@link endConnection}, so the pool stops handing out its channels.
 */
export function openSshConnection(t: SshTarget, log: PluginLogger, onDropped: () => void): Promise<SshClient> {
  const { entries, problems } = parseKnownHosts(t.knownHosts);
  if (entries.length === 0) {
    return Promise.reject(
      new EcmError({
        code: 'CONFIG',
        field: 'values.server_public_key',
        message: `${fieldName('server_public_key')} holds no usable known_hosts line${problems.length ? `: ${problems.join(' ')}` : '.'}`,
        hint: 'Use "Fetch host key" to read the TPAM host key, compare its fingerprint, and save it.',
      }),
    );
  }
  const key = utils.parseKey(t.privateKey, t.passphrase || undefined);
  if (key instanceof Error) return Promise.reject(keyError(key, Boolean(t.passphrase)));
  log.info(`Connecting via SSH to TPAM at ${t.host}:${t.port} as user '${t.username}'.`);
  const address = t.lookup
    ? t.lookup(t.host).catch((err: unknown) => {
        throw connectError(err, { host: t.host, port: t.port, user: t.username, timeoutSeconds: t.timeoutSeconds });
      })
    : Promise.resolve(t.host);
  return address.then((connectTo) => handshake(t, log, connectTo, entries, onDropped));
}

function handshake(
  t: SshTarget,
  log: PluginLogger,
  connectTo: string,
  entries: KnownHostEntry[],
  onDropped: () => void,
): Promise<SshClient> {
  return new Promise((resolve, reject) => {
    const client = new Client();
    let verdict: HostKeyVerdict | undefined;
    let presentedKey: Buffer | undefined;
    let ready = false;
    client.once('ready', () => {
      // Commands and answers are small: send them at once rather than after a delayed ACK.
      client.setNoDelay(true);
      ready = true;
      resolve(client);
    });
    client.on('error', (err) => {
      if (!ready)
        reject(
          connectError(err, {
            host: t.host,
            port: t.port,
            user: t.username,
            timeoutSeconds: t.timeoutSeconds,
            presentedKey,
            verdict,
          }),
        );
      // After we ended it ourselves a reset is expected noise, and the log may already be closed.
      else if (!ended.has(client)) log.warn(`The SSH connection to TPAM failed: ${err.message}`);
    });
    client.on('close', () => {
      // Closed by us (idle, settings change, exit) is routine; closed by the other side is worth a line.
      if (!ready || ended.has(client)) return;
      log.info(`The SSH connection to TPAM at ${t.host}:${t.port} was closed by the server or the network.`);
      // A dropped connection is replaced on the next command.
      onDropped();
    });
    client.connect({
      host: connectTo,
      port: t.port,
      username: t.username,
      privateKey: t.privateKey,
      ...(t.passphrase ? { passphrase: t.passphrase } : {}),
      readyTimeout: t.timeoutSeconds * 1000,
      tryKeyboard: false,
      hostVerifier: (hostKey: Buffer) => {
        presentedKey = hostKey;
        verdict = verifyHostKey(entries, t.host, t.port, hostKey);
        return verdict.ok;
      },
    });
  });
}

function keyError(err: Error, hadPassphrase: boolean): EcmError {
  const encrypted = /encrypted|passphrase|bad decrypt/i.test(err.message);
  return new EcmError({
    code: 'CONFIG',
    field: encrypted ? 'values.server_user_key_passphrase' : 'values.server_user_key',
    message: encrypted
      ? hadPassphrase
        ? `${fieldName('server_user_key')} could not be decrypted with the ${fieldName('server_user_key_passphrase')}.`
        : `${fieldName('server_user_key')} is encrypted: the ${fieldName('server_user_key_passphrase')} is needed.`
      : `${fieldName('server_user_key')} is not a private key this client can read (${err.message}).`,
    hint: "Use the CLI user's private key in PEM (RSA, DSA, EC) or OpenSSH format (RSA, ECDSA, Ed25519).",
  });
}
