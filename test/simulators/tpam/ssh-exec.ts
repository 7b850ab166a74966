import ssh2, { type Client as SshClient } from 'ssh2';
import type { TpamSimulator } from './tpam-simulator';

const { Client } = ssh2;

/**
 * A minimal ssh2 client for tests of the simulator: connect with one private key (or a password,
 * to see it refused), pin the simulator's host keys, and run commands as `exec` requests the way
 * the SPS plugin does (no pty, stdout read to EOF). Every wait is bounded.
 */

export interface SshLogin {
  username: string;
  privateKey?: string;
  password?: string;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
  /** Exit status; null when the channel closed without one (a dropped connection). */
  code: number | null;
}

export interface SshSession {
  client: SshClient;
  /** The host key blob the server presented (base64). */
  hostKey: string;
  exec(command: string, timeoutMs?: number): Promise<ExecResult>;
  close(): void;
}

export function connectSsh(sim: TpamSimulator, login: SshLogin, readyTimeoutMs = 5_000): Promise<SshSession> {
  const client = new Client();
  let presented = '';
  return new Promise<SshSession>((resolve, reject) => {
    client.once('ready', () =>
      resolve({
        client,
        hostKey: presented,
        exec: (command, timeoutMs = 5_000) => execOn(client, command, timeoutMs),
        close: () => client.end(),
      }),
    );
    client.once('error', (err) => {
      client.end();
      reject(err);
    });
    client.connect({
      host: sim.host,
      port: sim.port,
      username: login.username,
      privateKey: login.privateKey,
      password: login.password,
      tryKeyboard: false,
      agent: undefined,
      readyTimeout: readyTimeoutMs,
      hostVerifier: (key: Buffer) => {
        presented = key.toString('base64');
        return sim.hostKeys.some((k) => k.publicKeyBase64 === presented);
      },
    });
  });
}

function execOn(client: SshClient, command: string, timeoutMs: number): Promise<ExecResult> {
  return new Promise<ExecResult>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer to '${command}' within ${timeoutMs} ms`)), timeoutMs);
    client.exec(command, (err, channel) => {
      if (err) {
        clearTimeout(timer);
        reject(err);
        return;
      }
      let stdout = '';
      let stderr = '';
      let code: number | null = null;
      channel.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      channel.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      channel.on('exit', (status: number | null) => (code = status));
      channel.on('close', () => {
        clearTimeout(timer);
        resolve({ stdout, stderr, code });
      });
    });
  });
}

/** Connects, runs the commands in order on one connection (as the plugin does), disconnects. */
export async function runCommands(sim: TpamSimulator, login: SshLogin, commands: string[]): Promise<string[]> {
  const session = await connectSsh(sim, login);
  try {
    const out: string[] = [];
    for (const command of commands) out.push((await session.exec(command)).stdout);
    return out;
  } finally {
    session.close();
  }
}
