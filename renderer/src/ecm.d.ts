import type { EcmApi } from '../../shared/ipc/channels';

declare global {
  interface Window {
    /** The only bridge to the main process, exposed by the preload (or the browser test host). */
    readonly ecm: EcmApi;
  }
}
