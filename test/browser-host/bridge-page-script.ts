import { buildEcmApi } from '../../shared/ipc/build-api';
import { CHANNEL_NAMES } from '../../shared/ipc/channel-names';
import { EVENT_NAMES } from '../../shared/ipc/event-names';
import { BRIDGE_BINDING, BRIDGE_DELIVER } from './devtools-bridge';

/** How long a call waits for the page's binding (added as Playwright reports the page) before it fails. */
const BINDING_WAIT_MS = 10_000;

/**
 * The script run in every page of the test host before the page's own: a `window.ecm` of the
 * same shape as the preload's, built by the same `buildEcmApi` from the same channel names, whose
 * calls go through the DevTools binding (devtools-bridge.ts) as one JSON string each way, and
 * `__ecmEmit`, what webContents.send does in the app (the host's emit() calls it).
 */
export function bridgePageScript(): string {
  return `(() => {
    const listeners = {};
    const pending = new Map();
    let nextId = 0;
    Object.defineProperty(window, ${JSON.stringify(BRIDGE_DELIVER)}, {
      value: (id, json) => {
        // The host answers every call it got, with an INTERNAL error when it failed (devtools-bridge.ts).
        const resolve = pending.get(id);
        pending.delete(id);
        if (resolve) resolve(JSON.parse(json));
      },
    });
    const invoke = (channel, request) =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, resolve);
        const message = JSON.stringify({ id, channel, request: request === undefined ? undefined : JSON.stringify(request) });
        // A page opened by the app (or a test) can run before the host has added its binding.
        const giveUpAt = Date.now() + ${BINDING_WAIT_MS};
        const send = () => {
          const binding = window[${JSON.stringify(BRIDGE_BINDING)}];
          if (typeof binding === 'function') return binding(message);
          if (Date.now() > giveUpAt) {
            pending.delete(id);
            return reject(new Error('The test host never connected this page to the core.'));
          }
          setTimeout(send, 5);
        };
        send();
      });
    const api = (${buildEcmApi.toString()})(${JSON.stringify(CHANNEL_NAMES)}, invoke, {
      names: ${JSON.stringify(EVENT_NAMES)},
      subscribe(name, listener) {
        (listeners[name] ??= new Set()).add(listener);
        return () => listeners[name].delete(listener);
      },
    });
    Object.defineProperty(window, 'ecm', { value: api, writable: false, configurable: false });
    Object.defineProperty(window, '__ecmEmit', { value: (name) => { for (const l of listeners[name] ?? []) l(); } });
  })();`;
}
