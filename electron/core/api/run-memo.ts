import type { RunMemo } from '../../../shared/plugin/contract';

/**
 * A memo for one run: the first caller of a key starts the lookup, every later caller (even one
 * that arrives while it is still running) gets the same promise. Failures are kept as well, so a
 * review of 50 endpoints for a user the back end refuses asks the back end once, not 50 times.
 */
export function createRunMemo(): RunMemo {
  const entries = new Map<string, Promise<unknown>>();
  return {
    once<T>(key: string, work: () => Promise<T>): Promise<T> {
      let entry = entries.get(key) as Promise<T> | undefined;
      if (!entry) {
        entry = Promise.resolve().then(work);
        // Settled promises are kept; a caller that never awaits a rejection must not crash the process.
        entry.catch(() => undefined);
        entries.set(key, entry);
      }
      return entry;
    },
  };
}
