/** FUNNEL_MONTHLY and FUNNEL_LAGGED. */
import { type MonthlyShape, monthlyTargets } from '../core/plan';
import { ceilCount } from '../core/round';
import {
  cellCursor,
  type Grid,
  isBlank,
  nonNegative,
  required,
  singleValue,
  toGrid,
  toGrowth,
  toNumber,
  toWeight,
  vectorCells,
  wholeNumber,
} from './coerce';
import { type ArgRef, describe, fail } from './errors';
import type { Arg, CellValue, CustomFunctionSpec, Result } from './types';

/** Longest plan a single call produces: ten years of months. */
export const MAX_MONTHS = 120;
/** Largest total that still splits into exact whole numbers in a double. */
const MAX_TOTAL = Number.MAX_SAFE_INTEGER;

function parseShape(fn: string, shape: Arg, months: number): MonthlyShape {
  const ref: ArgRef = { fn, arg: 'shape' };
  const grid = toGrid(shape);
  // One value is a growth rate; a range is one weight per month.
  if (grid.rows * grid.cols === 1) {
    const value = grid.cells[0][0];
    return isBlank(value) ? { kind: 'even' } : { kind: 'growth', rate: toGrowth(ref, value) };
  }
  const { cells, where } = vectorCells(ref, grid);
  if (cells.length !== months) fail(ref, 'fn.err.weightsCount', { count: cells.length, months });
  const weights = cells.map((v, i) => toWeight(ref, v, where(i)));
  const total = weights.reduce((a, b) => a + b, 0);
  if (!Number.isFinite(total)) fail(ref, 'fn.err.weightsTooLarge');
  if (!(total > 0)) fail(ref, 'fn.err.weightsZero');
  return { kind: 'weights', weights };
}

function monthlyTargetsFn(total: Arg, months: Arg, shape: Arg): Result {
  const fn = 'FUNNEL_MONTHLY';
  const totalRef: ArgRef = { fn, arg: 'total' };
  const monthsRef: ArgRef = { fn, arg: 'months' };
  const value = singleValue(totalRef, required(totalRef, total, 1));
  const count = wholeNumber(
    monthsRef,
    singleValue(monthsRef, required(monthsRef, months, 2)),
    1,
    MAX_MONTHS,
  );
  if (isBlank(value)) return '';
  const goal = nonNegative(totalRef, value);
  if (ceilCount(goal) > MAX_TOTAL)
    fail(totalRef, 'fn.err.tooLarge', { value: describe(value), max: MAX_TOTAL, where: '' });
  return [monthlyTargets(goal, count, parseShape(fn, shape, count))];
}

/**
 * Lags each monthly series: a row or column is one series; in a block every
 * row is a series (months across, as FUNNEL_MONTHLY returns them).
 * Blank months count as 0. The plan continues beyond the period (the next
 * period repeats it), as on the SLA tab: month m gets month m + lag, the last
 * months wrap round to the first, so nothing piles up and nothing is left empty.
 */
function laggedTargetsFn(targets: Arg, lag: Arg): Result {
  const fn = 'FUNNEL_LAGGED';
  const ref: ArgRef = { fn, arg: 'monthly_targets' };
  const lagRef: ArgRef = { fn, arg: 'lag_months' };
  const grid = toGrid(required(ref, targets, 1));
  const shift = wholeNumber(lagRef, singleValue(lagRef, required(lagRef, lag, 2)), 0, MAX_MONTHS);
  const at = cellCursor(grid);
  const value = (r: number, c: number): number => {
    const v = grid.cells[r][c];
    return isBlank(v) ? 0 : toNumber(ref, v, at(r, c));
  };
  if (grid.single) return isBlank(grid.cells[0][0]) ? '' : value(0, 0);
  // The result is made in the input's own arrays (Apps Script passes fresh ones per
  // call, see mapGrid): blanks as 0, then the rows (or each row's cells) rotated by
  // the lag, which wraps round (the plan continues beyond the period), as laggedTargets does.
  zeroBlanks(ref, grid);
  const cells = grid.cells;
  if (grid.cols === 1) rotateLeft(cells, shift % grid.rows);
  else for (let r = 0; r < grid.rows; r++) rotateLeft(cells[r], shift % grid.cols);
  return cells as number[][];
}

/**
 * Checks every cell in reading order (the first bad one is the error) and sets blanks
 * to 0 in the same pass; a bad cell puts the blanks back before it throws, so a failing
 * call leaves its input as it was (localized() calls it again with the same arguments).
 */
function zeroBlanks(ref: ArgRef, grid: Grid): void {
  const at = cellCursor(grid);
  const blanks: number[] = [];
  const was: CellValue[] = [];
  try {
    for (let r = 0; r < grid.rows; r++) {
      const row = grid.cells[r];
      for (let c = 0; c < grid.cols; c++) {
        const v = row[c];
        if (typeof v === 'number' && isFiniteNumber(v)) continue;
        if (!isBlank(v)) toNumber(ref, v, at(r, c)); // not a finite number: throws
        blanks.push(r * grid.cols + c);
        was.push(v);
        row[c] = 0;
      }
    }
  } catch (error) {
    for (let i = 0; i < blanks.length; i++)
      grid.cells[Math.floor(blanks[i] / grid.cols)][blanks[i] % grid.cols] = was[i];
    throw error;
  }
}

const isFiniteNumber = Number.isFinite; // bound once: runs per cell

/** In place: item i becomes item (i + k) mod length, for 0 ≤ k < length; only k items are buffered. */
function rotateLeft<T>(items: T[], k: number): void {
  if (k === 0) return;
  const n = items.length;
  const head = items.slice(0, k);
  for (let i = 0; i + k < n; i++) items[i] = items[i + k];
  for (let i = 0; i < k; i++) items[n - k + i] = head[i];
}

export const PLAN_FUNCTIONS: CustomFunctionSpec[] = [
  {
    name: 'FUNNEL_MONTHLY',
    summary: 'A row of whole monthly targets that add up exactly to the total (largest remainder).',
    params: [
      {
        name: 'total',
        type: 'number',
        doc: 'Target for the whole period (rounded up to a whole number).',
      },
      { name: 'months', type: 'number', doc: `Number of months, 1 to ${MAX_MONTHS}.` },
      {
        name: 'shape',
        type: 'number|string|Array<Array<number>>',
        doc: 'Blank for an even spread, a growth rate (5% = each month 5% above the previous), or one seasonality weight per month.',
        optional: true,
      },
    ],
    returns: 'A row of `months` whole numbers summing to total.',
    example: '=FUNNEL_MONTHLY(1000, 12, 5%)',
    impl: monthlyTargetsFn,
  },
  {
    name: 'FUNNEL_LAGGED',
    summary:
      'Monthly targets moved earlier by the sales cycle, the plan continuing beyond the period; the total is unchanged.',
    params: [
      {
        name: 'monthly_targets',
        type: 'Array<Array<number>>',
        doc: 'Monthly targets as a row or column (a block: one series per row).',
      },
      {
        name: 'lag_months',
        type: 'number',
        doc: "Months to move earlier. The next period is taken to repeat this plan: the last months carry what next period's first months need; what the first months need from before the period is the SUM of the first lag_months targets.",
      },
    ],
    returns: 'The moved targets, same shape: month m holds month m + lag_months, wrapping round.',
    example: '=FUNNEL_LAGGED({10, 20, 30, 40}, 1)',
    impl: laggedTargetsFn,
  },
];
