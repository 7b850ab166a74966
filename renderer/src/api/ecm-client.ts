import type { EcmErrorInfo } from '../../../shared/errors';
import type { ChannelName } from '../../../shared/ipc/channel-names';
import type { RequestOf, ResponseOf } from '../../../shared/ipc/channels';
import type { Result } from '../../../shared/result';
import { noteAccessRefused } from './access-refusal';

/** An error answered by the core, with its code, hint and field intact. */
export class EcmCallError extends Error {
  constructor(readonly info: EcmErrorInfo) {
    super(info.message);
    this.name = 'EcmCallError';
  }
}

/** Calls one channel and unwraps its Result: the value, or an EcmCallError. */
export async function call<K extends ChannelName>(channel: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  if (!window.ecm) {
    throw new EcmCallError({
      code: 'INTERNAL',
      message: 'The Configurator bridge (window.ecm) is missing.',
      hint: 'Start the app through Electron or the browser test host.',
    });
  }
  // TypeScript cannot correlate a generic key with its own entry of a mapped type; the cast is sound.
  const fn = window.ecm[channel] as unknown as (r: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;
  const result = await fn(request);
  if (result.ok) return result.value as ResponseOf<K>;
  if (result.error.code === 'FORBIDDEN') noteAccessRefused(result.error);
  throw new EcmCallError(result.error);
}

export function errorInfo(err: unknown): EcmErrorInfo {
  if (err instanceof EcmCallError) return err.info;
  return { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) };
}
