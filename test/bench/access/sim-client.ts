import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HostMessage, ParentMessage } from './sim-host';
import type { SimCounters } from './sim-counters';

export type SimKind = 'secret-server' | 'tpam';

export interface RemoteSimulator {
  /** The plugin settings that reach it (TPAM's include the CLI user's private key: test data). */
  settings: Record<string, unknown>;
  counters(): Promise<SimCounters & { simulatorCpuMs: number }>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

const HOST = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sim-host.ts');

/** Starts a simulator in a child process (sim-host.ts) and talks to it over the IPC channel. */
export async function startRemoteSimulator(
  kind: SimKind,
  users: number,
  endpoints: number,
  latencyMs: number,
): Promise<RemoteSimulator> {
  // The child inherits tsx's loader through process.execArgv.
  const child = fork(HOST, [kind, String(users), String(endpoints), String(latencyMs)], { stdio: 'inherit' });
  const next = <T extends HostMessage['type']>(type: T) =>
    new Promise<Extract<HostMessage, { type: T }>>((resolve, reject) => {
      const onMessage = (m: HostMessage) => {
        if (m.type !== type) return;
        cleanup();
        resolve(m as Extract<HostMessage, { type: T }>);
      };
      const onExit = (code: number | null) => {
        cleanup();
        reject(new Error(`the ${kind} simulator process ended (exit code ${code}) before answering`));
      };
      const cleanup = () => {
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const send = (message: ParentMessage) => child.send(message);
  const { settings } = await next('ready');
  return {
    settings,
    async counters() {
      const answer = next('counters');
      send({ op: 'counters' });
      const { counters, cpuMs } = await answer;
      return { ...counters, simulatorCpuMs: cpuMs };
    },
    async reset() {
      const answer = next('reset');
      send({ op: 'reset' });
      await answer;
    },
    close: () => closeChild(child),
  };
}

function closeChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.send({ op: 'close' } satisfies ParentMessage);
  });
}
