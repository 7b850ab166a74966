import type { LogPage } from '../../../shared/ipc/responses';
import type { ReadLogOptions } from './log-reader';

/** What the core asks the log reader thread (log-worker.ts) and what it answers. */
export interface LogWorkerRequest {
  id: number;
  file: string;
  options: ReadLogOptions;
}

export type LogWorkerAnswer = { id: number; page: LogPage } | { id: number; error: { message: string; code?: string } };
