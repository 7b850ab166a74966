import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Test seams: run code at the moments a crash would hurt most. */
export interface AtomicWriteHooks {
  /** After the temporary file is written and flushed, before it replaces the target. */
  beforeRename?: (tempPath: string) => void | Promise<void>;
}

/**
 * Replaces `file` with `data` so that a reader (or a crash) sees either the old or the new
 * content, never a mix: write a temporary file beside it, fsync, rename over, fsync the folder.
 */
export async function writeFileAtomic(
  file: string,
  data: string,
  options: { mode?: number; hooks?: AtomicWriteHooks } = {},
): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'w', options.mode ?? 0o600);
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await options.hooks?.beforeRename?.(temp);
    await renameWithRetry(temp, file);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
  await syncDirectory(dir);
}

/**
 * On Windows a rename over a file that an antivirus scanner or backup agent holds open fails
 * with EPERM/EBUSY for a moment; retry briefly before giving up.
 */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (attempt >= 5 || !(code === 'EPERM' || code === 'EBUSY' || code === 'EACCES')) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

/** Makes the rename itself durable. Not possible on Windows (opening a folder fails), where NTFS journals it. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Removes temporary files a killed writer left behind. */
export async function removeStaleTempFiles(file: string): Promise<void> {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  await Promise.all(
    names
      .filter((n) => n.startsWith(prefix) && n.endsWith('.tmp'))
      .map((n) => fs.rm(path.join(dir, n), { force: true })),
  );
}
