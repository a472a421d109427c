/**
 * Shaping results like the input: a single value in → a single value out, a
 * range in → a 2-D array of the same shape out (a column stays a column).
 */
import type { Grid } from './coerce';
import { type ArgRef, fail, type Where } from './errors';
import type { CellValue, Result } from './types';

/** One output cell: a number, text, or '' for a blank cell. */
export type Cell = number | string;

/**
 * Calls `cell` for every cell of `shape`; one value when the input was a single value.
 * A range's result is the range itself, its cells replaced: Apps Script deserializes
 * fresh arrays for every custom-function call, so writing into them is safe, and the
 * only allocation is one flat buffer per call (no row arrays for V8 to collect).
 * Every cell is computed before any is written, so a call that fails leaves its
 * input untouched (localized() calls it again with the same arguments).
 */
export function mapGrid(shape: Grid, cell: (r: number, c: number) => Cell): Result {
  if (shape.single) return cell(0, 0);
  const { rows, cols } = shape;
  const values = newArray<Cell>(rows * cols);
  let k = 0;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) values[k++] = cell(r, c);
  return writeInto(shape.cells, rows, cols, values);
}

/** `values` (row-major, rows × cols) written into the rows of `cells`, which is returned. */
export function writeInto(
  cells: CellValue[][],
  rows: number,
  cols: number,
  values: readonly Cell[],
): Cell[][] {
  let k = 0;
  for (let r = 0; r < rows; r++) {
    const row = cells[r];
    for (let c = 0; c < cols; c++) row[c] = values[k++];
  }
  return cells as Cell[][];
}

// Bound once: a global lookup per row is slow in sandboxed globals (Node vm).
const ArrayOf = Array;
/** `new Array(length)` without a global lookup per call. */
export function newArray<T>(length: number): T[] {
  return new ArrayOf<T>(length);
}

/**
 * The output shape of an element-wise function of two arguments: the one that
 * is a range (the other is broadcast), or either when both are.
 * A shape mismatch is reported by `operand()` on the other argument.
 */
export function broadcastShape(a: Grid, b: Grid): Grid {
  const aOne = a.rows * a.cols === 1;
  const bOne = b.rows * b.cols === 1;
  if (aOne && !bOne) return b;
  if (aOne && bOne) return a.single ? b : a;
  return a;
}

const isFiniteNumber = Number.isFinite; // bound once: runs per cell

/** Guards a computed number: never hand NaN or Infinity to a cell. `input` is named in the error. */
export function finite(ref: ArgRef, value: number, input: string | number, where: Where): number {
  if (!isFiniteNumber(value)) fail(ref, 'fn.err.resultTooLarge', { value: input, where });
  return value;
}
