import type { Worker } from 'node:worker_threads';
import type { LogPage } from '../../../shared/ipc/responses';
import type { ReadLogOptions } from './log-reader';
import type { LogWorkerAnswer } from './log-worker-protocol';
import { startLogWorker } from './start-log-worker';

interface Waiting {
  resolve(page: LogPage): void;
  reject(err: Error): void;
}

/**
 * The core's one log reader thread: started at the first read, ended by `close` (on core close).
 * While no read is waiting the thread does not keep the process alive, so a CLI run that ends
 * without closing still exits.
 */
export class LogReaderThread {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  constructor(private readonly start: () => Worker = startLogWorker) {}

  read(file: string, options: ReadLogOptions): Promise<LogPage> {
    const worker = (this.worker ??= this.open());
    const id = this.nextId++;
    worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, file, options });
    });
  }

  /** Ends the thread; reads still waiting are refused. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('The log reader was closed.'));
    if (worker) await worker.terminate();
  }

  /** Whether the thread is running (tests). */
  get running(): boolean {
    return this.worker !== null;
  }

  private open(): Worker {
    const worker = this.start();
    worker.unref();
    worker.on('message', (answer: LogWorkerAnswer) => {
      const waiting = this.waiting.get(answer.id);
      this.waiting.delete(answer.id);
      if (this.waiting.size === 0) worker.unref();
      if (!waiting) return;
      if ('page' in answer) waiting.resolve(answer.page);
      else
        waiting.reject(
          Object.assign(new Error(answer.error.message), answer.error.code ? { code: answer.error.code } : {}),
        );
    });
    // A thread that failed or stopped is dropped; the next read starts a new one.
    const lost = (err: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.failAll(err);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`The log reader stopped (exit code ${code}).`)));
    return worker;
  }

  private failAll(err: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(err);
    this.waiting.clear();
  }
}
