import type { BrowserWindow, Dialog, Shell } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Desktop } from '../core/api/desktop';

/** Explorer, the open-file dialog and the system browser, for the core's Desktop interface. */
export function electronDesktop(
  shell: Pick<Shell, 'openPath' | 'openExternal'>,
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  window: () => BrowserWindow | null,
): Desktop {
  return {
    async openFolder(folder) {
      // openPath answers an error string, empty on success.
      return (await shell.openPath(folder)) === '';
    },
    async openTextFile(title) {
      const owner = window();
      const options = {
        title,
        properties: ['openFile' as const],
        filters: [
          {
            name: 'Keys, certificates and known_hosts',
            extensions: ['pem', 'key', 'crt', 'cer', 'pub', 'txt', 'ini', 'cfg', '*'],
          },
        ],
      };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const file = result.canceled ? undefined : result.filePaths[0];
      if (!file) return null;
      return { name: path.basename(file), text: await fs.readFile(file, 'utf8') };
    },
    async openExternal(url) {
      // The core checked the URL (approval-page.ts); the system browser opens it, never this window.
      await shell.openExternal(url);
      return true;
    },
    async saveTextFile(title, fileName, text) {
      const owner = window();
      const extension = path.extname(fileName).slice(1);
      const options = {
        title,
        defaultPath: fileName,
        filters: [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }],
      };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await fs.writeFile(result.filePath, text, 'utf8');
      return result.filePath;
    },
  };
}
