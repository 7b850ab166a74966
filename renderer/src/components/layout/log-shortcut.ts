import { useEffect } from 'react';
import { useLayoutStore } from '../../stores/layout-store';

/** The shortcut shown on the log's collapse button, in aria-keyshortcuts form. */
export const LOG_SHORTCUT = 'Control+L';

/**
 * Ctrl+L, without Shift or Alt: collapses the log to its toolbar or opens it again. "L" for log;
 * nothing else in the app uses it (Ctrl+S saves, F1 is About, F4 and Ctrl+C/Ctrl+A belong to the
 * log grid), and the Electron window has no address bar that would want it.
 */
export function isLogShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'l';
}

/** Listens for Ctrl+L anywhere in the window, except while a dialog is open over it. */
export function useLogShortcut(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isLogShortcut(e) || e.repeat) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      e.preventDefault();
      useLayoutStore.getState().toggleLog();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
