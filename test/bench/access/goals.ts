/** The "goal" and "goal met" columns of the benchmark tables (issue 13's goals). */

/** An upper limit: `≤ 1.5`, then `met` or by how much it was missed. */
export function atMost(value: number, limit: number, unit = ''): [string, string] {
  const u = unit ? ` ${unit}` : '';
  const digits = Number.isInteger(limit) ? 0 : 2;
  return [`≤ ${limit}${u}`, value <= limit ? 'met' : `missed by ${(value - limit).toFixed(digits)}${u}`];
}

/** An exact count: `= 50`, then `met` or how many more or fewer calls were made. */
export function exactly(value: number, expected: number): [string, string] {
  if (value === expected) return [`= ${expected}`, 'met'];
  const diff = value - expected;
  return [`= ${expected}`, `missed: ${Math.abs(diff)} ${diff > 0 ? 'more' : 'fewer'}`];
}
