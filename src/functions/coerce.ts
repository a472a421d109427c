/**
 * Turning what Sheets passes a custom function into checked numbers.
 *
 * Sheets passes a single cell as a plain value and a range as a 2-D array
 * (rows of cells). Blank cells arrive as '', omitted optional arguments as
 * undefined, percent-formatted cells as decimals (25% → 0.25), date cells as
 * Date objects. Anything that cannot be used throws an Error from the catalog
 * (see errors.ts); nothing here returns NaN or Infinity.
 */
import { t } from '../api/messages';
import { type ArgRef, describe, fail, isDate, sizeText, type Where, whereIn } from './errors';
import type { Arg, CellValue } from './types';

// Bound once: toNumber runs per cell, and global lookups are slow in sandboxed globals (Node vm).
const isFiniteNumber = Number.isFinite;

/** An argument as a rectangle. A single cell is 1×1 with `single` set. */
export interface Grid {
  rows: number;
  cols: number;
  cells: CellValue[][];
  /** Sheets passed one value, not a range, so the result is one value too. */
  single: boolean;
}

/** Where a cell sits in a grid, for messages; '' for a single value. */
export function whereAt(grid: Grid, r: number, c: number): Where {
  return grid.single ? '' : whereIn(grid.rows, grid.cols, r, c);
}

/** Blank cell, omitted argument, or text of spaces only. */
export function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

// Bound once, like isFiniteNumber: these run per call and per row.
const isArray = Array.isArray;

/**
 * An argument as a grid. Sheets passes ranges as rectangles of its own
 * arrays: those are used as they are (no copy: a 300,000-row range must not
 * be copied per call). Only ragged input (scripts and tests) is padded.
 */
export function toGrid(arg: Arg): Grid {
  if (!isArray(arg)) return { rows: 1, cols: 1, cells: [[arg]], single: true };
  const n = arg.length;
  const first = n > 0 ? arg[0] : undefined;
  const cols = isArray(first) ? first.length : -1;
  let r = 0;
  while (r < n) {
    const row: unknown = arg[r];
    if (!isArray(row) || row.length !== cols) break;
    r++;
  }
  if (r === n && cols > 0) return { rows: n, cols, cells: arg, single: false };
  return paddedGrid(arg);
}

/** Ragged input: a scalar row becomes a one-cell row; short rows are padded with blanks. */
function paddedGrid(arg: readonly unknown[]): Grid {
  const rows: CellValue[][] = arg.map((row: unknown) =>
    isArray(row) ? (row as CellValue[]) : [row as CellValue],
  );
  let cols = 0;
  for (const row of rows) cols = Math.max(cols, row.length);
  if (rows.length === 0 || cols === 0) return { rows: 1, cols: 1, cells: [['']], single: true };
  const cells = rows.map((row) =>
    row.length === cols ? row : row.concat(new Array<CellValue>(cols - row.length).fill('')),
  );
  return { rows: rows.length, cols, cells, single: false };
}

/**
 * The `Where` of a grid's cells without a closure per cell: `at(r, c)` moves
 * one shared cursor and returns one shared lazy `Where`, which names the cell
 * last moved to. Safe because an error message is built as it is thrown.
 */
export function cellCursor(grid: Grid): (r: number, c: number) => Where {
  if (grid.single || grid.rows * grid.cols <= 1) return () => '';
  let row = 0;
  let col = 0;
  const where = (): string => {
    const w = whereIn(grid.rows, grid.cols, row, col);
    return typeof w === 'function' ? w() : w;
  };
  return (r, c) => {
    row = r;
    col = c;
    return where;
  };
}

/** Throws "{arg} is missing" for an omitted required argument. */
export function required(ref: ArgRef, v: Arg, position: number): Arg {
  if (v === undefined) fail(ref, 'fn.err.missing', { position });
  return v;
}

/** The one value of an argument that must be a single cell (a 1×1 range is fine). */
export function singleValue(ref: ArgRef, arg: Arg, hint?: string): CellValue {
  const grid = toGrid(arg);
  if (grid.rows * grid.cols !== 1) {
    fail(ref, 'fn.err.notSingle', {
      size: sizeText(grid.rows, grid.cols),
      hint: hint ?? t('fn.err.hint.none'),
    });
  }
  return grid.cells[0][0];
}

/** Cells of a single row or column, in reading order; a block is an error. */
export function vectorCells(
  ref: ArgRef,
  grid: Grid,
): { cells: CellValue[]; where: (i: number) => Where } {
  if (grid.rows > 1 && grid.cols > 1) {
    fail(ref, 'fn.err.notVector', { size: sizeText(grid.rows, grid.cols) });
  }
  const cells = grid.rows === 1 ? grid.cells[0] : grid.cells.map((row) => row[0]);
  return {
    cells,
    where: (i) => (grid.rows === 1 ? whereAt(grid, 0, i) : whereAt(grid, i, 0)),
  };
}

