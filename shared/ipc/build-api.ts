import type { EcmApi } from './channels';

/**
 * Builds `window.ecm` from the channel names and an invoke function. The preload passes
 * `ipcRenderer.invoke`; the browser test host passes a Playwright binding. Self-contained
 * on purpose (no imports, no closures over module state): the browser host serialises it
 * into the page as an init script.
 */
export function buildEcmApi(
  names: readonly string[],
  invoke: (name: string, request: unknown) => Promise<unknown>,
): EcmApi {
  const api: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const name of names) {
    // Only the request goes out and only the answer comes back: no event objects, no ipcRenderer.
    api[name] = (request: unknown) => invoke(name, request === undefined ? {} : request);
  }
  return Object.freeze(api) as unknown as EcmApi;
}
