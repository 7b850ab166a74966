import type { FaultKind, SsOperation } from './types';

interface PlannedFault {
  kind: FaultKind;
  remaining: number;
}

export type FaultTarget = SsOperation | '*';

/** Faults tests ask for, per operation or for all ('*'), each for a number of calls. */
export class FaultPlan {
  private readonly planned = new Map<FaultTarget, PlannedFault>();

  inject(target: FaultTarget, kind: FaultKind, times = Infinity): void {
    if (!(times > 0)) throw new RangeError(`times must be positive, got ${times}`);
    this.planned.set(target, { kind, remaining: times });
  }

  /** The fault for this call, if any; an operation's own fault wins over '*'. Uses one of its calls. */
  take(operation: SsOperation): FaultKind | undefined {
    for (const target of [operation, '*'] as const) {
      const fault = this.planned.get(target);
      if (!fault) continue;
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
