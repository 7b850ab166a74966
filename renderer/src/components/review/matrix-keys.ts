/** A cell of the matrix: row (user) and column (endpoint), 0-based. */
export interface Cell {
  row: number;
  col: number;
}

/**
 * Where a key moves the matrix's active cell: arrows by one, Home/End to the row's ends (with
 * Control to the matrix's corners), Page Up/Down by a screen. Null for any other key.
 */
export function moveCell(
  cell: Cell,
  key: string,
  size: { rows: number; cols: number; pageRows: number },
  ctrl = false,
): Cell | null {
  const clamp = (row: number, col: number): Cell => ({
    row: Math.max(0, Math.min(size.rows - 1, row)),
    col: Math.max(0, Math.min(size.cols - 1, col)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp(cell.row - 1, cell.col);
    case 'ArrowDown':
      return clamp(cell.row + 1, cell.col);
    case 'ArrowLeft':
      return clamp(cell.row, cell.col - 1);
    case 'ArrowRight':
      return clamp(cell.row, cell.col + 1);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(cell.row, 0);
    case 'End':
      return ctrl ? clamp(size.rows - 1, size.cols - 1) : clamp(cell.row, size.cols - 1);
    case 'PageUp':
      return clamp(cell.row - size.pageRows, cell.col);
    case 'PageDown':
      return clamp(cell.row + size.pageRows, cell.col);
    default:
      return null;
  }
}
