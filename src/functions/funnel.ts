/** FUNNEL_PLAN, FUNNEL_REVENUE and FUNNEL_RATES. */
import { t } from '../api/messages';
import { conversionRate, fullFunnel, funnelRevenue } from '../core/funnel';
import {
  cellCursor,
  isBlank,
  nonNegative,
  operand,
  positive,
  rateList,
  ratesFor,
  required,
  singleValue,
  toGrid,
  vectorCells,
} from './coerce';
import { type ArgRef, describe, fail } from './errors';
import type { Arg, CellValue, CustomFunctionSpec, Result } from './types';
import { type Cell, finite, mapGrid, setSlot, slots, writeInto } from './vectorize';

const DEFAULT_STAGE_KEYS = [
  'stage.visits',
  'stage.leads',
  'stage.mqls',
  'stage.sqls',
  'stage.opportunities',
  'stage.customers',
] as const;

/** Visits…Customers for the classic 5-rate funnel, else Stage 1…n. */
export function defaultStageNames(stages: number): string[] {
  if (stages === DEFAULT_STAGE_KEYS.length) return DEFAULT_STAGE_KEYS.map((k) => t(k));
  return Array.from({ length: stages }, (_, i) => t('stage.numbered', { n: i + 1 }));
}

function stageNames(fn: string, arg: Arg, stages: number, rates: number): string[] {
  const defaults = defaultStageNames(stages);
  if (isBlank(arg) && !Array.isArray(arg)) return defaults;
  const ref: ArgRef = { fn, arg: 'stage_names' };
  const { cells } = vectorCells(ref, toGrid(arg));
  if (cells.length !== stages)
    fail(ref, 'fn.err.namesCount', { count: cells.length, stages, rates });
  return cells.map((v, i) => (isBlank(v) ? defaults[i] : nameText(v)));
}

function nameText(v: CellValue): string {
  return typeof v === 'string' ? v.trim() : describe(v).replace(/^"|"$/g, '');
}

function funnelPlan(revenue: Arg, dealSize: Arg, rates: Arg, names: Arg): Result {
  const fn = 'FUNNEL_PLAN';
  const revRef: ArgRef = { fn, arg: 'revenue' };
  const dealRef: ArgRef = { fn, arg: 'deal_size' };
  const ratesRef: ArgRef = { fn, arg: 'rates' };
  const hint = t('fn.err.hint.vectorize', { other: 'REQUIRED_DEALS … REQUIRED_VISITS' });
  const goal = singleValue(revRef, required(revRef, revenue, 1), hint);
  const deal = singleValue(dealRef, required(dealRef, dealSize, 2));
  const rateGrid = toGrid(required(ratesRef, rates, 3));
  if (isBlank(goal)) return '';
  const rateVector = vectorCells(ratesRef, rateGrid);
  const rateValues = rateList(ratesRef, rateVector.cells, rateVector.where);
  const revenueValue = nonNegative(revRef, goal);
  const counts = fullFunnel(revenueValue, positive(dealRef, deal), rateValues);
  const labels = stageNames(fn, names, counts.length, rateValues.length);
  return counts.map((count, i) => [labels[i], finite(revRef, count, revenueValue, '')]);
}

function funnelRevenueFn(top: Arg, rates: Arg, dealSize: Arg): Result {
  const fn = 'FUNNEL_REVENUE';
  const topRef: ArgRef = { fn, arg: 'top_count' };
  const dealRef: ArgRef = { fn, arg: 'deal_size' };
  const grid = toGrid(required(topRef, top, 1));
  const ratesAt = ratesFor(
    { fn, arg: 'rates' },
    required({ fn, arg: 'rates' }, rates, 2),
    grid,
    'top_count',
  );
  const deal = operand(dealRef, required(dealRef, dealSize, 3), grid, 'top_count', (v, where) =>
    positive(dealRef, v, where),
  );
  const at = cellCursor(grid);
  return mapGrid(grid, (r, c) => {
    const value = grid.cells[r][c];
    if (isBlank(value)) return '';
    const where = at(r, c);
    const count = nonNegative(topRef, value, where);
    return finite(topRef, funnelRevenue(count, ratesAt(r, c), deal(r, c)), count, where);
  });
}

/**
 * Rates between consecutive counts. A single row or column is one funnel;
 * in a block each column is a funnel (stages down, e.g. one column per month).
 */
