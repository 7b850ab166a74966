import { useEffect, useState } from 'react';
import { formatDuration } from '../../../../shared/format/duration';

/** How often the running step's time is redrawn: often enough to see it move, rarely enough to cost nothing. */
const TICK_MS = 250;

/**
 * The time a running step has taken so far, counting from when it was first shown. The progress
 * answer has no start time, so the renderer counts from the moment it saw the step start.
 */
export function ElapsedTime() {
  const [started] = useState(() => performance.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return <>{formatDuration(now - started)}</>;
}
