import type { StepProgress } from '../../../shared/plugin/contract';
import type { Redactor } from '../log/redactor';

interface Run {
  controller: AbortController;
  steps: StepProgress[];
  done: boolean;
}

/** How long a finished run's steps stay readable for the renderer's last poll. */
const KEEP_FINISHED_MS = 60_000;
const MAX_RUNS = 100;

/**
 * Test Settings runs in flight, by the id the renderer chose: their steps as they happen (for
 * the live view, read by polling) and an AbortController (for Cancel).
 */
export class TestRuns {
  private readonly runs = new Map<string, Run>();

  constructor(private readonly redactor: Redactor) {}

  start(runId: string): { signal: AbortSignal; report: (step: StepProgress) => void; finish: () => void } {
    if (this.runs.size >= MAX_RUNS) {
      const oldest = [...this.runs.entries()].find(([, r]) => r.done)?.[0] ?? this.runs.keys().next().value;
      if (oldest !== undefined) this.runs.delete(oldest);
    }
    const run: Run = { controller: new AbortController(), steps: [], done: false };
    this.runs.set(runId, run);
    return {
      signal: run.controller.signal,
      report: (step) => {
        const clean = { ...step, ...(step.detail ? { detail: this.redactor.redact(step.detail) } : {}) };
        const i = run.steps.findIndex((s) => s.name === step.name && s.status === 'running');
        if (i >= 0) run.steps[i] = clean;
        else run.steps.push(clean);
      },
      finish: () => {
        run.done = true;
        setTimeout(() => {
          if (this.runs.get(runId) === run) this.runs.delete(runId);
        }, KEEP_FINISHED_MS).unref();
      },
    };
  }

  progress(runId: string): { steps: StepProgress[]; done: boolean } {
    const run = this.runs.get(runId);
    return run ? { steps: run.steps.map((s) => ({ ...s })), done: run.done } : { steps: [], done: false };
  }

  cancel(runId: string): boolean {
    const run = this.runs.get(runId);
    if (!run || run.done) return false;
    run.controller.abort(new Error('Cancelled by the administrator.'));
    return true;
  }
}