function conversionRatesFn(counts: Arg): Result {
  const ref: ArgRef = { fn: 'FUNNEL_RATES', arg: 'counts' };
  const grid = toGrid(required(ref, counts, 1));
  const alongRow = grid.rows === 1;
  const length = alongRow ? grid.cols : grid.rows;
  if (length < 2) fail(ref, 'fn.err.tooFewCounts', { count: grid.rows * grid.cols });
  const lines = alongRow ? 1 : grid.cols;
  const at = cellCursor(grid);
  // Rate i of a line goes to [0][i] along a row, else [i][line]: computed into one
  // flat list first (chunked, see Slots) (a failing call leaves its input untouched), then written into
  // the input's own rows, the last count's row or cell dropped (see mapGrid).
  const rates = slots<Cell>((length - 1) * lines);
  // Per line: check every count first (the first bad cell in order is the error), then
  // rate the pairs reading the counts again, so no buffer of counts is allocated per row.
  const count = (r: number, c: number): number | null => {
    const v = grid.cells[r][c];
    return isBlank(v) ? null : nonNegative(ref, v, at(r, c));
  };
  for (let line = 0; line < lines; line++) {
    for (let i = 0; i < length; i++) count(alongRow ? 0 : i, alongRow ? i : line);
    let from = count(0, alongRow ? 0 : line);
    for (let i = 0; i + 1 < length; i++) {
      const to = count(alongRow ? 0 : i + 1, alongRow ? i + 1 : line);
      const rate = from === null || to === null ? null : conversionRate(from, to);
      const cell =
        rate === null ? '' : finite(ref, rate, from as number, alongRow ? at(0, i) : at(i, line));
      setSlot(rates, i * lines + line, cell);
      from = to;
    }
  }
  if (alongRow) {
    grid.cells[0].length = length - 1;
    return writeInto(grid.cells, 1, length - 1, rates);
  }
  grid.cells.length = length - 1;
  return writeInto(grid.cells, length - 1, lines, rates);
}

export const FUNNEL_FUNCTIONS: CustomFunctionSpec[] = [
  {
    name: 'FUNNEL_PLAN',
    summary: 'The whole reverse funnel for a revenue goal: one row per stage, top stage first.',
    params: [
      { name: 'revenue', type: 'number', doc: 'Revenue goal for the period (one cell).' },
      { name: 'deal_size', type: 'number', doc: 'Average won deal size (> 0).' },
      {
        name: 'rates',
        type: 'number|string|Array<Array<number|string>>',
        doc: 'Conversion rates in funnel order, top stage first, ending with opportunity→won.',
      },
      {
        name: 'stage_names',
        type: 'Array<Array<string>>',
        doc: 'Names for the stages (one more than rates); default Visits…Customers for 5 rates, else Stage 1…n.',
        optional: true,
      },
    ],
    returns: 'Two columns, stage name and required count, one row per stage down to won deals.',
    example: '=FUNNEL_PLAN(1200000, 24000, {2%, 30%, 50%, 40%, 25%})',
    impl: funnelPlan,
  },
  {
    name: 'FUNNEL_REVENUE',
    summary: 'Expected revenue from a top-of-funnel volume: count × every rate × deal size.',
    params: [
      {
        name: 'top_count',
        type: 'number|Array<Array<number>>',
        doc: 'Volume entering the top stage; a column or row gives one result per value.',
      },
      {
        name: 'rates',
        type: 'number|string|Array<Array<number|string>>',
        doc: 'Conversion rates in funnel order from the top stage down to won; a block gives one row per top_count row.',
      },
      {
        name: 'deal_size',
        type: 'number|Array<Array<number>>',
        doc: 'Average won deal size (> 0); one cell, or one per top_count cell.',
      },
    ],
    returns: 'Expected revenue (not rounded), shaped like top_count.',
    example: '=FUNNEL_REVENUE(166700, {2%, 30%, 50%, 40%, 25%}, 24000)',
    impl: funnelRevenueFn,
  },
  {
    name: 'FUNNEL_RATES',
    summary: 'Stage-to-stage conversion rates from stage counts, top stage first.',
    params: [
      {
        name: 'counts',
        type: 'Array<Array<number>>',
        doc: 'Counts per stage, top first, as a row or column (a block: one funnel per column).',
      },
    ],
    returns: 'One rate fewer than counts, same orientation; blank where the earlier count is 0.',
    example: '=FUNNEL_RATES({166700; 3334; 1000; 500; 200; 50})',
    impl: conversionRatesFn,
  },
];