/** Calls `visit` for every cell of a grid in reading order (row by row), with its lazy `Where`. */
export function eachCell(grid: Grid, visit: (value: CellValue, where: Where) => void): void {
  const at = cellCursor(grid);
  for (let r = 0; r < grid.rows; r++) {
    const row = grid.cells[r];
    for (let c = 0; c < grid.cols; c++) visit(row[c], at(r, c));
  }
}

/** A finite number, or the error that says what the value is instead. */
export function toNumber(ref: ArgRef, v: CellValue, where: Where = ''): number {
  if (typeof v === 'number') {
    if (isFiniteNumber(v)) return v;
    fail(ref, 'fn.err.notFinite', { value: describe(v), where });
  }
  if (isBlank(v)) fail(ref, 'fn.err.blank', { where });
  if (typeof v === 'boolean') fail(ref, 'fn.err.boolean', { value: describe(v), where });
  if (isDate(v)) fail(ref, 'fn.err.date', { value: describe(v), where });
  return fail(ref, 'fn.err.text', { value: describe(v), where });
}

export function nonNegative(ref: ArgRef, v: CellValue, where: Where = ''): number {
  const n = toNumber(ref, v, where);
  if (n < 0) fail(ref, 'fn.err.negative', { value: describe(v), where });
  return n;
}

export function positive(ref: ArgRef, v: CellValue, where: Where = ''): number {
  const n = toNumber(ref, v, where);
  if (!(n > 0)) fail(ref, 'fn.err.notPositive', { value: describe(v), where });
  return n;
}

export function wholeNumber(ref: ArgRef, v: CellValue, min: number, max: number): number {
  const n = toNumber(ref, v);
  if (!Number.isInteger(n) || n < min || n > max) {
    fail(ref, 'fn.err.notWhole', { value: describe(v), min, max });
  }
  return n;
}

/** "25%", "25 %", "25,5 %" (decimal comma), "-2%" → 0.25, 0.25, 0.255, −0.02. */
const PERCENT_TEXT = /^\s*([+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+))\s*%\s*$/;

export function parsePercentText(text: string): number | undefined {
  const m = PERCENT_TEXT.exec(text);
  return m ? Number(m[1].replace(',', '.')) / 100 : undefined;
}

/**
 * A percentage: a number (percent cells arrive as decimals) or percent text.
 * `fromText` tells the two apart: a bare 25 is probably a mistyped 25 %.
 */
function percentValue(
  ref: ArgRef,
  v: CellValue,
  where: Where,
): { value: number; fromText: boolean } {
  if (typeof v === 'string' && !isBlank(v)) {
    const value = parsePercentText(v);
    if (value === undefined) fail(ref, 'fn.err.rateText', { value: describe(v), where });
    return { value, fromText: true };
  }
  return { value: toNumber(ref, v, where), fromText: false };
}

/** 33.3 → "0.333": the decimal a user would type, without float noise. */
function asDecimal(percent: number): string {
  return String(Number((percent / 100).toPrecision(12)));
}

/** Bare numbers in (1, 100] are percentages typed without the % sign. */
function rejectPercentLike(
  ref: ArgRef,
  v: CellValue,
  p: { value: number; fromText: boolean },
  where: Where,
): void {
  if (!p.fromText && p.value > 1 && p.value <= 100) {
    fail(ref, 'fn.err.ratePercentLike', { value: describe(v), decimal: asDecimal(p.value), where });
  }
}

/** A conversion rate in (0, 1]. */
export function toRate(ref: ArgRef, v: CellValue, where: Where = ''): number {
  const p = percentValue(ref, v, where);
  rejectPercentLike(ref, v, p, where);
  if (!(p.value > 0 && p.value <= 1)) fail(ref, 'fn.err.rateRange', { value: describe(v), where });
  return p.value;
}

/** A tolerance in [0, 1]; blank or omitted gives `fallback`. */
export function toTolerance(ref: ArgRef, v: CellValue, fallback: number): number {
  if (isBlank(v)) return fallback;
  const p = percentValue(ref, v, '');
  rejectPercentLike(ref, v, p, '');
  if (!(p.value >= 0 && p.value <= 1)) fail(ref, 'fn.err.toleranceRange', { value: describe(v) });
  return p.value;
}

/** A month-over-month growth rate in (−1, 1]. */
export function toGrowth(ref: ArgRef, v: CellValue): number {
  const p = percentValue(ref, v, '');
  rejectPercentLike(ref, v, p, '');
  if (!(p.value > -1 && p.value <= 1)) fail(ref, 'fn.err.growthRange', { value: describe(v) });
  return p.value;
}

