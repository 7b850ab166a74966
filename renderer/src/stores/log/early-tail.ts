import type { RequestOf } from '../../../../shared/ipc/channels';
import type { LogPage } from '../../../../shared/ipc/responses';
import { call } from '../../api/ecm-client';
import { LOG_TAIL } from './log-window';

/**
 * The log viewer's first read, asked for as the renderer's script starts (start-early-tail.ts is
 * main.tsx's first import), not when the viewer mounts: the round trip to the core's log thread
 * overlaps the evaluation of the app's modules. If it answers soon, the first render shows it
 * (first-frame.ts); if not, the viewer's first `loadTail` takes it, once, when it asks for the
 * same page (the default filters). Any later read goes to the core.
 */
type ReadLogRequest = RequestOf<'readLog'>;

const FIRST_REQUEST: ReadLogRequest = { tail: LOG_TAIL };

let early: Promise<LogPage> | null = null;

export function startEarlyTail(): void {
  if (early || !window.ecm) return;
  early = call('readLog', FIRST_REQUEST);
  // Not handled until the viewer takes it; its failure is reported there, like any read's.
  early.catch(() => {});
}

/** The early read, if it answers `request` and was not taken yet; null otherwise. */
export function takeEarlyTail(request: ReadLogRequest): Promise<LogPage> | null {
  const page = early;
  early = null;
  return page && sameRequest(request, FIRST_REQUEST) ? page : null;
}

function sameRequest(a: ReadLogRequest, b: ReadLogRequest): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof ReadLogRequest)[]);
  return [...keys].every((k) => a[k] === b[k]);
}

/**
 * The early read's page if it answers within `ms`, taken: whoever asks shows it. null when there
 * is none, it failed or it is slower; it then stays for the viewer's first `loadTail`, which
 * reports a failure like any read's.
 */
export async function takeEarlyTailWithin(ms: number): Promise<LogPage | null> {
  const pending = early;
  if (!pending) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tooSlow = new Promise<null>((resolve) => (timer = setTimeout(resolve, ms, null)));
  const page = await Promise.race([pending.catch(() => null), tooSlow]);
  clearTimeout(timer);
  if (!page || early !== pending) return null;
  early = null;
  return page;
}
