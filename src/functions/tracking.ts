/** SLA_VARIANCE, SLA_ATTAINMENT, SLA_STATUS, SLA_PACE and SLA_CATCH_UP: actuals against targets. */
import { t } from '../api/messages';
import {
  attainment,
  catchUpFrom,
  DEFAULT_MONTHS,
  DEFAULT_TOLERANCE,
  paceOf,
  type SlaStatus,
  status,
  variance,
} from '../core/variance';
import {
  eachCell,
  type Grid,
  gridOperand,
  isBlank,
  nonNegative,
  required,
  singleValue,
  toGrid,
  toNumber,
  toTolerance,
  wholeNumber,
} from './coerce';
import type { ArgRef, Where } from './errors';
import { MAX_MONTHS } from './plan';
import type { Arg, CellValue, CustomFunctionSpec, ParamSpec, Result } from './types';
import { broadcastShape, type Cell, finite, mapGrid } from './vectorize';

const STATUS_TEXT = {
  on_track: 'status.on_track',
  at_risk: 'status.at_risk',
  behind: 'status.behind',
} as const satisfies Record<SlaStatus, string>;

const NUMBER_OR_RANGE = 'number|Array<Array<number>>';

// Made once, not per cell.
const VARIANCE_ACTUAL: ArgRef = { fn: 'SLA_VARIANCE', arg: 'actual' };
const ATTAINMENT_ACTUAL: ArgRef = { fn: 'SLA_ATTAINMENT', arg: 'actual' };

/** The two arguments SLA_VARIANCE, SLA_ATTAINMENT and SLA_STATUS share. */
const ACTUAL_AND_TARGET: ParamSpec[] = [
  { name: 'actual', type: NUMBER_OR_RANGE, doc: 'Actual value(s); blank gives a blank result.' },
  {
    name: 'target',
    type: NUMBER_OR_RANGE,
    doc: 'Target value(s): one cell, or a range the size of actual.',
  },
];

/**
 * actual ⊕ target cell by cell: either may be one value (used for every cell)
 * or a range; two ranges must have the same shape. A blank on either side
 * (no actual reported yet, no target set) gives a blank cell.
 */
function elementwise(
  fn: string,
  actual: Arg,
  target: Arg,
  compute: (a: number, b: number) => Cell,
): Result {
  const aRef: ArgRef = { fn, arg: 'actual' };
  const tRef: ArgRef = { fn, arg: 'target' };
  const aGrid = toGrid(required(aRef, actual, 1));
  const tGrid = toGrid(required(tRef, target, 2));
  const shape = broadcastShape(aGrid, tGrid);
  const name = shape === aGrid ? 'actual' : 'target';
  const blankOrNumber =
    (ref: ArgRef) =>
    (v: CellValue, where: Where): number | null =>
      isBlank(v) ? null : toNumber(ref, v, where);
  const a = gridOperand(aRef, aGrid, shape, name, blankOrNumber(aRef));
  const b = gridOperand(tRef, tGrid, shape, name, blankOrNumber(tRef));
  return mapGrid(shape, (r, c) => {
    const av = a(r, c);
    const bv = b(r, c);
    return av === null || bv === null ? '' : compute(av, bv);
  });
}

/**
 * Sum, count and largest magnitude of the reported (non-blank) cells, which must be
 * numbers: streamed in reading order (the order a list would be summed in), no list kept.
 */
function reportedSum(ref: ArgRef, grid: Grid): { total: number; count: number; largest: number } {
  let total = 0;
  let count = 0;
  let largest = 0;
  eachCell(grid, (value, where) => {
    if (isBlank(value)) return;
    const v = toNumber(ref, value, where);
    total += v;
    count++;
    largest = Math.max(largest, Math.abs(v));
  });
  return { total, count, largest };
}

function paceFn(actuals: Arg, periodTarget: Arg, months: Arg): Result {
  const fn = 'SLA_PACE';
  const aRef: ArgRef = { fn, arg: 'actuals_to_date' };
  const tRef: ArgRef = { fn, arg: 'period_target' };
  const mRef: ArgRef = { fn, arg: 'months' };
  const values = reportedSum(aRef, toGrid(required(aRef, actuals, 1)));
  const targetGrid = toGrid(required(tRef, periodTarget, 2));
  // Checked even when unused, so a typo in the target does not go unnoticed.
  reportedSum(tRef, targetGrid);
  const monthsValue = singleValue(mRef, months);
  const cellsInTarget = targetGrid.rows * targetGrid.cols;
  const period = isBlank(monthsValue)
    ? cellsInTarget > 1
      ? cellsInTarget
      : DEFAULT_MONTHS
    : wholeNumber(mRef, monthsValue, 1, MAX_MONTHS);
  const projected = paceOf(values.total, values.count, period);
  if (projected === null) return '';
  // Only overflow can fail here: name the largest actual.
  return finite(aRef, projected, values.largest, '');
}

