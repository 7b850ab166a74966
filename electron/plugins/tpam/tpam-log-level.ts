/**
 * The plugin's log levels. The SPS SDK reads `log_level` as one of these names (any case); the
 * SPS tutorial also allows Python's numeric levels, so both spellings map to one name here.
 */
export const TPAM_LOG_LEVELS = ['debug', 'info', 'warning', 'error', 'critical'] as const;
export type TpamLogLevel = (typeof TPAM_LOG_LEVELS)[number];

export const DEFAULT_TPAM_LOG_LEVEL: TpamLogLevel = 'info';

/** Python's `logging` numbers for the names above (DEBUG 10 … CRITICAL 50). */
const LEVEL_BY_NUMBER: ReadonlyMap<number, TpamLogLevel> = new Map([
  [10, 'debug'],
  [20, 'info'],
  [30, 'warning'],
  [40, 'error'],
  [50, 'critical'],
]);

/** A level name or number as written by an admin → the level name, or null if it is neither. */
export function tpamLogLevelOf(value: unknown): TpamLogLevel | null {
  if (typeof value === 'number') return LEVEL_BY_NUMBER.get(value) ?? null;
  if (typeof value !== 'string') return null;
  const text = value.trim().toLowerCase();
  if (/^\d+$/.test(text)) return LEVEL_BY_NUMBER.get(Number(text)) ?? null;
  return (TPAM_LOG_LEVELS as readonly string[]).includes(text) ? (text as TpamLogLevel) : null;
}
