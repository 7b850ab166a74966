import { useLayoutStore } from './stores/layout-store';
import { takeEarlyTailWithin } from './stores/log/early-tail';
import { useLogStore } from './stores/log/log-store';

/**
 * How long the first render waits for the log's tail. The read starts before the app's modules
 * run (start-early-tail.ts) and usually answers while they do; on a slow first start the window
 * shows without the lines rather than later.
 */
export const FIRST_FRAME_WAIT_MS = 100;

/**
 * Renders the app once the early log read has answered (or FIRST_FRAME_WAIT_MS has passed), with
 * its lines already in the store: the first paint then shows the tail, instead of a frame with an
 * empty log followed by a second render and paint with the lines. A log the admin keeps collapsed
 * shows no lines, so then nothing is waited for.
 */
export async function renderFirstFrame(render: () => void, waitMs = FIRST_FRAME_WAIT_MS): Promise<void> {
  try {
    if (useLayoutStore.getState().logCollapsed) return;
    const page = await takeEarlyTailWithin(waitMs);
    if (page) useLogStore.getState().showFirstTail(page);
  } finally {
    // Whatever happened above, the window is shown; the viewer reports a failed read itself.
    render();
  }
}
