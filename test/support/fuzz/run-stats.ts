import type fc from 'fast-check';
import type { Core } from '../../../electron/core/open-core';

/** Run counts, time limits and the per-property summary the IPC fuzz tests print. */
export const NUM_RUNS = Number(process.env.ECM_FUZZ_RUNS ?? 400);
export const SEED = process.env.ECM_FUZZ_SEED === undefined ? undefined : Number(process.env.ECM_FUZZ_SEED);
export const PROPERTY_TIME_LIMIT_MS = 100_000;
export const TEST_TIMEOUT_MS = 150_000;

export interface Stats {
  outcomes: Map<string, number>;
  internal: string[];
  maxAnswerChars: number;
  maxMs: number;
  lastGoodRewrittenOnRefusal: number;
}

export function newStats(): Stats {
  return { outcomes: new Map(), internal: [], maxAnswerChars: 0, maxMs: 0, lastGoodRewrittenOnRefusal: 0 };
}

export function record(stats: Stats, answer: unknown, ms: number): void {
  const r = answer as { ok: boolean; error?: { code: string; message: string } };
  const key = r.ok ? 'ok' : (r.error?.code ?? '?');
  stats.outcomes.set(key, (stats.outcomes.get(key) ?? 0) + 1);
  if (!r.ok && r.error?.code === 'INTERNAL' && stats.internal.length < 5)
    stats.internal.push(r.error.message.slice(0, 200));
  stats.maxMs = Math.max(stats.maxMs, ms);
  const size = JSON.stringify(answer)?.length ?? 0;
  stats.maxAnswerChars = Math.max(stats.maxAnswerChars, size);
}

export function summary(name: string, runs: number, stats: Stats): string {
  const outcomes = [...stats.outcomes.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return (
    `[ipc fuzz] ${name}: ${runs} payloads → ${outcomes}; slowest ${Math.round(stats.maxMs)} ms; largest answer ${stats.maxAnswerChars} chars` +
    (stats.lastGoodRewrittenOnRefusal
      ? `; last-good copy rewritten by ${stats.lastGoodRewrittenOnRefusal} refused call(s)`
      : '') +
    (stats.internal.length ? `; INTERNAL e.g. ${JSON.stringify(stats.internal)}` : '')
  );
}

/** What the redactor holds after a run: secrets typed into drafts are registered and kept for the process's life. */
export function redactorLoad(core: Core): string {
  const secrets = (core.logger.redactor as unknown as { secrets?: Set<string> }).secrets;
  if (!secrets) return '';
  let chars = 0;
  for (const s of secrets) chars += s.length;
  return `; redactor holds ${secrets.size} secret variant(s), ${chars} chars`;
}

export function fcParams(): fc.Parameters<[unknown]> {
  return {
    numRuns: NUM_RUNS,
    ...(SEED === undefined ? {} : { seed: SEED }),
    interruptAfterTimeLimit: PROPERTY_TIME_LIMIT_MS,
    markInterruptAsFailure: true,
  };
}
