import { create } from 'zustand';
import type { EcmErrorInfo } from '../../../shared/errors';

/**
 * Set once the bridge refuses this page as a caller (`FORBIDDEN`): every call would be refused
 * alike, so the app shows one full-page explanation instead of an error in each panel. The
 * Electron window never meets this; the browser demo does when its page is opened without the
 * token from the printed URL (the web bridge's hint says so), and so would the app framed by
 * another page. The first refusal is kept: a reload is the only way out.
 */
export const useAccessRefusal = create<{ refusal: EcmErrorInfo | null }>(() => ({ refusal: null }));

export function noteAccessRefused(error: EcmErrorInfo): void {
  if (useAccessRefusal.getState().refusal === null) useAccessRefusal.setState({ refusal: error });
}
