/**
 * The fastest an access review could possibly finish, to set the measured wall time against.
 *
 * Every back-end call costs one injected latency L and nothing else (the simulators answer in
 * microseconds; the client's own CPU is what the ratio is meant to expose). The review runs at
 * most `concurrency` pairs at once, so at most that many chains of calls advance per L:
 *
 * - prefix rounds: calls every pair waits for before any other call can start (Secret Server's one
 *   Authenticate: nothing can impersonate without the API token). Nothing overlaps them.
 * - lane rounds: one L of one lane each: every call made once for the whole run (an
 *   ImpersonateUser, a ListSystems, a ListAccounts) and every per-pair round (the pair's own
 *   search or check). Calls one pair makes side by side (the accounts of a system checked at
 *   once, the shared domain search beside the machine search) count once: they cost one L.
 *   Lanes that only wait for a lookup another pair started count nothing, so that waiting shows
 *   in the ratio instead of in the bound.
 * - longest chain: the dependent rounds one pair needs after the prefix (impersonate, then search,
 *   then the API account's search for the reasons); the bound is never below it.
 *
 * bound = L × (prefix + max(longest chain, ⌈lane rounds / concurrency⌉))
 */
export interface LowerBoundInput {
  latencyMs: number;
  concurrency: number;
  prefixRounds: number;
  laneRounds: number;
  longestChain: number;
}

export function reviewLowerBoundMs(input: LowerBoundInput): number {
  const { latencyMs, concurrency, prefixRounds, laneRounds, longestChain } = input;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError(`concurrency must be a whole number of at least 1, got ${concurrency}`);
  for (const [name, value] of Object.entries({ latencyMs, prefixRounds, laneRounds, longestChain }))
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a number >= 0, got ${value}`);
  return latencyMs * (prefixRounds + Math.max(longestChain, Math.ceil(laneRounds / concurrency)));
}

/**
 * TPAM's per-user checks as lane rounds: commands naming a user (`--RequestorName`, `--UserName`)
 * that differ only in `--AccountName` are one pair checking its system's accounts side by side, so
 * they are one round; every other distinct command line is a round of its own.
 */
export function tpamCheckRounds(commandLines: readonly string[]): number {
  const rounds = new Set<string>();
  for (const line of commandLines) {
    if (!/--(RequestorName|UserName)\s/i.test(line)) continue;
    rounds.add(line.replace(/\s--AccountName\s+("[^"]*"|\S+)/i, ''));
  }
  return rounds.size;
}
