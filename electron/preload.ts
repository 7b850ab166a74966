import { contextBridge, ipcRenderer } from 'electron';
import { buildEcmApi } from '../shared/ipc/build-api';
import { CHANNEL_NAMES, ipcChannel, type ChannelName } from '../shared/ipc/channel-names';

// The sandboxed preload exposes exactly one object, `window.ecm`: one function per channel.
// `ipcRenderer` itself is never exposed, and answers carry only the value, never the event.
contextBridge.exposeInMainWorld(
  'ecm',
  buildEcmApi(CHANNEL_NAMES, (name, request) => ipcRenderer.invoke(ipcChannel(name as ChannelName), request)),
);
