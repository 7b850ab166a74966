import type { ComponentProps } from 'react';
import type { AboutDialog } from '../about/AboutDialog';
import type { TestSettingsDialog } from '../test-settings/TestSettingsDialog';
import type { FieldActionConfirm } from '../settings/FieldActionConfirm';
import { lazyPart } from './lazy-part';

/**
 * The parts of the window left out of the first bundle (Vite puts each dynamic import in a chunk
 * of its own, with the Fluent UI components only it uses): the first screen (picker, settings,
 * log) parses and runs less script before the log's tail is shown.
 */
// The review screen takes no props.
export const reviewScreenPart = lazyPart<Record<string, never>>(() =>
  import('../review/AccessReviewScreen').then((m) => m.AccessReviewScreen),
);
export const aboutDialogPart = lazyPart<ComponentProps<typeof AboutDialog>>(() =>
  import('../about/AboutDialog').then((m) => m.AboutDialog),
);
export const testSettingsDialogPart = lazyPart<ComponentProps<typeof TestSettingsDialog>>(() =>
  import('../test-settings/TestSettingsDialog').then((m) => m.TestSettingsDialog),
);
export const fieldActionConfirmPart = lazyPart<ComponentProps<typeof FieldActionConfirm>>(() =>
  import('../settings/FieldActionConfirm').then((m) => m.FieldActionConfirm),
);

/** Fetches every part while the admin looks at the first screen, so none is waited for later. */
export const LazyAccessReviewScreen = reviewScreenPart.Part;
export const LazyAboutDialog = aboutDialogPart.Part;
export const LazyTestSettingsDialogPart = testSettingsDialogPart.Part;
export const LazyFieldActionConfirm = fieldActionConfirmPart.Part;

export function preloadLazyParts(): void {
  for (const part of [reviewScreenPart, aboutDialogPart, testSettingsDialogPart, fieldActionConfirmPart]) {
    part.preload().catch((err: unknown) => console.error('Could not preload a part of the window:', err));
  }
}
