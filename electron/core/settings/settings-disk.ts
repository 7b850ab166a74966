import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EcmError } from '../../../shared/errors';
import { removeStaleTempFiles, writeFileAtomic, type AtomicWriteHooks } from '../fs/atomic-write';
import { Mutex } from '../fs/mutex';
import { emptySettingsDoc, parseSettingsDoc, serializeSettingsDoc, type SettingsDoc } from './settings-document';

export const SETTINGS_FILE = 'settings.json';
export const LAST_GOOD_FILE = 'settings.last-good.json';

/** The last good copy as read under the lock: its text, document and when it was written. */
export interface LastGoodCopy {
  text: string;
  doc: SettingsDoc;
  savedAt: string;
}

/**
 * settings.json on disk: one lock for every read-modify-write, atomic writes, and the last good
 * copy beside it. A damaged file is reported, never replaced by defaults: the admin chooses to
 * restore the last good copy (settings-restore.ts).
 */
export class SettingsDisk {
  readonly file: string;
  readonly lastGoodFile: string;
  readonly mutex = new Mutex();

  constructor(
    dataDir: string,
    readonly hooks: AtomicWriteHooks = {},
  ) {
    this.file = path.join(dataDir, SETTINGS_FILE);
    this.lastGoodFile = path.join(dataDir, LAST_GOOD_FILE);
  }

  /** Reads and checks the file; a missing file is a first start. */
  async load(): Promise<SettingsDoc> {
    const text = await readIfExists(this.file);
    if (text === null) return emptySettingsDoc();
    const parsed = parseSettingsDoc(text);
    if (parsed.ok) return parsed.doc;
    throw await this.damagedError(parsed.reason);
  }

  /** Read-modify-write under the lock. Refuses to write over a damaged file. */
  async update(change: (doc: SettingsDoc) => void | Promise<void>): Promise<void> {
    await this.mutex.run(async () => {
      await removeStaleTempFiles(this.file);
      const currentText = await readIfExists(this.file);
      let doc = emptySettingsDoc();
      if (currentText !== null) {
        const parsed = parseSettingsDoc(currentText);
        if (!parsed.ok) throw await this.damagedError(parsed.reason);
        doc = parsed.doc;
      }
      // A refused change (validation) must leave both files as they were.
      await change(doc);
      const nextText = serializeSettingsDoc(doc);
      await writeFileAtomic(this.file, nextText, { hooks: this.hooks });
      // Only a save that is on disk and reads back whole retires the previous file to the last
      // good copy; a failed or garbled write leaves the last good copy as it was. A crash between
      // the two writes leaves the new file whole and the last good copy one save older.
      await this.confirmWritten(nextText, currentText);
      if (currentText !== null) await writeFileAtomic(this.lastGoodFile, currentText);
    });
  }

  /** The last good copy, checked; `null` when none exists. Call under the lock. */
  async readLastGood(): Promise<LastGoodCopy | null> {
    const text = await readIfExists(this.lastGoodFile);
    if (text === null) return null;
    const parsed = parseSettingsDoc(text);
    if (!parsed.ok) {
      throw new EcmError({
        code: 'CONFIG',
        message: `The last good copy ${this.lastGoodFile} cannot be read either: ${parsed.reason}.`,
        hint: 'Restore settings.json from a backup of the data directory, or remove both files and configure the plugin again.',
      });
    }
    const stat = await fs.stat(this.lastGoodFile);
    return { text, doc: parsed.doc, savedAt: stat.mtime.toISOString() };
  }

  /** Reads the file just written; if it is not what was written, puts the previous text back and fails. */
  private async confirmWritten(written: string, previous: string | null): Promise<void> {
    const back = await readIfExists(this.file);
    if (back === written && parseSettingsDoc(back).ok) return;
    if (previous !== null) await writeFileAtomic(this.file, previous);
    else await fs.rm(this.file, { force: true });
    throw new EcmError({
      code: 'CONFIG',
      message: `The settings file ${this.file} did not read back as written; the previous settings were put back and nothing was saved.`,
      hint: 'Check the disk and that no other program (antivirus, sync tool) changes the data directory, then save again.',
    });
  }

  private async damagedError(reason: string): Promise<EcmError> {
    const backup = await fs.stat(this.lastGoodFile).catch(() => null);
    return new EcmError({
      code: 'CONFIG',
      message: `The settings file ${this.file} cannot be used: ${reason}. Nothing was changed.`,
      hint: backup
        ? `A last good copy from ${backup.mtime.toISOString()} is kept at ${this.lastGoodFile}. Restore it with "Restore last good copy" in the app or \`ecm-configurator config restore-backup\`; the damaged file is kept beside it.`
        : 'No earlier copy exists. Repair the file by hand or move it away and configure the plugin again.',
    });
  }
}

/** The file's text; `null` when it does not exist. */
export async function readIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new EcmError({
      code: 'CONFIG',
      message: `Cannot read ${file}: ${(err as Error).message}`,
      hint: 'Check that this account may read the data directory.',
    });
  }
}
