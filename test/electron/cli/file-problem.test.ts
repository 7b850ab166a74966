import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileProblem } from '../../../electron/cli/file-problem';

const failure = (code: string) => Object.assign(new Error(`${code}: raw text`), { code });

// What an admin reads when a file named on the command line cannot be used: words, not Node's codes.
describe('fileProblem', () => {
  it.each([
    ['EISDIR', 'it is a folder, not a file'],
    ['ENOTDIR', 'a part of the path is a file, not a folder'],
    ['EACCES', 'permission denied'],
    ['EBUSY', 'another program has it open (for example Excel); close it there and try again'],
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the disk is read-only'],
    ['ENAMETOOLONG', 'the path is too long'],
  ])('%s: %s', (code, words) => {
    expect(fileProblem(failure(code), 'out.csv', true)).toBe(words);
  });

  it('ENOENT names the missing folder when writing, the missing file when reading', () => {
    const file = path.join('no-such-folder', 'out.csv');
    expect(fileProblem(failure('ENOENT'), file, true)).toBe(
      `the folder ${path.resolve('no-such-folder')} does not exist`,
    );
    expect(fileProblem(failure('ENOENT'), file)).toBe('there is no such file');
  });
});
