/** The About dialog's facts, answered by the `getAbout` channel. */
export interface AboutInfo {
  product: { name: string; version: string; license: string };
  plugins: { id: string; displayName: string; version: string }[];
  /** `electron` and `chrome` are null outside Electron (CLI, browser test host). */
  runtime: { electron: string | null; chrome: string | null; node: string };
  dataDir: string;
  logFile: string;
}