function catchUpFn(periodTarget: Arg, actuals: Arg, monthsLeft: Arg): Result {
  const fn = 'SLA_CATCH_UP';
  const tRef: ArgRef = { fn, arg: 'period_target' };
  const aRef: ArgRef = { fn, arg: 'actuals_to_date' };
  const mRef: ArgRef = { fn, arg: 'months_left' };
  const targetGrid = toGrid(required(tRef, periodTarget, 1));
  const done = reportedSum(aRef, toGrid(required(aRef, actuals, 2))).total;
  const left = wholeNumber(mRef, singleValue(mRef, required(mRef, monthsLeft, 3)), 0, MAX_MONTHS);
  // A row of monthly targets counts as their sum: the period target.
  let goal = 0;
  let targets = 0;
  eachCell(targetGrid, (value, where) => {
    if (isBlank(value)) return;
    targets++;
    goal += nonNegative(tRef, value, where);
  });
  if (targets === 0) return '';
  return finite(tRef, catchUpFrom(goal, done, left), goal, '');
}

export const TRACKING_FUNCTIONS: CustomFunctionSpec[] = [
  {
    name: 'SLA_VARIANCE',
    summary: 'Actual minus target, cell by cell.',
    params: [...ACTUAL_AND_TARGET],
    returns: 'actual − target, shaped like the range argument.',
    example: '=SLA_VARIANCE(90, 100)',
    impl: (actual, target) =>
      elementwise('SLA_VARIANCE', actual, target, (a, b) =>
        finite(VARIANCE_ACTUAL, variance(a, b), a, ''),
      ),
  },
  {
    name: 'SLA_ATTAINMENT',
    summary: 'Actual divided by target (1 = 100%), cell by cell; blank when the target is 0.',
    params: [...ACTUAL_AND_TARGET],
    returns: 'actual / target as a decimal (format as %), shaped like the range argument.',
    example: '=SLA_ATTAINMENT(90, 100)',
    impl: (actual, target) =>
      elementwise('SLA_ATTAINMENT', actual, target, (a, b) => {
        const ratio = attainment(a, b);
        return ratio === null ? '' : finite(ATTAINMENT_ACTUAL, ratio, a, '');
      }),
  },
  {
    name: 'SLA_STATUS',
    summary: 'On track, At risk (within tolerance below target) or Behind, cell by cell.',
    params: [
      ...ACTUAL_AND_TARGET,
      {
        name: 'tolerance',
        type: 'number|string',
        doc: 'How far below target still counts as at risk; default 10%.',
        optional: true,
      },
    ],
    returns: 'The status text, shaped like the range argument.',
    example: '=SLA_STATUS(92, 100)',
    impl: (actual, target, tolerance) => {
      const ref: ArgRef = { fn: 'SLA_STATUS', arg: 'tolerance' };
      const tol = toTolerance(ref, singleValue(ref, tolerance), DEFAULT_TOLERANCE);
      // The three texts looked up once per call, not per cell.
      const text = {
        on_track: t(STATUS_TEXT.on_track),
        at_risk: t(STATUS_TEXT.at_risk),
        behind: t(STATUS_TEXT.behind),
      };
      return elementwise('SLA_STATUS', actual, target, (a, b) => text[status(a, b, tol)]);
    },
  },
  {
    name: 'SLA_PACE',
    summary: 'Projected total for the period at the run rate of the months reported so far.',
    params: [
      {
        name: 'actuals_to_date',
        type: NUMBER_OR_RANGE,
        doc: 'Monthly actuals so far; blank months are not counted.',
      },
      {
        name: 'period_target',
        type: NUMBER_OR_RANGE,
        doc: 'Target for the period: a total, or the row of monthly targets (its length is then the number of months).',
      },
      {
        name: 'months',
        type: 'number',
        doc: `Months in the period; default the number of monthly targets, else ${DEFAULT_MONTHS}.`,
        optional: true,
      },
    ],
    returns:
      'Average of the reported months × months in the period; blank when nothing is reported yet.',
    example: '=SLA_PACE({80, 95, 110}, 1200)',
    impl: paceFn,
  },
  {
    name: 'SLA_CATCH_UP',
    summary: 'Whole units needed in each remaining month to still reach the period target.',
    params: [
      {
        name: 'period_target',
        type: NUMBER_OR_RANGE,
        doc: 'Target for the period, or the row of monthly targets (summed).',
      },
      {
        name: 'actuals_to_date',
        type: NUMBER_OR_RANGE,
        doc: 'Monthly actuals so far; blank months are not counted.',
      },
      {
        name: 'months_left',
        type: 'number',
        doc: 'Whole months remaining; 0 gives the whole remaining gap.',
      },
    ],
    returns: 'Units per remaining month, rounded up; 0 when the target is already reached.',
    example: '=SLA_CATCH_UP(1200, {80, 95, 110}, 9)',
    impl: catchUpFn,
  },
];
