import type { Step, StepProgress } from '../plugin/contract';

/**
 * Records the steps of a Test Settings run as the admin will see them: name, outcome, duration
 * and a short detail. A failing step is recorded too, and the error is tagged with its name.
 * Part of the plugin kit: built-in and third-party plugins use this one class. It uses the global
 * `performance` clock (Node and browsers have it), so shared/ stays free of Node imports.
 */
export class StepRecorder {
  readonly steps: Step[] = [];

  /** `report` receives each step as it starts and ends (the live view of Test Settings). */
  constructor(private readonly report: (step: StepProgress) => void = () => {}) {}

  async run<T>(name: string, body: () => Promise<T>, detail?: (value: T) => string | undefined): Promise<T> {
    const started = performance.now();
    this.report({ name, status: 'running' });
    try {
      const value = await body();
      const text = detail?.(value);
      const step = { name, ok: true, ms: elapsed(started), ...(text ? { detail: text } : {}) };
      this.steps.push(step);
      this.report({ name, status: 'ok', ms: step.ms, ...(text ? { detail: text } : {}) });
      return value;
    } catch (err) {
      const detailText = (err as Error)?.message ?? String(err);
      this.steps.push({ name, ok: false, ms: elapsed(started), detail: detailText });
      this.report({ name, status: 'failed', ms: elapsed(started), detail: detailText });
      if (err && typeof err === 'object' && !('step' in err && (err as { step?: unknown }).step)) {
        Object.defineProperty(err, 'step', { value: name, enumerable: true, configurable: true, writable: true });
      }
      throw err;
    }
  }

  /** Runs several steps at once and records them in the order given, not the order they finish. */
  async all<T>(
    entries: { name: string; body: () => Promise<T>; detail?: (value: T) => string | undefined }[],
  ): Promise<T[]> {
    const recorders = entries.map(() => new StepRecorder(this.report));
    const settled = await Promise.allSettled(entries.map((e, i) => recorders[i]!.run(e.name, e.body, e.detail)));
    for (const r of recorders) this.steps.push(...r.steps);
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
  }
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
