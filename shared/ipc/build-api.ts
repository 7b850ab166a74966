import type { EcmApi } from './channels';

/**
 * Builds `window.ecm` from the channel names and an invoke function. The preload passes
 * `ipcRenderer.invoke`; the browser test host passes a DevTools binding. Self-contained
 * on purpose (no imports, no closures over module state): the browser host serialises it
 * into the page as an init script.
 */
export function buildEcmApi(
  names: readonly string[],
  invoke: (name: string, request: unknown) => Promise<unknown>,
  events?: { names: readonly string[]; subscribe: (name: string, listener: () => void) => () => void },
): EcmApi {
  const api: Record<string, unknown> = {};
  for (const name of names) {
    // Only the request goes out and only the answer comes back: no event objects, no ipcRenderer.
    api[name] = (request: unknown) => invoke(name, request === undefined ? {} : request);
  }
  if (events) {
    // One-way messages from main (event-names.ts): the listener is called with nothing.
    const on: Record<string, (listener: () => void) => () => void> = {};
    for (const name of events.names) {
      on[name] = (listener: () => void) => events.subscribe(name, () => listener());
    }
    api.on = Object.freeze(on);
  }
  return Object.freeze(api) as unknown as EcmApi;
}
