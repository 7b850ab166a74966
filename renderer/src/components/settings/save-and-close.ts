import { useEffect } from 'react';
import { useSettingsDraftStore } from '../../stores/settings-draft-store';

/**
 * Save in the main process's unsaved-changes prompt: save the draft, then close the window, only
 * when the save succeeded. A refused save (an invalid field) keeps the window open with the error
 * shown, as the Save button would.
 */
export async function saveThenClose(
  save: () => Promise<boolean> = () => useSettingsDraftStore.getState().save(),
  close: () => void = () => window.close(),
): Promise<boolean> {
  const saved = await save();
  if (saved) close();
  return saved;
}

/** Listens for the main process's `saveAndClose` event (event-names.ts) while the app is shown. */
export function useSaveAndClose(): void {
  useEffect(() => window.ecm?.on?.saveAndClose(() => void saveThenClose()), []);
}
