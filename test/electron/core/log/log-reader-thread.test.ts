import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { LogReaderThread } from '../../../../electron/core/log/log-reader-thread';
import { startLogWorker } from '../../../../electron/core/log/start-log-worker';
import { openTestCore } from '../../../support/core-fixture';
import { useTempDirs } from '../../../support/temp-dir';

describe('the log reader thread', () => {
  const tempDir = useTempDirs();

  it('starts at the first read, reads in another thread, and ends on close', async () => {
    const file = path.join(tempDir(), 'Configurator.log');
    writeFileSync(file, '[2026-11-22 10:00:00.000] [info] [core] hello\n');
    const exits: number[] = [];
    const reader = new LogReaderThread(() => {
      const worker = startLogWorker();
      worker.on('exit', (code) => exits.push(code));
      return worker;
    });
    expect(reader.running).toBe(false);
    const page = await reader.read(file, { tail: 5 });
    expect(page.lines.map((l) => l.message)).toEqual(['hello']);
    expect(reader.running).toBe(true);
    expect(isMainThread).toBe(true);
    await reader.close();
    expect(reader.running).toBe(false);
    expect(exits).toHaveLength(1);
  });

  it('passes a read error on with its code, and keeps working after it', async () => {
    const dir = tempDir();
    const reader = new LogReaderThread();
    try {
      await expect(reader.read(dir, { tail: 5 })).rejects.toMatchObject({ code: 'EISDIR' });
      expect((await reader.read(path.join(dir, 'none.log'), { tail: 5 })).lines).toEqual([]);
    } finally {
      await reader.close();
    }
  });

  it('is one thread per core, answering readLog, and closing the core ends it', async () => {
    const core = await openTestCore(tempDir());
    core.logger.scope('core').info('through the thread');
    const [a, b] = await Promise.all([core.api.readLog({ tail: 10 }), core.api.readLog({ tail: 10, grep: 'THREAD' })]);
    expect(a.lines.at(-1)?.message).toBe('through the thread');
    expect(b.lines.map((l) => l.message)).toEqual(['through the thread']);
    expect(core.logReader.running).toBe(true);
    await core.close();
    expect(core.logReader.running).toBe(false);
  });
});
