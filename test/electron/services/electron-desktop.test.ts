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

// Checklist item 15: no shell.openExternal with untrusted content. Only the desktop service calls it,
// for a pending approval's page the core checked first (approval-page.ts, approval-page.test.ts); the
// data directory ("Open log folder") is opened with shell.openPath.
describe('opening things on the desktop', () => {
  const tempDir = useTempDirs();

  it('calls shell.openExternal only in the desktop service, never in the core or the renderer', () => {
    const callers = ['electron', 'renderer', 'shared']
      .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
      .filter((file) => /\bopenExternal\b/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(callers).toEqual(
      [
        path.join('electron', 'core', 'api', 'desktop.ts'),
        path.join('electron', 'core', 'api', 'approval-page.ts'),
        path.join('electron', 'services', 'electron-desktop.ts'),
      ].sort(),
    );
  });

  it('opens a page with shell.openExternal, not in the app window', async () => {
    const external: string[] = [];
    const shell = { openPath: async () => '', openExternal: async (url: string) => void external.push(url) };
    const desktop = electronDesktop(shell, {} as never, () => null);
    expect(await desktop.openExternal('https://ss.corp.example/approve')).toBe(true);
    expect(external).toEqual(['https://ss.corp.example/approve']);
  });

  it('opens a folder with shell.openPath only, and reports its error string as not opened', async () => {
    const opened: string[] = [];
    const shell = {
      openPath: async (p: string) => (opened.push(p), p === '/missing' ? 'Failed to open path' : ''),
      openExternal: async () => {},
    };
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
        openExternal: async () => false,
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
      { openPath: async () => '', openExternal: async () => undefined },
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
