import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import { useReturnFocus } from './use-return-focus';

export interface ConfirmDialogProps {
  open: boolean;
  /** `false` on Escape or a Cancel wrapped in DialogTrigger; `true` when the trigger is pressed. */
  onOpenChange(open: boolean): void;
  /** The button that opens the dialog, when it has one; Fluent gives the focus back to it. */
  trigger?: ReactElement;
  title: ReactNode;
  /** Id of the element screen readers read after the title; the content (`contentId`) when not given. */
  describedBy?: string;
  /** Where the focus goes on close when the control that opened the dialog is gone. */
  returnFocusFallback?: () => HTMLElement | null;
  surfaceClassName?: string;
  surfaceTestId?: string;
  titleClassName?: string;
  contentId?: string;
  contentClassName?: string;
  contentTestId?: string;
  children: ReactNode;
  /**
   * The answers. The dialog focuses the first when it opens, so Enter gives it: put the safe one
   * first wherever acting cannot be undone.
   */
  actions: ReactNode;
}

/**
 * Every question the app asks before it acts: an alert dialog (a click outside does not answer it,
 * Escape does, the safe way), described for screen readers, and the focus back on the control
 * that opened it when it closes, with or without a trigger (a dialog opened by a store or a
 * choice has none, so `useReturnFocus` does it).
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, onOpenChange, trigger, title, describedBy, children, actions } = props;
  useReturnFocus(trigger ? false : open, props.returnFocusFallback);
  const surface = (
    <DialogSurface
      aria-describedby={describedBy ?? props.contentId}
      className={props.surfaceClassName}
      data-testid={props.surfaceTestId}
    >
      <DialogBody>
        <DialogTitle className={props.titleClassName}>{title}</DialogTitle>
        <DialogContent id={props.contentId} className={props.contentClassName} data-testid={props.contentTestId}>
          {children}
        </DialogContent>
        <DialogActions>{actions}</DialogActions>
      </DialogBody>
    </DialogSurface>
  );
  const onChange = (_e: unknown, d: { open: boolean }) => onOpenChange(d.open);
  // Fluent's Dialog takes either [trigger, surface] or the surface alone as its children.
  return trigger ? (
    <Dialog open={open} onOpenChange={onChange} modalType="alert">
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      {surface}
    </Dialog>
  ) : (
    <Dialog open={open} onOpenChange={onChange} modalType="alert">
      {surface}
    </Dialog>
  );
}

/** "Cancel" that closes the dialog the way Escape does (onOpenChange(false)). */
export function DialogCancel() {
  return (
    <DialogTrigger disableButtonEnhancement>
      <Button>Cancel</Button>
    </DialogTrigger>
  );
}
