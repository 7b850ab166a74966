import { parentPort } from 'node:worker_threads';
import { readLogPage } from './log-reader';
import type { LogWorkerAnswer, LogWorkerRequest } from './log-worker-protocol';

/**
 * The log reader thread: reads pages of Configurator.log for the core (log-reader-thread.ts), so
 * scanning 100 MB for a rare filter never holds up the main process's event loop (the window,
 * IPC, Test Settings). Plain Node; bundled to out/log-worker/log-worker.cjs.
 */
const port = parentPort;
port?.on('message', (request: LogWorkerRequest) => {
  const answer = (message: LogWorkerAnswer) => port.postMessage(message);
  readLogPage(request.file, request.options).then(
    (page) => answer({ id: request.id, page }),
    (err: unknown) => {
      const code = (err as NodeJS.ErrnoException).code;
      answer({
        id: request.id,
        error: { message: err instanceof Error ? err.message : String(err), ...(code ? { code } : {}) },
      });
    },
  );
});
