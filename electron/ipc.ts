import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, ipcChannel } from '../shared/ipc/channel-names';
import type { Dispatcher } from './core/api/dispatch';
import type { SenderInfo } from './core/api/sender-policy';

/**
 * One handler per channel of the map. The dispatcher checks the sender (top frame on the
 * app's own origin), then validates the payload with the channel's schema, then calls the
 * core. Only types come from 'electron' here, so this file is tested in plain Node.
 */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatcher): void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(ipcChannel(name), (event: IpcMainInvokeEvent, payload: unknown) =>
      dispatch(senderOf(event), name, payload),
    );
  }
}

export function senderOf(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): SenderInfo {
  const frame = event.senderFrame;
  // senderFrame is null when the frame navigated away or was destroyed: untrusted.
  return { url: frame?.url, isTopFrame: frame !== null && frame !== undefined && frame.parent === null };
}
