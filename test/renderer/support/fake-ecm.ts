import { EcmError, type EcmErrorInfo } from '../../../shared/errors';
import { buildEcmApi } from '../../../shared/ipc/build-api';
import { CHANNEL_NAMES, type ChannelName } from '../../../shared/ipc/channel-names';
import { channels, type ParsedRequestOf, type ResponseOf } from '../../../shared/ipc/channels';
import type { Result } from '../../../shared/result';

/**
 * A fake `window.ecm` for renderer unit tests, built like the real one: `buildEcmApi` over the
 * channel names, every request checked with the channel's own zod schema (a renderer sending a
 * malformed request fails the test as it would fail in the app). Tests answer only the channels
 * they need; a call to any other channel answers an error naming it, so it cannot pass unseen.
 */
export type FakeHandlers = {
  [K in ChannelName]?: (request: ParsedRequestOf<K>) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

export interface FakeCall {
  channel: ChannelName;
  request: unknown;
}

export interface FakeEcm {
  /** Every call in order, with its request as sent. */
  calls: FakeCall[];
  /** The requests of one channel, parsed. */
  requests<K extends ChannelName>(channel: K): ParsedRequestOf<K>[];
  /** Replaces or adds handlers. */
  answer(handlers: FakeHandlers): void;
}

export function installFakeEcm(initial: FakeHandlers = {}): FakeEcm {
  const handlers: FakeHandlers = { ...initial };
  const calls: FakeCall[] = [];

  async function invoke(name: string, request: unknown): Promise<Result<unknown>> {
    const channel = name as ChannelName;
    calls.push({ channel, request });
    const parsed = channels[channel].request.safeParse(request);
    if (!parsed.success) {
      return fail({
        code: 'VALIDATION',
        message: `fake window.ecm: malformed ${channel} request: ${parsed.error.message}`,
      });
    }
    const handler = handlers[channel] as ((r: unknown) => unknown) | undefined;
    if (!handler) return fail({ code: 'INTERNAL', message: `fake window.ecm: the test gave no answer for ${channel}` });
    try {
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      if (err instanceof EcmError) return fail(err.toInfo());
      throw err;
    }
  }

  Object.defineProperty(window, 'ecm', { value: buildEcmApi(CHANNEL_NAMES, invoke), configurable: true });
  return {
    calls,
    requests: <K extends ChannelName>(channel: K) =>
      calls
        .filter((c) => c.channel === channel)
        .map((c) => channels[channel].request.parse(c.request) as ParsedRequestOf<K>),
    answer: (more) => Object.assign(handlers, more),
  };
}

function fail(error: EcmErrorInfo): Result<never> {
  return { ok: false, error };
}
