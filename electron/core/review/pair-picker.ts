import type { ReviewPair } from '../../../shared/review/review-types';

/** How far past the oldest waiting pair a free lane may look: bounds the results held for input order. */
export const PICK_WINDOW = 128;

/**
 * Chooses the pair a free lane runs next. Pairs of one user (or one endpoint) share lookups
 * through the run memo (Secret Server impersonates each user once, TPAM looks each endpoint up
 * once): the first pair of a user makes the lookup and every other pair of that user started
 * meanwhile only waits for it. In a users × endpoints list, taken strictly in order, all lanes
 * would queue behind each new user's first pair. So a lane skips a pair whose user or endpoint is
 * still "warming" (a pair of it is running and none has finished) for the first pair within
 * `window` that is not; if there is none, it takes the oldest pair as before. The result: the
 * lookups of the next users run beside the current user's pairs instead of after them.
 */
export class PairPicker {
  private readonly taken: Uint8Array;
  private oldest = 0;
  private readonly running = new Map<string, number>();
  private readonly warm = new Set<string>();

  constructor(
    private readonly pairs: readonly ReviewPair[],
    private readonly window = PICK_WINDOW,
  ) {
    this.taken = new Uint8Array(pairs.length);
  }

  /** The index of the pair to run next, or undefined when every pair has been taken. */
  take(): number | undefined {
    while (this.oldest < this.pairs.length && this.taken[this.oldest]) this.oldest += 1;
    if (this.oldest >= this.pairs.length) return undefined;
    const end = Math.min(this.pairs.length, this.oldest + this.window);
    let pick = this.oldest;
    for (let i = this.oldest; i < end; i++) {
      if (this.taken[i]) continue;
      const { user, endpoint } = this.pairs[i]!;
      if (!this.warming(userKey(user)) && !this.warming(endpointKey(endpoint))) {
        pick = i;
        break;
      }
    }
    this.taken[pick] = 1;
    const { user, endpoint } = this.pairs[pick]!;
    for (const key of [userKey(user), endpointKey(endpoint)]) this.running.set(key, (this.running.get(key) ?? 0) + 1);
    return pick;
  }

  /** The pair at `index` has an outcome (any outcome: the memo holds failures too). */
  finished(index: number): void {
    const { user, endpoint } = this.pairs[index]!;
    for (const key of [userKey(user), endpointKey(endpoint)]) {
      this.running.set(key, (this.running.get(key) ?? 1) - 1);
      this.warm.add(key);
    }
  }

  private warming(key: string): boolean {
    return (this.running.get(key) ?? 0) > 0 && !this.warm.has(key);
  }
}

const userKey = (user: string) => `u\n${user.toLowerCase()}`;
const endpointKey = (endpoint: string) => `e\n${endpoint.toLowerCase()}`;
