import { useLayoutEffect } from 'react';

const DIALOG = '[role="dialog"], [role="alertdialog"]';
/** How long a closing dialog may take to leave the page (its fade-out) before the focus is placed anyway. */
const MAX_WAIT_MS = 3000;

// The last element that had the focus outside every dialog: the control that opened the next
// dialog. Tracked from the document, because a dialog opened by a store (Test Settings), by a
// choice in the picker (unsaved changes) or by a file chosen (settings-file warnings) has no
// DialogTrigger for Fluent to give the focus back to.
let lastOutside: HTMLElement | null = null;
if (typeof document !== 'undefined') {
  document.addEventListener(
    'focusin',
    (e) => {
      if (e.target instanceof HTMLElement && !e.target.closest(DIALOG)) lastOutside = e.target;
    },
    true,
  );
}

function afterDialogLeaves(countAtClose: number, then: () => void): void {
  const started = performance.now();
  const step = () => {
    // Zero at close: the dialog was removed at once (no fade-out), nothing to wait for.
    const gone = countAtClose === 0 || document.querySelectorAll(DIALOG).length < countAtClose;
    if (gone || performance.now() - started > MAX_WAIT_MS) then();
    else requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

/**
 * Gives the focus back, when the dialog has closed (faded out and left the page), to the control
 * that had it when the dialog opened; when that control is gone, or nothing had the focus (a
 * dialog the app opened by itself), to `fallback()`. Without this the focus falls on the page's
 * body or wherever the focus manager guesses. Leaves the focus alone when another dialog has it.
 */
export function useReturnFocus(open: boolean, fallback?: () => HTMLElement | null): void {
  useLayoutEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    const opener =
      active instanceof HTMLElement && active !== document.body && !active.closest(DIALOG) ? active : lastOutside;
    return () => {
      afterDialogLeaves(document.querySelectorAll(DIALOG).length, () => {
        if (document.activeElement?.closest(DIALOG)) return;
        const target = opener?.isConnected ? opener : (fallback?.() ?? null);
        target?.focus();
      });
    };
    // The fallback is read when the dialog closes; only opening and closing matter here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
}
