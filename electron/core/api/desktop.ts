/**
 * What only a desktop shell can do (open Explorer, show an open-file dialog). The app passes
 * Electron's implementation; the CLI and the browser test host pass `headlessDesktop`, and the
 * renderer falls back to a file input when `openTextFile` is not supported.
 */
export interface Desktop {
  openFolder(folder: string): Promise<boolean>;
  /** Lets the admin choose a text file (keys, certificates, known_hosts); null when cancelled. */
  openTextFile(title: string): Promise<{ name: string; text: string } | null | 'unsupported'>;
  /** Opens an https page in the system browser (never in the app); false where there is none. */
  openExternal(url: string): Promise<boolean>;
  /** Lets the admin choose where to save a text file (an export) and writes it; null when cancelled. */
  saveTextFile(title: string, fileName: string, text: string): Promise<string | null | 'unsupported'>;
}

export const headlessDesktop: Desktop = {
  async openFolder() {
    return false;
  },
  async openTextFile() {
    return 'unsupported';
  },
  async openExternal() {
    return false;
  },
  async saveTextFile() {
    return 'unsupported';
  },
};
