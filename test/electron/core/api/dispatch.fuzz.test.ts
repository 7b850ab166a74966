import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SenderInfo } from '../../../../electron/core/api/sender-policy';
import { CHANNEL_NAMES } from '../../../../shared/ipc/channel-names';
import { pollution } from '../../../support/fuzz/answer-checks';
import { checkedCall } from '../../../support/fuzz/checked-call';
import { APP, openFuzzCore, WORLD } from '../../../support/fuzz/fuzz-core';
import { adversarialValue, payloadFor, unknownChannelName } from '../../../support/fuzz/payloads';
import { fcParams, newStats, NUM_RUNS, redactorLoad, summary, TEST_TIMEOUT_MS } from '../../../support/fuzz/run-stats';
import { useTempDirs } from '../../../support/temp-dir';

/**
 * Property-based fuzzing of the one IPC gate: thousands of random, adversarial and near-valid
 * payloads go through the real dispatcher and a real core to every channel of the map, to
 * unknown channels and from untrusted senders. Whatever comes in, the answer must be a Result
 * (never a throw, never a hang, never a stack), saved settings must not change unless a
 * mutating channel said ok, and Object.prototype must stay clean.
 *
 * Runs per property: ECM_FUZZ_RUNS (default 400). A failure prints fast-check's seed and path;
 * replay with ECM_FUZZ_SEED=<seed> (and the same ECM_FUZZ_RUNS).
 */
describe('IPC dispatcher under fuzzing', () => {
  const tempDir = useTempDirs();

  it.each(CHANNEL_NAMES.map((c) => [c]))(
    '%s answers every payload with a Result and changes nothing it should not',
    async (channel) => {
      const { core, dispatch } = await openFuzzCore(tempDir);
      const stats = newStats();
      try {
        await fc.assert(
          fc.asyncProperty(payloadFor(channel, WORLD), async (payload) => {
            await checkedCall(core, dispatch, APP, channel, payload, stats);
          }),
          fcParams(),
        );
      } finally {
        console.info(
          summary(channel, NUM_RUNS, stats) +
            (channel === 'testSettings' || channel === 'runFieldAction' ? redactorLoad(core) : ''),
        );
        await core.close();
      }
      expect(pollution()).toBeNull();
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'answers VALIDATION naming the channel for any unknown channel name',
    async () => {
      const { core, dispatch } = await openFuzzCore(tempDir);
      const stats = newStats();
      const anyPayload = fc.oneof(
        fc.constantFrom(...CHANNEL_NAMES).chain((c) => payloadFor(c, WORLD)),
        adversarialValue,
      );
      try {
        await fc.assert(
          fc.asyncProperty(
            unknownChannelName.filter((c) => !(CHANNEL_NAMES as readonly string[]).includes(c)),
            anyPayload,
            async (channel, payload) => {
              const answer = await checkedCall(core, dispatch, APP, channel, payload, stats);
              expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'channel' } });
            },
          ),
          { ...fcParams(), numRuns: NUM_RUNS } as fc.Parameters<[string, unknown]>,
        );
      } finally {
        console.info(summary('unknown channels', NUM_RUNS, stats));
        await core.close();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'answers FORBIDDEN to untrusted senders whatever the channel and payload',
    async () => {
      const { core, dispatch } = await openFuzzCore(tempDir);
      const stats = newStats();
      const untrusted = fc.constantFrom<SenderInfo>(
        { url: 'app://ecm/index.html', isTopFrame: false },
        { url: 'https://evil.example/index.html', isTopFrame: true },
        { url: 'app://ecm.evil/index.html', isTopFrame: true },
        { url: 'app://user:pw@ecm/index.html', isTopFrame: true },
        { url: 'file:///C:/app/index.html', isTopFrame: true },
        { url: 'not a url', isTopFrame: true },
        { url: '', isTopFrame: true },
        { url: undefined, isTopFrame: true },
      );
      const channelArb = fc.oneof(fc.constantFrom(...CHANNEL_NAMES), unknownChannelName);
      const runs = Math.max(1, Math.round(NUM_RUNS / 2));
      try {
        await fc.assert(
          fc.asyncProperty(untrusted, channelArb, adversarialValue, async (sender, channel, payload) => {
            const answer = await checkedCall(core, dispatch, sender, channel, payload, stats);
            expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
          }),
          { ...fcParams(), numRuns: runs } as fc.Parameters<[SenderInfo, string, unknown]>,
        );
      } finally {
        console.info(summary('untrusted senders', runs, stats));
        await core.close();
      }
    },
    TEST_TIMEOUT_MS,
  );
});
