import { describe, expect, it } from 'vitest';
import type { SenderInfo } from '../../../../electron/core/api/sender-policy';
import { callWithin, problemWith, readBytes } from '../../../support/fuzz/answer-checks';
import { APP, openFuzzCore } from '../../../support/fuzz/fuzz-core';
import { asIpcWouldDeliver } from '../../../support/fuzz/payloads';
import { TEST_TIMEOUT_MS } from '../../../support/fuzz/run-stats';
import { useTempDirs } from '../../../support/temp-dir';

/*
 * Defects the fuzzing found, now fixed. Each test pins one down with a small, exact payload, so
 * it cannot come back. (The fuzz properties in dispatch.fuzz.test.ts draw huge keys without line
 * breaks and from characters no huge value uses, so that the two quadratic paths below cannot stall the
 * whole run for minutes; see HUGE_KEYS in test/support/fuzz/strings.ts.)
 */
describe('defects the fuzzing found (fixed; these keep them fixed)', () => {
  const tempDir = useTempDirs();

  it('answers a Result, not a throw, for a channel value that cannot be turned into text', async () => {
    const { core, dispatch } = await openFuzzCore(tempDir);
    const untrustedSender: SenderInfo = { url: 'https://evil.example/', isTopFrame: true };
    const failures: string[] = [];
    try {
      // All plain JSON, so structured clone carries them. String({ toString: 1 }) throws a TypeError.
      for (const text of [
        '{"toString":1}',
        '{"toString":{},"valueOf":{}}',
        '[{"toString":1}]',
        '{"toString":"listPlugins"}',
        '42',
        'null',
        '{}',
        '[]',
      ]) {
        for (const sender of [APP, untrustedSender]) {
          const channel = asIpcWouldDeliver(JSON.parse(text)) as string;
          const outcome = await callWithin(dispatch, sender, channel, {});
          const problem =
            outcome.kind === 'threw'
              ? `threw ${String(outcome.error)}`
              : outcome.kind === 'hung'
                ? 'no answer'
                : problemWith(outcome.answer, 'listPlugins');
          if (problem)
            failures.push(`channel ${text} from ${sender === APP ? 'the app' : 'an untrusted sender'}: ${problem}`);
        }
      }
    } finally {
      await core.close();
    }
    expect(failures).toEqual([]);
  });

  it('does not echo an unknown key at length into the answer or Configurator.log', async () => {
    const { core, dispatch } = await openFuzzCore(tempDir);
    const failures: string[] = [];
    try {
      const key = 'K'.repeat(100_000);
      for (const [channel, payload] of [
        ['getSettings', withKey({ pluginId: 'static-vault' }, key)],
        ['saveSettings', { pluginId: 'static-vault', values: withKey({}, key) }],
        ['readLog', withKey({}, key)],
      ] as const) {
        const logBefore = readBytes(core.logFile)?.length ?? 0;
        const answer = await dispatch(APP, channel, payload);
        const answerChars = JSON.stringify(answer).length;
        const logGrowth = (readBytes(core.logFile)?.length ?? 0) - logBefore;
        if (answerChars > 4096 || logGrowth > 4096)
          failures.push(`${channel}: 100,000-char key → answer ${answerChars} chars, log +${logGrowth} bytes`);
      }
    } finally {
      await core.close();
    }
    expect(failures).toEqual([]);
  });

  it('a refused save leaves the last good copy as it was', async () => {
    const { core, dispatch } = await openFuzzCore(tempDir);
    try {
      // A good save: the last good copy now holds the state before it ("second save"), settings.json the new one.
      expect(
        await dispatch(APP, 'saveSettings', { pluginId: 'static-vault', values: { notes: 'third save' } }),
      ).toMatchObject({ ok: true });
      const lastGoodBefore = readBytes(core.settings.lastGoodFile);
      const settingsBefore = readBytes(core.settings.file);
      expect(lastGoodBefore?.toString()).toContain('second save');
      expect(settingsBefore?.toString()).toContain('third save');
      // Passes the request schema, fails the plugin's field validation inside the store's update.
      const refused = await dispatch(APP, 'saveSettings', { pluginId: 'static-vault', values: { latencyMs: -1 } });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'values.latencyMs' } });
      expect(readBytes(core.settings.file)?.equals(settingsBefore!)).toBe(true);
      expect(readBytes(core.settings.lastGoodFile)?.toString(), 'settings.last-good.json after a refused save').toBe(
        lastGoodBefore?.toString(),
      );
    } finally {
      await core.close();
    }
  });

  // The next two guard against quadratic paths, not speed: at the ~1 MB the schemas allow, linear
  // code does each in well under a second and the quadratic paths take minutes, so the 15 s bound
  // holds on a busy 2-core machine and still catches the regression. Both calls are awaited to the
  // end, not raced, so that a slow one does not keep running under later tests.

  it(
    'readLog reads a log entry of 450,000 continuation lines without a quadratic pass',
    async () => {
      const { core, dispatch } = await openFuzzCore(tempDir);
      try {
        // A 900 KB payload; its refusal echoes the key twice into one log entry.
        const refused = await dispatch(
          APP,
          'getSettings',
          withKey({ pluginId: 'static-vault' }, 'k\n'.repeat(450_000)),
        );
        expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        const started = performance.now();
        const page = await dispatch(APP, 'readLog', {});
        const ms = performance.now() - started;
        expect(problemWith(page, 'readLog')).toBeNull();
        expect(ms, `readLog took ${Math.round(ms)} ms`).toBeLessThan(15_000);
      } finally {
        await core.close();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'logs a refusal without a quadratic pass when a long draft secret is registered with the redactor',
    async () => {
      const { core, dispatch } = await openFuzzCore(tempDir);
      try {
        // runFieldAction registers every secret of the draft with the log redactor, valid or not.
        const secret = 'a'.repeat(900_000);
        const action = {
          pluginId: 'tpam',
          fieldKey: 'server_public_key',
          actionId: 'fetch-host-key',
          values: { server_user_key: secret },
        };
        expect(await dispatch(APP, 'runFieldAction', action)).toMatchObject({ ok: false });
        // The refusal's log line holds a near-miss of the secret (one character shorter), twice.
        const started = performance.now();
        const refused = await dispatch(APP, 'getSettings', withKey({ pluginId: 'static-vault' }, secret.slice(1)));
        const ms = performance.now() - started;
        expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        expect(ms, `the refused call took ${Math.round(ms)} ms`).toBeLessThan(15_000);
      } finally {
        await core.close();
      }
    },
    TEST_TIMEOUT_MS,
  );
});

/** An object with `key` as an own property (as JSON.parse would make it). */
function withKey(target: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.defineProperty({ ...target }, key, { value: 1, enumerable: true, writable: true, configurable: true });
}
