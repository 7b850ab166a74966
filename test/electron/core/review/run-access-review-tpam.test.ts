import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/open-core';
import { runAccessReview } from '../../../../electron/core/review/run-access-review';
import { SSH_CONNECTIONS } from '../../../../electron/plugins/tpam/ssh-pool';
import type { ReviewPair, ReviewResult } from '../../../../shared/review/review-types';
import { demoTpamWorld } from '../../../simulators/tpam/demo-world';
import { generateSshKeyPair } from '../../../simulators/tpam/ssh-key-pair';
import { startTpamSimulator, type TpamSimulator } from '../../../simulators/tpam/tpam-simulator';
import { useTempDirs } from '../../../support/temp-dir';
import { openTpamCore, tpamSettings } from '../../../support/tpam-fixture';

// The review engine through the real core and the real TPAM plugin, over SSH to the simulator.
describe('runAccessReview against the TPAM simulator', () => {
  const tempDir = useTempDirs();
  let sim: TpamSimulator;
  const cores: Core[] = [];

  beforeAll(async () => {
    sim = await startTpamSimulator({ world: demoTpamWorld() });
  });
  afterAll(async () => {
    await sim.close();
  });
  afterEach(async () => {
    for (const c of cores.splice(0)) await c.close();
    sim.commands.length = 0;
  });

  async function review(pairs: ReviewPair[], overrides: Record<string, unknown> = {}) {
    const { core } = await openTpamCore(tempDir());
    cores.push(core);
    const results: ReviewResult[] = [];
    const outcome = await runAccessReview(core, {
      pluginId: 'tpam',
      values: tpamSettings(sim, overrides) as never,
      useStored: false,
      pairs,
      concurrency: 4,
      onResult: (r) => results.push(r),
    });
    return { outcome, results: results.sort((a, b) => a.index - b.index) };
  }

  it('gives ok, and none with the reason, per pair: an unresolved endpoint is a none', async () => {
    const { outcome, results } = await review(
      [
        { user: 'jdoe', endpoint: '10.9.9.9' },
        { user: 'jdoe', endpoint: '10.0.0.5' },
        { user: 'asmith', endpoint: '10.0.0.6' },
      ],
      { authorization: 'approval' },
    );
    expect(results.map((r) => [r.endpoint, r.status])).toEqual([
      ['10.9.9.9', 'none'],
      ['10.0.0.5', 'ok'],
      ['10.0.0.6', 'none'],
    ]);
    expect(results[0]!.reasons.map((r) => r.code)).toContain('no-system');
    expect(results[0]!.reasons.map((r) => r.text).join(' ')).toContain('10.9.9.9');
    expect(results[1]!.credentials.map((c) => c.id)).toEqual(['root@LINUXSRV01']);
    expect(outcome.progress).toMatchObject({ state: 'done', summary: { ok: 1, none: 2, error: 0 } });
  });

  it('stops at once when TPAM refuses the CLI key: one log-in attempt per connection, no command', async () => {
    const refusedBefore = sim.rejectedLogins.length;
    const pairs = Array.from({ length: 30 }, (_, i) => ({ user: `user${i}`, endpoint: '10.0.0.5' }));
    const { outcome, results } = await review(pairs, { server_user_key: generateSshKeyPair('ed25519').private });
    expect(outcome.progress).toMatchObject({ state: 'stopped', done: 0, stopError: { code: 'LOGIN_FAILED' } });
    expect(results).toEqual([]);
    expect(sim.commands).toEqual([]);
    // At most the pairs already started (4 at a time) tried to log in; the other 26 never did.
    expect(sim.rejectedLogins.length - refusedBefore).toBeGreaterThan(0);
    expect(sim.rejectedLogins.length - refusedBefore).toBeLessThanOrEqual(4 * 3);
  });

  it('stops at once on a host key that is not pinned', async () => {
    const pairs = Array.from({ length: 20 }, () => ({ user: 'jdoe', endpoint: '10.0.0.5' }));
    const { outcome, results } = await review(pairs, {
      server_public_key: sim.hostKeys.map((k) => k.knownHostsLine.replace(/^\S+/, 'tpam.other')).join('\n'),
    });
    expect(outcome.progress).toMatchObject({ state: 'stopped', stopError: { code: 'HOST_KEY_MISMATCH' } });
    expect(results).toEqual([]);
    expect(sim.commands).toEqual([]);
  });

  it('runs a review over a small pool of SSH connections, within TPAM’s sessions per connection', async () => {
    const loginsBefore = sim.logins.length;
    const refusedBefore = sim.refusedSessions;
    const users = ['jdoe', 'asmith', 'bwayne', 'ckent', 'dprince', 'hjordan'];
    const pairs = users.flatMap((user) => ['10.0.0.5', '10.0.0.6'].map((endpoint) => ({ user, endpoint })));
    sim.setLatency(100);
    try {
      const { core } = await openTpamCore(tempDir());
      cores.push(core);
      const outcome = await runAccessReview(core, {
        pluginId: 'tpam',
        values: tpamSettings(sim, { authorization: 'policy' }) as never,
        useStored: false,
        pairs,
        concurrency: 8,
        onResult: () => {},
      });
      expect(outcome.progress).toMatchObject({ state: 'done', summary: { error: 0 } });
    } finally {
      sim.setLatency(0);
    }
    // 8 pairs of 2 accounts each at once: more than one connection carries, never more than the pool.
    const logins = sim.logins.length - loginsBefore;
    expect(logins).toBeGreaterThan(1);
    expect(logins).toBeLessThanOrEqual(SSH_CONNECTIONS);
    expect(sim.refusedSessions - refusedBefore).toBe(0);
  });
});
