import { useEffect } from 'react';
import { useLogStore } from '../../stores/log/log-store';
import { hasNewer } from '../../stores/log/log-window';

export const POLL_INTERVAL_MS = 1000;

/**
 * Asks the core for new lines about once a second while the viewer follows the newest line and
 * the window is visible; stops when the component unmounts.
 */
export function useLogPolling(intervalMs = POLL_INTERVAL_MS): void {
  useEffect(() => {
    const tick = () => {
      const s = useLogStore.getState();
      if (document.visibilityState !== 'visible' || !s.follow || hasNewer(s) || s.status !== 'ready') return;
      void s.poll();
    };
    const timer = setInterval(tick, intervalMs);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [intervalMs]);
}
