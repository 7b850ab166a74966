import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../../shared/ipc/responses';
import {
  NO_OFFSETS,
  clickRow,
  entriesToCopy,
  moveActive,
  pruneSelection,
  selectAll,
  toggleActive,
  toggleExpanded,
  type LogSelection,
} from '../../../../renderer/src/stores/log/log-selection';

const lines: LogLine[] = [10, 20, 30, 40, 50].map((offset) => ({
  time: 't',
  level: 'info',
  scope: '',
  message: `m${offset}`,
  offset,
}));
const none: LogSelection = { selected: NO_OFFSETS, anchor: null, active: null, expanded: NO_OFFSETS };
const sorted = (set: ReadonlySet<number> | undefined) => [...(set ?? [])].sort((a, b) => a - b);

describe('log selection', () => {
  it('a plain click selects one entry and sets the anchor', () => {
    const next = clickRow(none, lines, 30);
    expect(sorted(next.selected)).toEqual([30]);
    expect(next).toMatchObject({ active: 30, anchor: 30 });
  });

  it('ctrl toggles, shift selects the range from the anchor (either direction)', () => {
    const s: LogSelection = { ...none, selected: new Set([20]), anchor: 20, active: 20 };
    expect(sorted(clickRow(s, lines, 40, { ctrl: true }).selected)).toEqual([20, 40]);
    expect(sorted(clickRow(s, lines, 20, { ctrl: true }).selected)).toEqual([]);
    expect(sorted(clickRow(s, lines, 40, { shift: true }).selected)).toEqual([20, 30, 40]);
    expect(sorted(clickRow({ ...s, anchor: 40 }, lines, 10, { shift: true }).selected)).toEqual([10, 20, 30, 40]);
    expect(clickRow(s, lines, 999, { shift: true })).toEqual({});
  });

  it('arrow keys move the active entry within bounds; Shift extends from the anchor', () => {
    expect(moveActive(none, lines, -5)).toEqual({ active: 10, anchor: 10 });
    expect(moveActive(none, lines, 99)).toEqual({ active: 50, anchor: 50 });
    const extended = moveActive({ ...none, anchor: 20, active: 20 }, lines, 3, true);
    expect(sorted(extended.selected)).toEqual([20, 30, 40]);
    expect(extended).toMatchObject({ active: 40, anchor: 20 });
    expect(moveActive(none, [], 0)).toEqual({});
  });

  it('Space toggles the active entry; select all takes every loaded entry', () => {
    expect(sorted(toggleActive({ ...none, active: 30 }).selected)).toEqual([30]);
    expect(toggleActive(none)).toEqual({});
    expect(sorted(selectAll(lines).selected)).toEqual([10, 20, 30, 40, 50]);
  });

  it('expands and collapses, answering null when nothing changes', () => {
    const open = toggleExpanded(none, 20);
    expect(sorted(open?.expanded)).toEqual([20]);
    expect(toggleExpanded({ ...none, expanded: new Set([20]) }, 20, true)).toBeNull();
  });

  it('drops what left the window, and keeps the same set when nothing did', () => {
    const s: LogSelection = { selected: new Set([10, 40]), anchor: 10, active: 40, expanded: new Set([40]) };
    const pruned = pruneSelection(s, lines.slice(2));
    expect(sorted(pruned.selected)).toEqual([40]);
    expect(pruned).toMatchObject({ anchor: null, active: 40 });
    expect(pruneSelection(s, lines).selected).toBe(s.selected);
  });

  it('copies the selection, or the active entry when nothing is selected', () => {
    expect(entriesToCopy({ ...none, selected: new Set([20, 40]) }, lines).map((l) => l.offset)).toEqual([20, 40]);
    expect(entriesToCopy({ ...none, active: 30 }, lines).map((l) => l.offset)).toEqual([30]);
    expect(entriesToCopy(none, lines)).toEqual([]);
  });
});
