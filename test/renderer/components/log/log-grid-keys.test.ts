import { describe, expect, it, vi } from 'vitest';
import type { LogLine } from '../../../../shared/ipc/responses';
import { handleLogGridKey, type KeyPress } from '../../../../renderer/src/components/log/log-grid-keys';
import type { LogState } from '../../../../renderer/src/stores/log/log-state';

const lines: LogLine[] = [0, 100, 200, 300].map((offset) => ({
  time: 't',
  level: 'info',
  scope: '',
  message: offset === 200 ? 'two\nlines' : 'one line',
  offset,
}));

function state(active: number | null, selected: number[] = []) {
  return {
    lines,
    active,
    selected: new Set(selected),
    moveActive: vi.fn(),
    toggleActiveSelected: vi.fn(),
    toggleExpanded: vi.fn(),
    clearSelection: vi.fn(),
    copySelected: vi.fn(async () => 0),
    selectAll: vi.fn(),
  };
}

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

function run(key: KeyPress, s: ReturnType<typeof state>) {
  const reveal = vi.fn();
  const handled = handleLogGridKey(key, s as unknown as LogState, { pageRows: 2, startIndex: () => 3, reveal });
  return { handled, reveal };
}

describe('log grid key map', () => {
  it('moves the active entry with arrows and pages, revealing it; Shift extends', () => {
    const s = state(100);
    expect(run(press('ArrowDown'), s).handled).toBe(true);
    expect(s.moveActive).toHaveBeenLastCalledWith(2, false);
    run(press('PageUp', { shiftKey: true }), s);
    expect(s.moveActive).toHaveBeenLastCalledWith(-1, true);
    run(press('End'), s);
    expect(s.moveActive).toHaveBeenLastCalledWith(3, false);
    expect(run(press('Home'), s).reveal).toHaveBeenCalled();
  });

  it('starts from the last visible entry when none is active', () => {
    const s = state(null);
    run(press('ArrowUp'), s);
    expect(s.moveActive).toHaveBeenLastCalledWith(3, false);
  });

  it('Space selects; Enter, Right and Left open and close only multi-line entries', () => {
    const s = state(200);
    run(press(' '), s);
    expect(s.toggleActiveSelected).toHaveBeenCalled();
    run(press('ArrowRight'), s);
    expect(s.toggleExpanded).toHaveBeenLastCalledWith(200, true);
    run(press('Enter'), s);
    expect(s.toggleExpanded).toHaveBeenLastCalledWith(200, undefined);
    expect(run(press('ArrowLeft'), state(100)).handled).toBe(false);
  });

  it('Escape clears a selection and is left alone without one (so dialogs still close)', () => {
    const s = state(100, [100]);
    expect(run(press('Escape'), s).handled).toBe(true);
    expect(s.clearSelection).toHaveBeenCalled();
    expect(run(press('Escape'), state(100)).handled).toBe(false);
  });

  it('Ctrl+C copies and Ctrl+A selects all; other keys pass through', () => {
    const s = state(100);
    run(press('c', { ctrlKey: true }), s);
    expect(s.copySelected).toHaveBeenCalled();
    run(press('A', { metaKey: true }), s);
    expect(s.selectAll).toHaveBeenCalled();
    expect(run(press('x'), s).handled).toBe(false);
    expect(run(press('ArrowDown'), { ...state(null), lines: [] }).handled).toBe(false);
  });
});
