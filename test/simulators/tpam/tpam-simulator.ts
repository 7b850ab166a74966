import { createServer, type Server as NetServer, type Socket } from 'node:net';
import ssh2, { type AuthContext, type Connection, type ServerChannel } from 'ssh2';
import { runTpamCommand } from './cli';
import { demoTpamWorld } from './demo-world';
import { describeHostKey, generateHostKeys, type HostKeyInfo, type HostKeyPair } from './host-keys';
import type { CliContext } from './list-commands';
import type { TableFormat } from './tables';
import type { TpamWorld } from './world';

const { Server: SshServer, utils } = ssh2;

/**
 * A TPAM appliance as the SPS plugin meets it: an SSH server on 127.0.0.1 that
 * lets in only CLI users with their public key (no password, no keyboard-interactive), and runs
 * each `exec` request as one TPAM CLI command, answering on stdout in TPAM's formats. No pty,
 * no shell. Every command is recorded with its user; latency and a dropped connection can be
 * injected to test timeouts and failures.
 */

export interface TpamSimulatorOptions {
  /** The data served; `demoTpamWorld()` when omitted. Read live, so tests may change it. */
  world?: TpamWorld;
  /** Host keys to serve (pass the same ones to restart "the same" TPAM); a fresh RSA and Ed25519 pair when omitted. */
  hostKeys?: HostKeyPair[];
  format?: TableFormat;
  /** The clock for request windows. */
  now?: () => Date;
  /** The TCP port to listen on (0, the default, picks a free one); the demo restarts TPAM on its port. */
  port?: number;
  /**
   * Sessions (exec channels) one SSH connection may have open at once, like OpenSSH's MaxSessions;
   * one more is refused (an SSH channel open failure). TPAM does not document its limit: the
   * default, {@link TPAM_SESSIONS_PER_CONNECTION}, is the one the plugin's pool assumes, set here
   * on its own so a pool that opens more channels on one connection fails against the simulator.
   */
  maxSessionsPerConnection?: number;
  /** Logged-in connections one user may have at once (a per-user login limit); a further login is refused. Unlimited when omitted. */
  maxConnectionsPerUser?: number;
}

/** The simulated TPAM's session limit per SSH connection (kept apart from the plugin's own bound on purpose). */
export const TPAM_SESSIONS_PER_CONNECTION = 4;

export interface RecordedCommand {
  user: string;
  command: string;
  /** Epoch milliseconds when the exec request arrived. */
  at: number;
}

export interface RejectedLogin {
  user: string;
  method: string;
  at: number;
}

