import type { FaultKind, SsOperation } from './types';

interface PlannedFault {
  kind: FaultKind;
  remaining: number;
  /** Calls still answered normally before the fault starts. */
  skip: number;
}

export type FaultTarget = SsOperation | '*';

/** Faults tests ask for, per operation or for all ('*'), each for a number of calls. */
export class FaultPlan {
  private readonly planned = new Map<FaultTarget, PlannedFault>();

  /** `after` calls are answered normally first, so a test can fault the third search and not the first two. */
  inject(target: FaultTarget, kind: FaultKind, times = Infinity, after = 0): void {
    if (!(times > 0)) throw new RangeError(`times must be positive, got ${times}`);
    if (!(after >= 0)) throw new RangeError(`after must be 0 or more, got ${after}`);
    this.planned.set(target, { kind, remaining: times, skip: after });
  }

  /** The fault for this call, if any; an operation's own fault wins over '*'. Uses one of its calls. */
  take(operation: SsOperation): FaultKind | undefined {
    for (const target of [operation, '*'] as const) {
      const fault = this.planned.get(target);
      if (!fault) continue;
      if (fault.skip > 0) {
        fault.skip -= 1;
        return undefined;
      }
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.planned.delete(target);
      return fault.kind;
    }
    return undefined;
  }

  clear(): void {
    this.planned.clear();
  }
}
