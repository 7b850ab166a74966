import { startSecretServerSimulator } from '../../simulators/secret-server';
import { startTpamSimulator } from '../../simulators/tpam/tpam-simulator';
import { tpamSettings } from '../../support/tpam-fixture';
import { secretServerCounters, tpamCounters, type SimCounters } from './sim-counters';
import * as ss from './ss-review-world';
import * as tpam from './tpam-review-world';

/**
 * A simulator in its own process (forked by sim-client.ts), so that its work (parsing SOAP,
 * running SSH) neither slows the review nor shows in the benchmark's event-loop stalls: the
 * benchmark process plays the app's main process, as the real back ends are other machines.
 * argv: <secret-server|tpam> <users> <endpoints> <latency ms>. Answers `counters`, `reset` and
 * `close` messages from the parent.
 */
export type HostMessage =
  | { type: 'ready'; settings: Record<string, unknown> }
  | { type: 'counters'; counters: SimCounters; cpuMs: number }
  | { type: 'reset' };
export type ParentMessage = { op: 'counters' } | { op: 'reset' } | { op: 'close' };

interface Running {
  settings: Record<string, unknown>;
  counters(): SimCounters;
  reset(): void;
  close(): Promise<void>;
}

async function start(kind: string, users: number, endpoints: number, latencyMs: number): Promise<Running> {
  if (kind === 'secret-server') {
    const sim = await startSecretServerSimulator({ world: ss.reviewWorld(users, endpoints), latencyMs });
    return {
      settings: ss.reviewSettings(sim.url),
      counters: () => secretServerCounters(sim.requests, 'Machine'),
      reset: () => sim.resetCalls(),
      close: () => sim.close(),
    };
  }
  const sim = await startTpamSimulator({ world: tpam.reviewWorld(users, endpoints) });
  // Per command, each on its own timer: commands in flight at once wait side by side.
  sim.setLatency(latencyMs);
  let loginsBefore = 0;
  return {
    settings: tpamSettings(sim, { authorization: 'approval', timeout_seconds: 120 }),
    counters: () => tpamCounters(sim.commands, sim.logins.length - loginsBefore, latencyMs),
    reset: () => {
      sim.commands.length = 0;
      loginsBefore = sim.logins.length;
    },
    close: () => sim.close(),
  };
}

async function main(): Promise<void> {
  const [kind = '', users, endpoints, latency] = process.argv.slice(2);
  const running = await start(kind, Number(users), Number(endpoints), Number(latency));
  const send = (message: HostMessage) => process.send?.(message);
  // The simulator's own CPU time since the last reset: where it nears the wall time, the
  // simulator, not the product, set the pace.
  let cpuSince = process.cpuUsage();
  process.on('message', (message: ParentMessage) => {
    switch (message.op) {
      case 'counters': {
        const used = process.cpuUsage(cpuSince);
        send({ type: 'counters', counters: running.counters(), cpuMs: (used.user + used.system) / 1000 });
        return;
      }
      case 'reset':
        running.reset();
        cpuSince = process.cpuUsage();
        send({ type: 'reset' });
        return;
      case 'close':
        void running.close().finally(() => process.exit(0));
        return;
    }
  });
  process.on('disconnect', () => void running.close().finally(() => process.exit(0)));
  send({ type: 'ready', settings: running.settings });
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
