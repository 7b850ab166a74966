/**
 * The question shown when the window is closed with unsaved settings, and what each answer does.
 * Plain data and logic (no Electron import), so it is unit-tested; main.ts only wires it to
 * `will-prevent-unload`, the message box and `webContents.send`.
 */

export type UnsavedCloseChoice = 'save' | 'discard' | 'keep';

const CHOICES: readonly UnsavedCloseChoice[] = ['save', 'discard', 'keep'];
const KEEP_EDITING = CHOICES.indexOf('keep');

/** Options for `dialog.showMessageBoxSync`: Keep editing is the default and what Escape means. */
export const UNSAVED_CLOSE_PROMPT = {
  type: 'question' as const,
  buttons: ['Save', 'Discard changes', 'Keep editing'],
  defaultId: KEEP_EDITING,
  cancelId: KEEP_EDITING,
  noLink: true,
  title: 'Unsaved changes',
  message: 'The plugin settings have changes that are not saved.',
  detail: 'Save them before closing? If the settings cannot be saved, the window stays open and shows why.',
};

/** The answer for the button index the message box returned; anything unknown keeps editing. */
export function unsavedCloseChoice(response: number): UnsavedCloseChoice {
  return CHOICES[response] ?? 'keep';
}

export interface UnsavedCloseActions {
  /** Let the page unload now, changes lost (`event.preventDefault()` on will-prevent-unload). */
  closeNow(): void;
  /** Ask the page to save its draft; it closes the window itself once the save succeeded. */
  askPageToSave(): void;
}

/** Carries out the admin's answer; the window stays open unless it was Discard. */
export function onUnsavedClose(response: number, actions: UnsavedCloseActions): UnsavedCloseChoice {
  const choice = unsavedCloseChoice(response);
  switch (choice) {
    case 'discard':
      actions.closeNow();
      break;
    case 'save':
      actions.askPageToSave();
      break;
    case 'keep':
      break;
  }
  return choice;
}