/** A non-negative weight: a number or percent text. */
export function toWeight(ref: ArgRef, v: CellValue, where: Where): number {
  const { value } = percentValue(ref, v, where);
  if (value < 0) fail(ref, 'fn.err.negative', { value: describe(v), where });
  return value;
}

/**
 * Rates in funnel order from one row or column. Blank cells before the first
 * and after the last rate are ignored (a selection may be generous); a blank
 * between rates is an error, since skipping it would silently shrink the funnel.
 */
export function rateList(
  ref: ArgRef,
  cells: readonly CellValue[],
  where: (i: number) => Where,
): number[] {
  let start = 0;
  let end = cells.length;
  while (start < end && isBlank(cells[start])) start++;
  while (end > start && isBlank(cells[end - 1])) end--;
  if (start === end) fail(ref, 'fn.err.ratesEmpty');
  const rates: number[] = [];
  for (let i = start; i < end; i++) {
    if (isBlank(cells[i])) fail(ref, 'fn.err.ratesGap', { where: where(i) });
    rates.push(toRate(ref, cells[i], where(i)));
  }
  return rates;
}

/** The rates that apply to one cell of the driving argument. */
export type RatesAt = (r: number, c: number) => readonly number[];

/**
 * Rates for a vectorized call. A single value, row or column is one funnel
 * shared by every cell of `driver`; a block (≥ 2 rows and ≥ 2 columns) has
 * one row of rates per row of `driver` (per-channel funnels) — or, when
 * `driver` is a single row, one column of rates per `driver` column.
 * Parsed lazily, so rows whose driver cell is blank never fail.
 */
export function ratesFor(ref: ArgRef, arg: Arg, driver: Grid, driverName: string): RatesAt {
  const grid = toGrid(arg);
  if (grid.rows === 1 || grid.cols === 1) {
    const { cells, where } = vectorCells(ref, grid);
    let shared: number[] | undefined;
    return () => {
      shared ??= rateList(ref, cells, where);
      return shared;
    };
  }
  const mismatch = (): never =>
    fail(ref, 'fn.err.ratesBlock', {
      size: sizeText(grid.rows, grid.cols),
      other: driverName,
      expected: sizeText(driver.rows, driver.cols),
    });
  if (driver.rows > 1) {
    if (grid.rows !== driver.rows) mismatch();
    const perRow: number[][] = [];
    return (r) => {
      perRow[r] ??= rateList(ref, grid.cells[r], (j) => whereAt(grid, r, j));
      return perRow[r];
    };
  }
  if (driver.cols > 1) {
    if (grid.cols !== driver.cols) mismatch();
    const perCol: number[][] = [];
    return (_r, c) => {
      perCol[c] ??= rateList(
        ref,
        grid.cells.map((row) => row[c]),
        (i) => whereAt(grid, i, c),
      );
      return perCol[c];
    };
  }
  return mismatch();
}

/**
 * An argument that is either one value for every cell of `driver` or a range
 * of exactly the driver's shape (one value per cell, e.g. a deal size per
 * channel), parsed by `parse`. A single value is parsed once, lazily, so it
 * only fails when some driver cell needs it.
 */
export function operand<T>(
  ref: ArgRef,
  arg: Arg,
  driver: Grid,
  driverName: string,
  parse: (value: CellValue, where: Where) => T,
): (r: number, c: number) => T {
  return gridOperand(ref, toGrid(arg), driver, driverName, parse);
}

/** `operand` of an argument already made a grid (a 300,000-row range is not scanned twice). */
export function gridOperand<T>(
  ref: ArgRef,
  grid: Grid,
  driver: Grid,
  driverName: string,
  parse: (value: CellValue, where: Where) => T,
): (r: number, c: number) => T {
  if (grid.rows === 1 && grid.cols === 1) {
    let once: { v: T } | undefined;
    return () => {
      once ??= { v: parse(grid.cells[0][0], '') };
      return once.v;
    };
  }
  if (driver.rows * driver.cols === 1) {
    fail(ref, 'fn.err.notSingle', {
      size: sizeText(grid.rows, grid.cols),
      hint: t('fn.err.hint.none'),
    });
  }
  if (grid.rows !== driver.rows || grid.cols !== driver.cols) {
    fail(ref, 'fn.err.shape', {
      size: sizeText(grid.rows, grid.cols),
      expected: sizeText(driver.rows, driver.cols),
      other: driverName,
    });
  }
  const at = cellCursor(grid);
  return (r, c) => parse(grid.cells[r][c], at(r, c));
}
