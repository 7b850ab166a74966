import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const IPC = path.join(ROOT, 'shared', 'ipc');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Each relative import of `files` that lands in shared/ipc, as "file → import". */
function ipcImports(files: string[]): string[] {
  return files.flatMap((file) =>
    ts
      .preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.map((i) => i.fileName)
      .filter((spec) => spec.startsWith('.') && path.resolve(path.dirname(file), spec).startsWith(IPC))
      .map((spec) => `${path.relative(ROOT, file)} → ${spec}`),
  );
}

// The plugin contract is what plugins are written against; the IPC channel map is built on top of
// it. An import the other way round made contract.ts and payload-schemas.ts an import cycle.
describe('the plugin contract and the plugins do not depend on the IPC layer', () => {
  it('shared/plugin/ imports nothing from shared/ipc/', () => {
    expect(ipcImports(sourceFiles(path.join(ROOT, 'shared', 'plugin')))).toEqual([]);
  });

  it('electron/plugins/ imports nothing from shared/ipc/', () => {
    const files = sourceFiles(path.join(ROOT, 'electron', 'plugins'));
    expect(files.length).toBeGreaterThan(10);
    expect(ipcImports(files)).toEqual([]);
  });
});
