/**
 * One-way messages from the main process to the page, beside the channel map (which carries the
 * page's requests). The page subscribes with `window.ecm.on.<name>(listener)`; a listener gets no
 * arguments, so no event object or sender ever reaches the page. Kept without zod, like
 * `channel-names.ts`, for the preload.
 */
export const EVENT_NAMES = [
  // The admin chose Save in the unsaved-changes prompt of a window being closed: save the draft,
  // and close the window only when the save succeeded.
  'saveAndClose',
] as const;

export type EventName = (typeof EVENT_NAMES)[number];

/** `window.ecm.on`: subscribe to one event; the answer unsubscribes. */
export type EcmEvents = { readonly [K in EventName]: (listener: () => void) => () => void };

/** The Electron IPC channel string of an event name (main → page only). */
export function ipcEvent(name: EventName): string {
  return `ecm-event:${name}`;
}
