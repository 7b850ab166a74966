import type { EcmApi } from '../../shared/ipc/channels';

// Tests evaluate code in the page, where the preload or the browser host defines window.ecm.
declare global {
  interface Window {
    readonly ecm: EcmApi;
  }
}
