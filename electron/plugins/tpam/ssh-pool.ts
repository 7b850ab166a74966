import type { Client as SshClient } from 'ssh2';
import { EcmError, type ErrorCode } from '../../../shared/errors';
import type { PluginLogger } from '../../../shared/plugin/contract';
import { runOnChannel, type ExecResult } from './ssh-channel';
import { endConnection, openSshConnection, type SshTarget } from './ssh-connect';

export { commandName, type ExecResult } from './ssh-channel';
export type { SshTarget } from './ssh-connect';

/**
 * Exec channels open at once on one connection. TPAM does not document its SSH server's session
 * limit; OpenSSH's MaxSessions defaults to 10, and 4 (the plugin's bound from the start) keeps well
 * under it. The TPAM simulator refuses a fifth session on a connection, so raising this without
 * evidence of a higher limit fails the pool's tests.
 */
export const SSH_CHANNELS_PER_CONNECTION = 4;

/**
 * Connections open at once, only when every channel of the open ones is busy: an access review
 * runs about 8 × 2 checks at once, which 4 connections of 4 channels carry. One login each.
 */
export const SSH_CONNECTIONS = 4;

/** One pooled connection: its channels in use (those waiting for the handshake included). */
interface Connection {
  client: Promise<SshClient>;
  channels: number;
  idleTimer: NodeJS.Timeout | null;
  /** Opened beside a working connection: if TPAM refuses it, its commands run on the others. */
  extra: boolean;
  up: boolean;
}

/**
 * Why TPAM may refuse a further connection while one works (a limit on logins or connections per
 * user, sshd's MaxStartups): not a reason to fail the commands. A different host key is.
 */
const REFUSED_EXTRA: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['CONNECT', 'TIMEOUT', 'LOGIN_FAILED']);

/**
 * A small pool of SSH connections for bursts of TPAM commands, each command on its own exec
 * channel. Commands fill the first connection's channels; only when every channel of every open
 * connection is busy is another connection opened (up to `maxConnections`), and past that they
 * wait their turn. Each connection is kept for a short idle time for the next burst, then closed,
 * so a quiet pool shrinks back to nothing and a single Test Settings uses one connection.
 */
export class SshPool {
  private readonly connections: Connection[] = [];
  private readonly waiting: ((connection: Connection) => void)[] = [];
  /** Lowered to the connections that worked when TPAM refuses a further one; reset once all are closed. */
  private ceiling: number | null = null;
  /** Connections opened so far (for tests and benchmarks). */
  connects = 0;

  constructor(
    private readonly target: SshTarget,
    private readonly log: PluginLogger,
  ) {}

  async exec(command: string, signal: AbortSignal): Promise<ExecResult> {
    for (;;) {
      const connection = await this.acquire(signal);
      let client: SshClient;
      try {
        client = await connection.client;
      } catch (err) {
        this.release(connection);
        // A further connection TPAM would not take: wait for a place on the ones that work.
        if (connection.extra && refusedExtra(err)) continue;
        throw err;
      }
      // The place is handed on when the server has closed the channel, not when the command
      // gave up waiting for it: TPAM may still count a timed-out command's session.
      const { timeoutSeconds, closeWaitMs } = this.target;
      return runOnChannel(client, command, signal, timeoutSeconds, () => this.release(connection), closeWaitMs);
    }
  }

  /** Opens a connection now unless one is open (Test Settings shows it as its own step); true when this call made it. */
  async ready(): Promise<boolean> {
    const existing = this.connections[0];
    const connection = existing ?? this.add();
    await connection.client;
    // No channel was taken, so none is handed on: only an unused connection starts its idle time.
    this.scheduleIdle(connection);
    return existing === undefined;
  }

  /** Connections open (or opening) now. */
  get size(): number {
    return this.connections.length;
  }

  /** Ends every pooled connection; returns how many were open (or opening). */
  close(): number {
    const all = this.connections.splice(0);
    this.ceiling = null;
    for (const connection of all) this.end(connection);
    return all.length;
  }

