import { useEffect } from 'react';

/** Ctrl+S (Cmd+S on a Mac), without Shift or Alt: the Windows "save" every admin expects. */
export function isSaveShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 's';
}

/**
 * Ctrl+S runs `save` when `canSave` (the form is open and has changes). The key is always taken
 * from the browser, so its own "Save page as" never opens, even when there is nothing to save.
 */
export function useSaveShortcut(canSave: boolean, save: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSaveShortcut(e)) return;
      e.preventDefault();
      if (canSave && !e.repeat) save();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canSave, save]);
}