export interface TpamSimulator {
  host: string;
  port: number;
  hostKeys: HostKeyInfo[];
  world: TpamWorld;
  /** Every exec command received, in order. */
  commands: RecordedCommand[];
  /** Successful logins (one per SSH connection). */
  logins: { user: string; at: number }[];
  /** Session channels refused because their connection already had its limit open. */
  readonly refusedSessions: number;
  /** The most sessions any one connection had open at once. */
  readonly mostSessionsOnOneConnection: number;
  /** The most SSH connections logged in at once. */
  readonly mostConnectionsAtOnce: number;
  /** TCP connections open now: drops when the client really closes one. */
  openConnections(): number;
  /** Authentication attempts refused (the `none` probe clients start with is not recorded). */
  rejectedLogins: RejectedLogin[];
  /** Delay answers by `ms`, for every command or only the one named (case-insensitive); 0 removes it. */
  setLatency(ms: number, command?: string): void;
  /** The next command gets half its answer, then the TCP connection is cut. */
  dropNextCommand(): void;
  /** The next command's answer stops in the middle of a line, then the channel ends normally. */
  truncateNextOutput(): void;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const ALL_COMMANDS = '*';

export async function startTpamSimulator(options: TpamSimulatorOptions = {}): Promise<TpamSimulator> {
  const world = options.world ?? demoTpamWorld();
  const hostKeyPairs = options.hostKeys ?? generateHostKeys();
  const now = options.now ?? (() => new Date());
  const commands: RecordedCommand[] = [];
  const logins: { user: string; at: number }[] = [];
  const rejectedLogins: RejectedLogin[] = [];
  const latency = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  const maxSessions = options.maxSessionsPerConnection ?? TPAM_SESSIONS_PER_CONNECTION;
  const sessions = { refused: 0, most: 0 };
  const connections = { open: 0, most: 0 };
  const openByUser = new Map<string, number>();
  let dropNext = false;
  let truncateNext = false;
  let closed = false;

  const ssh = new SshServer({ hostKeys: hostKeyPairs.map((k) => k.privateKey) }, (conn, info) => {
    const socket = [...sockets].find((s) => s.remotePort === info.port);
    let user = '';
    conn.on('error', () => {}); // a client going away mid-handshake is not the simulator's problem
    conn.on('authentication', (ctx) => {
      const atLimit = (openByUser.get(ctx.username) ?? 0) >= (options.maxConnectionsPerUser ?? Infinity);
      if (!atLimit && authenticate(world, ctx)) {
        user = ctx.username;
        ctx.accept();
      } else {
        if (ctx.method !== 'none') rejectedLogins.push({ user: ctx.username, method: ctx.method, at: Date.now() });
        ctx.reject(['publickey']);
      }
    });
    conn.on('ready', () => {
      logins.push({ user, at: Date.now() });
      connections.most = Math.max(connections.most, ++connections.open);
      openByUser.set(user, (openByUser.get(user) ?? 0) + 1);
      conn.once('close', () => {
        connections.open--;
        openByUser.set(user, (openByUser.get(user) ?? 1) - 1);
      });
      let open = 0;
      conn.on('session', (acceptSession, rejectSession) => {
        // A session holds its place until its channel is closed and its command has ended, as
        // with sshd: a command the client stopped waiting for (it closed the channel) still runs
        // to its end, and the server's own close, which tells the client the place is free, comes
        // only then. A client that reuses the place sooner is refused.
        if (open >= maxSessions) {
          sessions.refused++;
          rejectSession();
          return;
        }
        sessions.most = Math.max(sessions.most, ++open);
        const session = acceptSession();
        let sessionClosed = false;
        let running = false;
        let freed = false;
        const freePlace = () => {
          if (freed || !sessionClosed || running) return;
          freed = true;
          open--;
        };
        session.once('close', () => {
          sessionClosed = true;
          freePlace();
        });
        // pty and shell requests have no listener, so ssh2 refuses them: TPAM offers exec only.
        session.on('exec', (acceptExec, _reject, request) => {
          const channel = acceptExec();
          // Read what the client sends (nothing: TPAM takes no input), or ssh2 never reports its close.
          channel.resume();
          let channelClosed = false;
          channel.on('close', () => (channelClosed = true));
          running = true;
          // ssh2 answers the client's close at once; hold that answer back while the command runs.
          const closeChannel = channel.close.bind(channel);
          channel.close = () => {
            if (!running) closeChannel();
          };
          const ended = () => {
            running = false;
            if (channelClosed) closeChannel();
            freePlace();
          };
          commands.push({ user, command: request.command, at: Date.now() });
          const drop = dropNext;
          dropNext = false;
          const truncate = truncateNext;
          truncateNext = false;
          const ctx: CliContext = { world, user, format: options.format ?? {}, now };
          const answer = () =>
            drop
              ? dropMidAnswer(channel, ctx, request.command, socket, conn)
              : truncate
                ? truncatedAnswer(channel, ctx, request.command)
                : corked(socket, () => respond(channel, ctx, request.command));
          const delay = latencyFor(latency, request.command);
          if (delay <= 0) {
            ended();
            answer();
            return;
          }
          const timer = setTimeout(() => {
            timers.delete(timer);
            // The client may have given up waiting (its own timeout) and closed the channel.
            const gaveUp = channelClosed;
            ended();
            if (!closed && !gaveUp) answer();
          }, delay);
          timers.add(timer);
        });
      });
    });
  });

  const net: NetServer = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    // Like sshd: small CLI answers go out at once instead of waiting for delayed ACKs.
    socket.setNoDelay(true);
    ssh.injectSocket(socket);
  });
  await new Promise<void>((resolve, reject) => {
    net.once('error', reject);
    net.listen(options.port ?? 0, HOST, () => resolve());
  });
  const address = net.address();
  if (address === null || typeof address === 'string') throw new Error('the TPAM simulator has no TCP port');
  const port = address.port;

  return {
    host: HOST,
    port,
    hostKeys: hostKeyPairs.map((k) => describeHostKey(k, HOST, port)),
    world,
    commands,
    logins,
    rejectedLogins,
    get refusedSessions() {
      return sessions.refused;
    },
    get mostSessionsOnOneConnection() {
      return sessions.most;
    },
    get mostConnectionsAtOnce() {
      return connections.most;
    },
    openConnections: () => sockets.size,
    setLatency(ms, command) {
      const key = command === undefined ? ALL_COMMANDS : command.toLowerCase();
      if (ms > 0) latency.set(key, ms);
      else latency.delete(key);
    },
    dropNextCommand() {
      dropNext = true;
    },
    truncateNextOutput() {
      truncateNext = true;
    },
    async close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => net.close(() => resolve()));
    },
  };
}

