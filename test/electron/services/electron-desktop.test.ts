import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/open-core';
import { electronDesktop } from '../../../electron/services/electron-desktop';
import { channels } from '../../../shared/ipc/channels';
import { ROOT } from '../../support/static-vault';
import { useTempDirs } from '../../support/temp-dir';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [file] : [];
  });
}

// Checklist item 15: no shell.openExternal with untrusted content. The app never calls it; the one
// thing it opens is its own data directory ("Open log folder"), with shell.openPath.
describe('opening things on the desktop', () => {
  const tempDir = useTempDirs();

  it('never calls shell.openExternal anywhere in the shell, the core or the renderer', () => {
    const callers = ['electron', 'renderer', 'shared']
      .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
      .filter((file) => /\bopenExternal\b/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(callers).toEqual([]);
  });

  it('opens a folder with shell.openPath only, and reports its error string as not opened', async () => {
    const opened: string[] = [];
    const shell = { openPath: async (p: string) => (opened.push(p), p === '/missing' ? 'Failed to open path' : '') };
    const desktop = electronDesktop(
      shell,
      { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) } as never,
      () => null,
    );
    expect(await desktop.openFolder('/data')).toBe(true);
    expect(await desktop.openFolder('/missing')).toBe(false);
    expect(opened).toEqual(['/data', '/missing']);
  });

  it('"Open log folder" opens the data directory and takes no path from the page', async () => {
    const dataDir = tempDir();
    const asked: string[] = [];
    const core = await openCore({
      dataDir,
      plugins: [],
      desktop: {
        openFolder: async (f) => (asked.push(f), true),
        openTextFile: async () => null,
        saveTextFile: async () => null,
      },
    });
    try {
      expect(await core.api.openLogFolder({})).toEqual({ opened: true, path: dataDir });
      expect(asked).toEqual([dataDir]);
      expect(channels.openLogFolder.request.safeParse({ path: '/etc' }).success).toBe(false);
    } finally {
      await core.close();
    }
  });

  it('saves an export where the admin chose, and writes nothing when the dialog is cancelled', async () => {
    const file = path.join(tempDir(), 'review.csv');
    const asked: unknown[] = [];
    const answers = [
      { canceled: false, filePath: file },
      { canceled: true, filePath: '' },
    ];
    const desktop = electronDesktop(
      { openPath: async () => '' },
      { showSaveDialog: async (options: unknown) => (asked.push(options), answers.shift()) } as never,
      () => null,
    );
    expect(await desktop.saveTextFile('Export', 'review.csv', 'user,endpoint\n')).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe('user,endpoint\n');
    expect(asked[0]).toMatchObject({ defaultPath: 'review.csv', filters: [{ extensions: ['csv'] }] });
    expect(await desktop.saveTextFile('Export', 'review.csv', 'other')).toBeNull();
    expect(readFileSync(file, 'utf8')).toBe('user,endpoint\n');
  });
});
