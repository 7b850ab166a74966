/**
 * A duration as the app and the CLI show it: whole milliseconds below one second ("850 ms"),
 * seconds with one decimal from one second on ("8.0 s"). One function, so the step list, the
 * result and the CLI's table always agree. The decimal point is fixed (not the locale's) so the
 * CLI's output reads the same on every machine and in scripts.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '0 ms';
  const whole = Math.round(ms);
  // 999.6 ms rounds to 1000: shown as seconds, never as "1000 ms".
  if (whole < 1000) return `${whole} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}
