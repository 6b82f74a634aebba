// Where a key moves the focus in the table's grid (the WAI-ARIA grid pattern): arrows by
// one cell, Home/End to the row's ends (with Ctrl, the grid's), PageUp/PageDown by a
// screenful of rows. Rows and columns are indices into what is shown; the caller maps
// them to items and columns.

export type GridPosition = { row: number; col: number };

type GridSize = {
  rows: number;
  cols: number;
  /** Rows moved by PageUp/PageDown. */
  pageRows: number;
  /** Right-to-left: ArrowLeft moves towards the end of the row. */
  rtl?: boolean;
};

const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max - 1));

/** The position a key leads to, or null when the key is not a navigation key. */
export function nextPosition(
  key: string,
  from: GridPosition,
  { rows, cols, pageRows, rtl = false }: GridSize,
  ctrlKey = false,
): GridPosition | null {
  if (rows === 0 || cols === 0) return null;
  const forwards = rtl ? "ArrowLeft" : "ArrowRight";
  const backwards = rtl ? "ArrowRight" : "ArrowLeft";
  switch (key) {
    case "ArrowDown":
      return { row: clamp(from.row + 1, rows), col: from.col };
    case "ArrowUp":
      return { row: clamp(from.row - 1, rows), col: from.col };
    case forwards:
      return { row: from.row, col: clamp(from.col + 1, cols) };
    case backwards:
      return { row: from.row, col: clamp(from.col - 1, cols) };
    case "Home":
      return { row: ctrlKey ? 0 : from.row, col: 0 };
    case "End":
      return { row: ctrlKey ? rows - 1 : from.row, col: cols - 1 };
    case "PageDown":
      return { row: clamp(from.row + pageRows, rows), col: from.col };
    case "PageUp":
      return { row: clamp(from.row - pageRows, rows), col: from.col };
    default:
      return null;
  }
}
