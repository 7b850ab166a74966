import ssh2, { type Client as SshClient, type ClientChannel } from 'ssh2';
import { EcmError } from '../../../shared/errors';
import type { PluginLogger } from '../../../shared/plugin/contract';
import { parseKnownHosts, verifyHostKey, type HostKeyVerdict, type KnownHostEntry } from './known-hosts';
import { connectError } from './ssh-errors';
import { fieldName } from './tpam-field-names';

const { Client, utils } = ssh2;

/** Connections this process ended on purpose. */
const ended = new WeakSet<SshClient>();

export interface SshTarget {
  host: string;
  port: number;
  username: string;
  privateKey: string;
  passphrase?: string;
  knownHosts: string;
  timeoutSeconds: number;
  /** Channels open at once on the one connection (OpenSSH servers allow 10 sessions by default). */
  maxChannels?: number;
  /** How long an idle connection is kept for the next burst. */
  idleMs?: number;
  /** Name resolution (tests inject failures; by default ssh2 lets the OS resolve). */
  lookup?: (host: string) => Promise<string>;
}

export interface ExecResult {
  command: string;
  stdout: string;
  stderr: string;
  exitCode: number | null;
}

/**
 * One SSH connection per burst of TPAM commands: each command is its own exec channel (no pty),
 * several at once up to a bound, stdout read to EOF, stderr kept for diagnostics. The connection
 * is kept for a short idle time for the next request, then closed. Authentication is public key
 * only, with the configured key (no agent, no password, no ~/.ssh keys), and the host key must
 * match a pinned known_hosts line.
 */
export class SshPool {
  private connection: Promise<SshClient> | null = null;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private idleTimer: NodeJS.Timeout | null = null;
  /** Connections opened so far (for tests and benchmarks). */
  connects = 0;

  constructor(
    private readonly target: SshTarget,
    private readonly log: PluginLogger,
  ) {}

  async exec(command: string, signal: AbortSignal): Promise<ExecResult> {
    await this.acquire(signal);
    try {
      const client = await this.connect();
      return await this.run(client, command, signal);
    } finally {
      this.release();
    }
  }

  /** Opens the connection now (Test Settings shows it as its own step); true when a new one was made. */
  async ready(): Promise<boolean> {
    const before = this.connects;
    await this.connect();
    // No channel was taken, so none is handed on: only an unused connection starts its idle time.
    this.scheduleIdle();
    return this.connects > before;
  }

  /** Ends the pooled connection; true when one was open (or opening). */
  close(): boolean {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const pending = this.connection;
    this.connection = null;
    void pending?.then(
      (c) => {
        ended.add(c);
        c.end();
      },
      () => undefined,
    );
    return pending !== null;
  }

  private acquire(signal: AbortSignal): Promise<void> {
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
    if (this.active < (this.target.maxChannels ?? 4)) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const go = () => {
        signal.removeEventListener('abort', onAbort);
        this.active++;
        resolve();
      };
      const onAbort = () => {
        const i = this.waiting.indexOf(go);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(new EcmError({ code: 'CANCELLED', message: 'The request was cancelled.' }));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(go);
    });
  }

  private release(): void {
    this.active -= 1;
    const next = this.waiting.shift();
    if (next) return next();
    this.scheduleIdle();
  }

  /** One idle timer at most: a second one left running would close the connection under later commands. */
  private scheduleIdle(): void {
    if (this.active > 0 || !this.connection) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.close(), this.target.idleMs ?? 5000);
    this.idleTimer.unref();
  }

  private connect(): Promise<SshClient> {
    this.connection ??= this.open().catch((err: unknown) => {
      this.connection = null;
      throw err;
    });
    return this.connection;
  }

  private open(): Promise<SshClient> {
    const t = this.target;
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
    this.log.info(`Connecting via SSH to TPAM at ${t.host}:${t.port} as user '${t.username}'.`);
    const address = t.lookup
      ? t.lookup(t.host).catch((err: unknown) => {
          throw connectError(err, { host: t.host, port: t.port, user: t.username, timeoutSeconds: t.timeoutSeconds });
        })
      : Promise.resolve(t.host);
    return address.then((connectTo) => this.handshake(connectTo, entries));
  }

  private handshake(connectTo: string, entries: KnownHostEntry[]): Promise<SshClient> {
    const t = this.target;
    return new Promise((resolve, reject) => {
      const client = new Client();
      let verdict: HostKeyVerdict | undefined;
      let presentedKey: Buffer | undefined;
      let ready = false;
      client.once('ready', () => {
        // Commands and answers are small: send them at once rather than after a delayed ACK.
        client.setNoDelay(true);
        ready = true;
        this.connects++;
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
        else if (!ended.has(client)) this.log.warn(`The SSH connection to TPAM failed: ${err.message}`);
      });
      client.on('close', () => {
        // Closed by us (idle, settings change, exit) is routine; closed by the other side is worth a line.
        if (ready && !ended.has(client))
          this.log.info(`The SSH connection to TPAM at ${t.host}:${t.port} was closed by the server or the network.`);
        // A dropped connection is replaced on the next command.
        if (this.connection && ready) this.connection = null;
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

  private run(client: SshClient, command: string, signal: AbortSignal): Promise<ExecResult> {
    const t = this.target;
    return new Promise((resolve, reject) => {
      let stdout = '';
      let stderr = '';
      let exitCode: number | null = null;
      let settled = false;
      let channel: ClientChannel | undefined;
      const finish = (err: EcmError | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        client.removeListener('close', onDrop);
        if (err) {
          channel?.close();
          reject(err);
        } else resolve({ command, stdout, stderr, exitCode });
      };
      const timer = setTimeout(
        () =>
          finish(
            new EcmError({
              code: 'TIMEOUT',
              message: `TPAM did not finish "${commandName(command)}" within ${t.timeoutSeconds} s.`,
              hint: `TPAM may be overloaded; raise ${fieldName('timeout_seconds')} or try again.`,
            }),
          ),
        t.timeoutSeconds * 1000,
      );
      const onAbort = () =>
        finish(new EcmError({ code: 'CANCELLED', message: `"${commandName(command)}" was cancelled.` }));
      const onDrop = () =>
        finish(
          new EcmError({
            code: 'CONNECT',
            message: `The SSH connection to TPAM dropped while running "${commandName(command)}".`,
            hint: 'Check the network and TPAM; the next request reconnects.',
          }),
        );
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      client.setMaxListeners(0); // one 'close' listener per channel in flight; bounded by maxChannels
      client.once('close', onDrop);
      client.exec(command, (err, stream) => {
        if (err)
          return finish(
            new EcmError({
              code: 'CONNECT',
              message: `TPAM refused to run "${commandName(command)}": ${err.message}.`,
            }),
          );
        channel = stream;
        stream.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
        stream.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
        stream.on('exit', (code: number | null) => (exitCode = code));
        stream.on('close', () => finish(null));
      });
    });
  }
}

/** The command word only: arguments may name accounts, never secrets, but stay out of messages anyway. */
export function commandName(command: string): string {
  return command.trim().split(/\s+/)[0] ?? command;
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
