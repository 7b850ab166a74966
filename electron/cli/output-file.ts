import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EcmError } from '../../shared/errors';
import { writeFileAtomic } from '../core/fs/atomic-write';
import { fileProblem } from './file-problem';

/**
 * Writes a file the admin named with `--output`, atomically. A folder that does not exist is an
 * error (a typo must not create folders), and so is a path that is a folder: each said in plain
 * words naming the option, never as Node's error code or an "unexpected error".
 */
export async function writeOutputFile(file: string, text: string, option = '--output'): Promise<void> {
  try {
    const folder = await fs.stat(path.dirname(path.resolve(file)));
    if (!folder.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    if ((await fs.stat(file).catch(() => null))?.isDirectory())
      throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    await writeFileAtomic(file, text);
  } catch (err) {
    throw new EcmError({
      code: 'VALIDATION',
      field: 'output',
      message: `Cannot write the ${option} file ${file}: ${fileProblem(err, file, true)}.`,
      hint: 'Check that the folder exists and that you may write there.',
    });
  }
}

/** Why a file the admin named could not be read, naming `what` it is (e.g. "settings"). */
export function readProblem(what: string, file: string, err: unknown): EcmError {
  return new EcmError({
    code: 'VALIDATION',
    field: what,
    message: `Cannot read the ${what} file ${file}: ${fileProblem(err, file)}.`,
    hint: `Check the path; a relative path is taken from the current folder (${process.cwd()}).`,
  });
}
