import type { Dispatcher } from '../../../electron/core/api/dispatch';
import type { SenderInfo } from '../../../electron/core/api/sender-policy';
import type { Core } from '../../../electron/core/open-core';
import type { ChannelName } from '../../../shared/ipc/channel-names';
import { CALL_TIMEOUT_MS, callWithin, pollution, problemWith, readBytes, sameBytes, show } from './answer-checks';
import { asIpcWouldDeliver } from './payloads';
import { record, type Stats } from './run-stats';

/** Channels that may change settings.json when they answer ok. */
const MUTATING = new Set<ChannelName>(['saveSettings', 'setActivePlugin', 'restoreSettingsBackup', 'trustPlugin']);
// importSettingsFile only parses the text (the renderer applies the values through saveSettings),
// so it is held to the stricter rule: it never changes the settings file, ok or not.

/** One call with every invariant checked; throws (failing the property) with the reason. */
export async function checkedCall(
  core: Core,
  dispatch: Dispatcher,
  sender: SenderInfo,
  channel: string,
  raw: unknown,
  stats: Stats,
): Promise<unknown> {
  const payload = asIpcWouldDeliver(raw);
  const settingsBefore = readBytes(core.settings.file);
  const lastGoodBefore = readBytes(core.settings.lastGoodFile);
  const outcome = await callWithin(dispatch, sender, channel, payload);
  if (outcome.kind === 'threw') {
    throw new Error(`${channel}: the dispatcher threw instead of answering a Result: ${show(outcome.error)}`);
  }
  if (outcome.kind === 'hung') throw new Error(`${channel}: no answer within ${CALL_TIMEOUT_MS} ms`);
  // A synchronous stall keeps the timer above from firing; it shows as a late answer.
  if (outcome.ms > CALL_TIMEOUT_MS)
    throw new Error(`${channel}: the answer took ${Math.round(outcome.ms)} ms (the event loop was blocked)`);
  const problem = problemWith(outcome.answer, channel);
  if (problem) throw new Error(`${channel}: ${problem}`);
  const polluted = pollution();
  if (polluted) throw new Error(`${channel}: prototype pollution: ${polluted}`);

  const ok = (outcome.answer as { ok: boolean }).ok;
  const settingsAfter = readBytes(core.settings.file);
  const lastGoodAfter = readBytes(core.settings.lastGoodFile);
  const mayChange = ok && MUTATING.has(channel as ChannelName);
  if (!mayChange && !sameBytes(settingsBefore, settingsAfter)) {
    throw new Error(
      `${channel}: settings.json changed although the call ${ok ? 'cannot change settings' : `was refused (${show(outcome.answer)})`}`,
    );
  }
  if (!MUTATING.has(channel as ChannelName) && !sameBytes(lastGoodBefore, lastGoodAfter)) {
    throw new Error(`${channel}: settings.last-good.json changed, but this channel never saves`);
  }
  if (!ok && MUTATING.has(channel as ChannelName) && !sameBytes(lastGoodBefore, lastGoodAfter))
    stats.lastGoodRewrittenOnRefusal++;
  record(stats, outcome.answer, outcome.ms);
  return outcome.answer;
}
