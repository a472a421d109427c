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
 * fresh arrays for every custom-function call, so writing into them is safe, and no
 * row array is allocated (V8 would copy every live one again at each scavenge). One
 * pass over the rows; the cells replaced are kept (in chunks, see Slots), so a call that
 * fails leaves its input as it was (localized() calls it again with the same arguments).
 */
export function mapGrid(shape: Grid, cell: (r: number, c: number) => Cell): Result {
  if (shape.single) return cell(0, 0);
  const { rows, cols, cells } = shape;
  const replaced = slots<CellValue>(rows * cols);
  let k = 0;
  try {
    for (let r = 0; r < rows; r++) {
      const row = cells[r];
      for (let c = 0; c < cols; c++) {
        const value = cell(r, c);
        replaced[k >> CHUNK_BITS][k & CHUNK_MASK] = row[c];
        row[c] = value;
        k++;
      }
    }
  } catch (error) {
    writeInto(cells, rows, cols, replaced, k);
    throw error;
  }
  return cells as Cell[][];
}

const CHUNK_BITS = 10;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

/**
 * A flat list of `size` values as 1,024-slot arrays: slot k is [k >> 10][k & 1023].
 * One n-slot array would be a "large object" (over 128 KB from ~16,000 slots), given
 * fresh pages by V8, which at 300,000 rows cost more per row than the functions'
 * arithmetic (+0.03 µs/row measured); 8 KB chunks come from the young generation.
 */
export type Slots<T> = T[][];

export function slots<T>(size: number): Slots<T> {
  const chunks = newArray<T[]>(Math.ceil(size / (CHUNK_MASK + 1)));
  for (let i = 0; i < chunks.length; i++)
    chunks[i] = newArray<T>(Math.min(CHUNK_MASK + 1, size - (i << CHUNK_BITS)));
  return chunks;
}

export function setSlot<T>(s: Slots<T>, k: number, value: T): void {
  s[k >> CHUNK_BITS][k & CHUNK_MASK] = value;
}

/** The first `count` values (row-major, rows × cols) written into the rows of `cells`, which is returned. */
export function writeInto(
  cells: CellValue[][],
  rows: number,
  cols: number,
  values: Slots<Cell | CellValue>,
  count = rows * cols,
): Cell[][] {
  let k = 0;
  for (let r = 0; r < rows && k < count; r++) {
    const row = cells[r];
    for (let c = 0; c < cols && k < count; c++) {
      row[c] = values[k >> CHUNK_BITS][k & CHUNK_MASK] as Cell;
      k++;
    }
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
