import { describe, expect, it } from 'vitest';
import { moveCell } from '../../../../renderer/src/components/review/matrix-keys';

const SIZE = { rows: 200, cols: 50, pageRows: 10 };

describe('matrix keyboard moves', () => {
  it('moves by one with the arrows and stops at the edges', () => {
    expect(moveCell({ row: 0, col: 0 }, 'ArrowRight', SIZE)).toEqual({ row: 0, col: 1 });
    expect(moveCell({ row: 0, col: 0 }, 'ArrowDown', SIZE)).toEqual({ row: 1, col: 0 });
    expect(moveCell({ row: 0, col: 0 }, 'ArrowUp', SIZE)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 0, col: 49 }, 'ArrowRight', SIZE)).toEqual({ row: 0, col: 49 });
  });

  it('goes to the row ends with Home and End, to the corners with Control, by a screen with Page keys', () => {
    expect(moveCell({ row: 5, col: 7 }, 'Home', SIZE)).toEqual({ row: 5, col: 0 });
    expect(moveCell({ row: 5, col: 7 }, 'End', SIZE)).toEqual({ row: 5, col: 49 });
    expect(moveCell({ row: 5, col: 7 }, 'End', SIZE, true)).toEqual({ row: 199, col: 49 });
    expect(moveCell({ row: 5, col: 7 }, 'Home', SIZE, true)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 5, col: 7 }, 'PageDown', SIZE)).toEqual({ row: 15, col: 7 });
    expect(moveCell({ row: 5, col: 7 }, 'PageUp', SIZE)).toEqual({ row: 0, col: 7 });
  });

  it('ignores other keys', () => {
    expect(moveCell({ row: 1, col: 1 }, 'a', SIZE)).toBeNull();
  });
});
