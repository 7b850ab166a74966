import type { ReviewResult } from '../../../shared/review/review-types';

/**
 * Puts results that arrive in completion order back into input order, holding only those that
 * came early: with pairs run a few at a time, that is a handful, so 10,000 results can be written
 * as they complete without keeping them all.
 */
export class InputOrder {
  private next = 0;
  private readonly early = new Map<number, ReviewResult>();

  constructor(private readonly emit: (result: ReviewResult) => void) {}

  push(result: ReviewResult): void {
    this.early.set(result.index, result);
    for (let r = this.early.get(this.next); r; r = this.early.get(this.next)) {
      this.early.delete(this.next);
      this.next += 1;
      this.emit(r);
    }
  }

  /** A stopped or cancelled review leaves gaps: what is left goes out in input order. */
  flush(): void {
    for (const index of [...this.early.keys()].sort((a, b) => a - b)) this.emit(this.early.get(index)!);
    this.early.clear();
  }
}