  private acquire(signal: AbortSignal): Promise<Connection> {
    const free = this.freeConnection();
    if (free) return Promise.resolve(this.take(free));
    return new Promise((resolve, reject) => {
      const go = (connection: Connection) => {
        signal.removeEventListener('abort', onAbort);
        resolve(connection);
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

  private release(connection: Connection): void {
    connection.channels -= 1;
    this.scheduleIdle(connection);
    this.pump();
  }

  /** Hands free places to waiting commands: a freed channel, or a new connection while under the limit. */
  private pump(): void {
    while (this.waiting.length > 0) {
      const free = this.freeConnection();
      if (!free) return;
      this.waiting.shift()!(this.take(free));
    }
  }

  /** The first connection with a free channel, else a new one while under the limit. */
  private freeConnection(): Connection | null {
    const perConnection = this.target.maxChannels ?? SSH_CHANNELS_PER_CONNECTION;
    const open = this.connections.find((c) => c.channels < perConnection);
    if (open) return open;
    // One login at a time: a further connection only once the others are up, so a refused one is
    // known to be a further one (and a wrong key or password is met once, not four times).
    if (this.connections.some((c) => !c.up)) return null;
    const limit = Math.min(this.target.maxConnections ?? SSH_CONNECTIONS, this.ceiling ?? Infinity);
    return this.connections.length < limit ? this.add() : null;
  }

  private take(connection: Connection): Connection {
    if (connection.idleTimer) clearTimeout(connection.idleTimer);
    connection.idleTimer = null;
    connection.channels += 1;
    return connection;
  }

  private add(): Connection {
    const connection: Connection = {
      // A connection the server or network dropped leaves the pool: the next command opens another.
      client: openSshConnection(this.target, this.log, () => this.remove(connection)).then(
        (client) => {
          this.connects++;
          connection.up = true;
          // Commands that waited for this login may open the next connection now.
          this.pump();
          return client;
        },
        (err: unknown) => {
          // A failed login leaves no connection: the next command tries again.
          this.remove(connection);
          if (connection.extra && refusedExtra(err) && this.connections.some((c) => c.up)) {
            // Before the commands that waited for it look for another place: the pool stops growing.
            this.ceiling = this.connections.length;
            this.log.warn(
              `TPAM did not accept a further SSH connection (${(err as Error).message}); continuing with ${this.ceiling}.`,
            );
          }
          throw err;
        },
      ),
      channels: 0,
      idleTimer: null,
      extra: this.connections.some((c) => c.up),
      up: false,
    };
    // Each user of the connection awaits it and sees the failure; this only keeps it from being "unhandled".
    connection.client.catch(() => undefined);
    this.connections.push(connection);
    return connection;
  }

  /** One idle timer per connection at most: a second one left running would close it under later commands. */
  private scheduleIdle(connection: Connection): void {
    if (connection.channels > 0 || !this.connections.includes(connection)) return;
    if (connection.idleTimer) clearTimeout(connection.idleTimer);
    connection.idleTimer = setTimeout(() => {
      if (connection.channels > 0) return;
      this.remove(connection);
      this.end(connection);
    }, this.target.idleMs ?? 5000);
    connection.idleTimer.unref();
  }

  private remove(connection: Connection): void {
    const i = this.connections.indexOf(connection);
    if (i >= 0) this.connections.splice(i, 1);
    // Nothing left open: the next burst may try the full pool again.
    if (this.connections.length === 0) this.ceiling = null;
  }

  private end(connection: Connection): void {
    if (connection.idleTimer) clearTimeout(connection.idleTimer);
    connection.idleTimer = null;
    void connection.client.then(endConnection, () => undefined);
  }
}

function refusedExtra(err: unknown): boolean {
  return err instanceof EcmError && REFUSED_EXTRA.has(err.code);
}
