import { contextBridge, ipcRenderer } from 'electron';
import { buildEcmApi } from '../shared/ipc/build-api';
import { CHANNEL_NAMES, ipcChannel, type ChannelName } from '../shared/ipc/channel-names';
import { EVENT_NAMES, ipcEvent, type EventName } from '../shared/ipc/event-names';

// The sandboxed preload exposes exactly one object, `window.ecm`: one function per channel, and
// `on` for the main process's one-way events (event-names.ts).
// `ipcRenderer` itself is never exposed, and answers carry only the value, never the event.
contextBridge.exposeInMainWorld(
  'ecm',
  buildEcmApi(CHANNEL_NAMES, (name, request) => ipcRenderer.invoke(ipcChannel(name as ChannelName), request), {
    names: EVENT_NAMES,
    subscribe(name, listener) {
      // The IPC event object (with its sender) stays here: the page's listener gets nothing.
      const channel = ipcEvent(name as EventName);
      const forward = () => listener();
      ipcRenderer.on(channel, forward);
      return () => {
        ipcRenderer.removeListener(channel, forward);
      };
    },
  }),
);
