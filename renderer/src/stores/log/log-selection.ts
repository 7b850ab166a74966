import type { LogLine } from '../../../../shared/ipc/responses';
import { indexOfOffset } from './log-window';

/**
 * Selection in the log viewer as pure functions: each takes the current selection state and
 * answers the new one. Entries are named by their byte offset, which stays stable while pages
 * are added or dropped around them.
 */
export interface LogSelection {
  /** Selected entries, by byte offset. */
  selected: ReadonlySet<number>;
  /** Where a shift-click or Shift+arrow range starts. */
  anchor: number | null;
  /** The keyboard's current entry. */
  active: number | null;
  /** Multi-line entries shown in full. */
  expanded: ReadonlySet<number>;
}

export const NO_OFFSETS: ReadonlySet<number> = new Set();

/** Offsets of `lines[start..end]`, both ends included. */
function rangeOf(lines: readonly LogLine[], start: number, end: number, into = new Set<number>()): Set<number> {
  for (let i = start; i <= end; i++) into.add(lines[i]!.offset);
  return into;
}

/** A click: plain selects the entry, ctrl toggles it, shift selects the range from the anchor. */
export function clickRow(
  s: LogSelection,
  lines: readonly LogLine[],
  offset: number,
  mods: { shift?: boolean; ctrl?: boolean } = {},
): Partial<LogSelection> {
  if (mods.shift) {
    const from = indexOfOffset(lines, s.anchor ?? s.active ?? offset);
    const to = indexOfOffset(lines, offset);
    if (to === -1) return {};
    const start = Math.min(from === -1 ? to : from, to);
    const end = Math.max(from === -1 ? to : from, to);
    const selected = rangeOf(lines, start, end, new Set<number>(mods.ctrl ? s.selected : []));
    return { selected, active: offset, anchor: s.anchor ?? offset };
  }
  if (mods.ctrl) {
    const selected = new Set(s.selected);
    if (!selected.delete(offset)) selected.add(offset);
    return { selected, active: offset, anchor: offset };
  }
  return { selected: new Set([offset]), active: offset, anchor: offset };
}

/** Moves the active entry to an index of `lines`; `extend` selects from the anchor to it (Shift+arrows). */
export function moveActive(
  s: LogSelection,
  lines: readonly LogLine[],
  index: number,
  extend = false,
): Partial<LogSelection> {
  if (lines.length === 0) return {};
  const i = Math.max(0, Math.min(lines.length - 1, index));
  const offset = lines[i]!.offset;
  if (!extend) return { active: offset, anchor: offset };
  const anchor = s.anchor ?? s.active ?? offset;
  const from = indexOfOffset(lines, anchor);
  const start = Math.min(from === -1 ? i : from, i);
  const end = Math.max(from === -1 ? i : from, i);
  return { active: offset, anchor, selected: rangeOf(lines, start, end) };
}

/** Space: toggles the active entry's selection. */
export function toggleActive(s: LogSelection): Partial<LogSelection> {
  if (s.active === null) return {};
  const selected = new Set(s.selected);
  if (!selected.delete(s.active)) selected.add(s.active);
  return { selected, anchor: s.active };
}

export function selectAll(lines: readonly LogLine[]): Partial<LogSelection> {
  return { selected: new Set(lines.map((l) => l.offset)), anchor: lines[0]?.offset ?? null };
}

/** Opens or closes a multi-line entry; null when nothing changes. */
export function toggleExpanded(s: LogSelection, offset: number, expanded?: boolean): Partial<LogSelection> | null {
  const isOpen = s.expanded.has(offset);
  const want = expanded ?? !isOpen;
  if (want === isOpen) return null;
  const next = new Set(s.expanded);
  if (want) next.add(offset);
  else next.delete(offset);
  return { expanded: next };
}

/** Keeps only the selection, anchor, active entry and expansions still inside the window. */
export function pruneSelection(s: LogSelection, lines: readonly LogLine[]): LogSelection {
  const first = lines[0]?.offset ?? Infinity;
  const last = lines.at(-1)?.offset ?? -Infinity;
  const inside = (o: number | null) => (o !== null && o >= first && o <= last ? o : null);
  const keep = (set: ReadonlySet<number>) => {
    if (set.size === 0) return set;
    const next = new Set<number>();
    for (const o of set) if (o >= first && o <= last) next.add(o);
    return next.size === set.size ? set : next;
  };
  return { selected: keep(s.selected), anchor: inside(s.anchor), active: inside(s.active), expanded: keep(s.expanded) };
}

/** The entries Copy takes: the selection, or the active entry when nothing is selected. */
export function entriesToCopy(s: LogSelection, lines: readonly LogLine[]): LogLine[] {
  return s.selected.size > 0
    ? lines.filter((l) => s.selected.has(l.offset))
    : lines.filter((l) => l.offset === s.active);
}
