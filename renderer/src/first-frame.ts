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
 * its lines already in the store: the first frame then shows the tail, one layout and one paint,
 * instead of a frame with an empty log followed by a second render, layout and paint with the
 * lines.
 */
export async function renderFirstFrame(render: () => void, waitMs = FIRST_FRAME_WAIT_MS): Promise<void> {
  const page = await takeEarlyTailWithin(waitMs);
  if (page) useLogStore.getState().showFirstTail(page);
  render();
}
