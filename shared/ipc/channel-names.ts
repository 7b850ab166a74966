/**
 * The names of every IPC channel, without their schemas, so the sandboxed preload can build
 * `window.ecm` without bundling zod. `channels.ts` must define exactly these names: the
 * `satisfies` there fails the type check if a name is added, removed or renamed on one side only.
 */
export const CHANNEL_NAMES = [
  'listPlugins',
  'getActivePlugin',
  'setActivePlugin',
  'getSettings',
  'saveSettings',
  'checkSettings',
  'restoreSettingsBackup',
  'previewSettingsBackup',
  'importSettingsFile',
  'exportSettingsFile',
  'testSettings',
  'getTestProgress',
  'cancelTest',
  'runFieldAction',
  'clearTokenCache',
  'readLog',
  'getLogPath',
  'openLogFolder',
  'openTextFile',
  'listDetectedPlugins',
  'trustPlugin',
  'getAbout',
  'openApprovalPage',
  'startAccessReview',
  'accessReviewProgress',
  'accessReviewResults',
  'cancelAccessReview',
  'exportAccessReview',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** The Electron IPC channel string of a channel name. */
export function ipcChannel(name: ChannelName): string {
  return `ecm:${name}`;
}
