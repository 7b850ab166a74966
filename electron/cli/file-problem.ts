import path from 'node:path';

/**
 * Why a file named on the command line could not be read or written, in plain words rather than
 * Node's error code (ENOENT, EISDIR…), which admins should not have to look up.
 */
export function fileProblem(err: unknown, file: string, writing = false): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return writing ? `the folder ${path.dirname(path.resolve(file))} does not exist` : 'there is no such file';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EBUSY':
      return 'another program has it open (for example Excel); close it there and try again';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    default:
      return code ?? (err as Error).message;
  }
}
