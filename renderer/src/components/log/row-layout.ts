import type { LogLine } from '../../../../shared/ipc/responses';
import { lineCount } from '../../stores/log/log-window';

/** Every visual row of the log list has this height (px); an expanded entry spans several rows. */
export const ROW_HEIGHT = 22;
export const HEADER_HEIGHT = 26;
/** Rows rendered above and below the visible ones. */
export const OVERSCAN = 12;

/** Where each entry sits, in visual rows: identity unless some multi-line entries are expanded. */
export interface RowLayout {
  /** Visual rows in all. */
  readonly total: number;
  /** First visual row of entry `i`. */
  top(i: number): number;
  /** Visual rows entry `i` spans. */
  span(i: number): number;
  /** The entry covering visual row `row` (clamped). */
  indexAt(row: number): number;
}

export function rowLayout(lines: readonly LogLine[], expanded: ReadonlySet<number>): RowLayout {
  const n = lines.length;
  const clamp = (i: number) => Math.max(0, Math.min(n - 1, i));
  if (expanded.size === 0) {
    return { total: n, top: (i) => i, span: () => 1, indexAt: (row) => clamp(Math.floor(row)) };
  }
  const starts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    starts[i + 1] = starts[i]! + (expanded.has(line.offset) ? lineCount(line) : 1);
  }
  return {
    total: starts[n]!,
    top: (i) => starts[i]!,
    span: (i) => starts[i + 1]! - starts[i]!,
    indexAt(row) {
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= row) lo = mid;
        else hi = mid - 1;
      }
      return clamp(lo);
    },
  };
}
