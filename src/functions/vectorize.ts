/**
 * Shaping results like the input: a single value in → a single value out, a
 * range in → a 2-D array of the same shape out (a column stays a column).
 */
import type { Grid } from './coerce';
import { type ArgRef, fail, type Where } from './errors';
import type { Result } from './types';

/** One output cell: a number, text, or '' for a blank cell. */
export type Cell = number | string;

/** Calls `cell` for every cell of `shape`; one value when the input was a single value. */
export function mapGrid(shape: Grid, cell: (r: number, c: number) => Cell): Result {
  if (shape.single) return cell(0, 0);
  // Presized: the output is the only allocation per row.
  const out = newArray<Cell[]>(shape.rows);
  if (shape.cols === 1) {
    // A column, the usual case: a literal row is one allocation (array and its element together).
    for (let r = 0; r < shape.rows; r++) out[r] = [cell(r, 0)];
    return out;
  }
  for (let r = 0; r < shape.rows; r++) {
    const row = newArray<Cell>(shape.cols);
    for (let c = 0; c < shape.cols; c++) row[c] = cell(r, c);
    out[r] = row;
  }
  return out;
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
