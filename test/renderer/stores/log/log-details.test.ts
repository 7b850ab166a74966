import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../../shared/ipc/responses';
import { handleLogGridKey } from '../../../../renderer/src/components/log/log-grid-keys';
import { createLogDetailsStore, detailsEntry } from '../../../../renderer/src/stores/log/log-details';
import type { LogState } from '../../../../renderer/src/stores/log/log-state';

const lines: LogLine[] = [0, 100, 200].map((offset) => ({
  time: '2026-03-14 09:00:00.000',
  level: 'info',
  scope: 'core',
  message: `at ${offset}`,
  offset,
}));

describe('the log details pane', () => {
  it('shows the active entry, else the newest selected one, else none', () => {
    expect(detailsEntry(lines, 100, new Set([200]))?.message).toBe('at 100');
    expect(detailsEntry(lines, null, new Set([0, 200]))?.message).toBe('at 200');
    expect(detailsEntry(lines, null, new Set())).toBeNull();
    // An entry paged out of the window is not shown.
    expect(detailsEntry(lines, 999, new Set())).toBeNull();
  });

  it('opens from the grid with F4 or Alt+Enter, on the entry in view when none is active', () => {
    for (const press of [{ key: 'F4' }, { key: 'Enter', altKey: true }]) {
      const details = createLogDetailsStore();
      const moved: number[] = [];
      const state = { lines, active: null, moveActive: (i: number) => moved.push(i) } as unknown as LogState;
      const handled = handleLogGridKey({ shiftKey: false, ctrlKey: false, metaKey: false, ...press }, state, {
        pageRows: 5,
        startIndex: () => 2,
        reveal: () => {},
        showDetails: () => details.getState().show(true),
      });
      expect(handled).toBe(true);
      expect(moved).toEqual([2]);
      expect(details.getState()).toMatchObject({ open: true, focusRequest: 1 });
    }
  });

  it('toggles from the toolbar without taking the focus', () => {
    const details = createLogDetailsStore();
    details.getState().toggle();
    expect(details.getState()).toMatchObject({ open: true, focusRequest: 0 });
    details.getState().hide();
    expect(details.getState().open).toBe(false);
  });
});
