import { CHANNEL_NAMES, type ChannelName } from '../../../shared/ipc/channel-names';
import { channels, type ApiImpl } from '../../../shared/ipc/channels';
import { fail, ok, type Result } from '../../../shared/result';
import type { Logger } from '../log/logger';
import { toErrorInfo } from './error-info';
import { isTrustedSender, type SenderInfo } from './sender-policy';
import { validationErrorFromZod } from './validation-error';

export type Dispatcher = (sender: SenderInfo, channel: string, payload: unknown) => Promise<Result<unknown>>;

export function isChannelName(name: string): name is ChannelName {
  return (CHANNEL_NAMES as readonly string[]).includes(name);
}

/**
 * The one gate every call from a page passes, in Electron (ipc.ts) and in the browser test
 * host alike: check the sender, then the channel, then the payload, then call the core.
 * Whatever happens, the answer is a Result; stacks never leave the process.
 */
export function createDispatcher(api: ApiImpl, options: { allowedOrigin: string; logger: Logger }): Dispatcher {
  const log = options.logger.scope('ipc');
  return async (sender, channel, payload) => {
    if (!isTrustedSender(sender, options.allowedOrigin)) {
      log.warn(`Dropped a call to '${channelText(channel)}' from an untrusted sender (${describeSender(sender)}).`);
      return fail({
        code: 'FORBIDDEN',
        message: 'This caller may not use the Configurator API.',
        hint: 'Only the Configurator window itself may call it.',
      });
    }
    if (typeof channel !== 'string' || !isChannelName(channel)) {
      return fail({ code: 'VALIDATION', field: 'channel', message: `Unknown channel '${channelText(channel)}'.` });
    }
    const parsed = channels[channel].request.safeParse(payload);
    if (!parsed.success) {
      const error = validationErrorFromZod(parsed.error);
      log.warn(`Refused ${channel}: ${error.message}`);
      return fail(error);
    }
    try {
      const handler = api[channel] as (request: unknown) => Promise<unknown>;
      return ok(await handler(parsed.data));
    } catch (err) {
      const info = toErrorInfo(err, options.logger.redactor);
      if (info.code === 'INTERNAL') log.error(`${channel} failed: ${(err as Error)?.stack ?? String(err)}`);
      return fail(info);
    }
  };
}

/** A channel as text for a message; never throws (a caller may send any value). */
function channelText(channel: unknown): string {
  return typeof channel === 'string'
    ? channel.slice(0, 64)
    : `(a ${channel === null ? 'null' : typeof channel}, not a channel name)`;
}

function describeSender(sender: SenderInfo): string {
  const where = sender.url === undefined ? 'no URL' : safeOrigin(sender.url);
  return `${where}${sender.isTopFrame ? '' : ', sub-frame'}`;
}

function safeOrigin(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return 'unparseable URL';
  }
}