/** Public-key login of a CLI user: the key must be one of the user's, and the signature must verify. */
function authenticate(world: TpamWorld, ctx: AuthContext): boolean {
  if (ctx.method !== 'publickey') return false;
  // User names are case-sensitive: "The case of the user should match the UserID in TPAM".
  const user = world.users.find((u) => u.name === ctx.username && !u.disabled);
  for (const line of user?.cliPublicKeys ?? []) {
    const key = utils.parseKey(line);
    if (key instanceof Error || !key.getPublicSSH().equals(ctx.key.data)) continue;
    // Without a signature the client only asks whether the key would do; with one, it must verify.
    if (ctx.signature === undefined || ctx.blob === undefined) return true;
    return key.verify(ctx.blob, ctx.signature, ctx.hashAlgo);
  }
  return false;
}

function latencyFor(latency: ReadonlyMap<string, number>, commandLine: string): number {
  const name = commandLine.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return latency.get(name) ?? latency.get(ALL_COMMANDS) ?? 0;
}

/**
 * Sends the answer's packets (data, exit status, EOF, close) in one TCP write, as sshd's output
 * buffer does, instead of one segment each: fewer reads on both sides of a busy benchmark.
 */
function corked(socket: Socket | undefined, send: () => void): void {
  socket?.cork();
  try {
    send();
  } finally {
    // The channel's EOF and close follow on the next tick (the stream's end): they go out too.
    if (socket) process.nextTick(() => socket.uncork());
  }
}

function respond(channel: ServerChannel, ctx: CliContext, commandLine: string): void {
  let output: string;
  try {
    output = runTpamCommand(ctx, commandLine);
  } catch (err) {
    // A bug in the simulator: say so on stderr (which the plugin never reads) and fail the command.
    channel.stderr.write(`TPAM simulator error: ${(err as Error).message}\r\n`);
    channel.exit(1);
    channel.end();
    return;
  }
  channel.write(output);
  channel.exit(0);
  channel.end();
}

/** Half the answer, cut inside a line, with a normal exit: what a crashing CLI process would leave. */
function truncatedAnswer(channel: ServerChannel, ctx: CliContext, commandLine: string): void {
  const output = runTpamCommand(ctx, commandLine).replace(/\r?\n$/, '');
  channel.write(output.slice(0, Math.max(1, Math.ceil(output.length / 2) + 3)));
  channel.exit(0);
  channel.end();
}

function dropMidAnswer(
  channel: ServerChannel,
  ctx: CliContext,
  commandLine: string,
  socket: Socket | undefined,
  conn: Connection,
): void {
  const output = runTpamCommand(ctx, commandLine);
  channel.write(output.slice(0, Math.ceil(output.length / 2)));
  // Cut TCP under SSH (no exit status, no channel close, no SSH disconnect) once the partial
  // answer is flushed, so the client always sees some of it.
  if (socket) socket.end(() => socket.destroy());
  else conn.end();
}
