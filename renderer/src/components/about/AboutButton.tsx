import { Button, Tooltip } from '@fluentui/react-components';
import { QuestionCircleRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { aboutDialogPart, LazyAboutDialog } from '../lazy/lazy-parts';

/**
 * The title bar's Help/About button; F1 opens the same dialog from anywhere. The dialog gives
 * focus back to whatever had it before (the button, or the control where F1 was pressed).
 */
export function AboutButton() {
  const [open, setOpen] = useState(false);
  // Fetched when first opened (lazy-parts.ts), then kept mounted so it can close as it always did.
  const aboutReady = aboutDialogPart.useReady(open);
  // Fluent gives focus back only to a DialogTrigger; F1 has none, so the opener is kept here.
  const opener = useRef<HTMLElement | null>(null);
  const show = () => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  };
  useEffect(() => {
    if (open || !opener.current) return;
    const back = opener.current;
    opener.current = null;
    // After the dialog's own focus handling of this close has run.
    const frame = requestAnimationFrame(() => back.focus());
    return () => cancelAnimationFrame(frame);
  }, [open]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F1' || e.ctrlKey || e.altKey || e.shiftKey || e.metaKey) return;
      e.preventDefault(); // the browser's own help page never opens
      if (!opener.current) show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <Tooltip content="About ECM Configurator (F1)" relationship="label">
        <Button
          appearance="transparent"
          icon={<QuestionCircleRegular />}
          onClick={show}
          aria-keyshortcuts="F1"
          style={{ color: 'inherit' }}
          data-testid="about-open"
        />
      </Tooltip>
      {aboutReady ? <LazyAboutDialog open={open} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
