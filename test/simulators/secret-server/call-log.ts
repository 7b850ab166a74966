import { SS_OPERATIONS, type SsOperation } from './types';

export interface LoggedRequest {
  operation: string;
  args: Record<string, unknown>;
  at: number;
}

export type CallCounters = Record<SsOperation, number>;

function zeroCounters(): CallCounters {
  return Object.fromEntries(SS_OPERATIONS.map((op) => [op, 0])) as CallCounters;
}

/**
 * Every SOAP call the simulator received, faulted ones included, so tests can assert call
 * counts and exact sequences. Arguments are kept verbatim, passwords too: this is a test tool.
 */
export class CallLog {
  readonly calls: CallCounters = zeroCounters();
  readonly requests: LoggedRequest[] = [];

  record(operation: string, args: Record<string, unknown>, at: number): void {
    if (operation in this.calls) this.calls[operation as SsOperation] += 1;
    this.requests.push({ operation, args, at });
  }

  /** Zeroes the counters and empties the request log, in place (tests may hold references). */
  reset(): void {
    for (const op of SS_OPERATIONS) this.calls[op] = 0;
    this.requests.length = 0;
  }
}
