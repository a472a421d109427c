/**
 * REQUIRED_DEALS and REQUIRED_<STAGE>: the reverse funnel, one stage at a time.
 * Vectorized over `revenue`: a column of revenue gives a column of counts.
 */
import { requiredAtStage } from '../core/funnel';
import {
  cellCursor,
  isBlank,
  nonNegative,
  operand,
  positive,
  type RatesAt,
  ratesFor,
  required,
  toGrid,
} from './coerce';
import type { ArgRef } from './errors';
import type { Arg, CustomFunctionSpec, ParamSpec, Result } from './types';
import { finite, mapGrid } from './vectorize';

const NUMBER_OR_RANGE = 'number|Array<Array<number>>';
const RATES_TYPE = 'number|string|Array<Array<number|string>>';

const REVENUE: ParamSpec = {
  name: 'revenue',
  type: NUMBER_OR_RANGE,
  doc: 'Revenue goal for the period; a column or row of goals gives one result per goal.',
};
const DEAL_SIZE: ParamSpec = {
  name: 'deal_size',
  type: NUMBER_OR_RANGE,
  doc: 'Average won deal size (> 0); one cell, or one per revenue cell.',
};

/** Shared by every REQUIRED_* function and FUNNEL_REVENUE's siblings. */
export function requiredCounts(fn: string, revenue: Arg, dealSize: Arg, rates?: Arg): Result {
  const revRef: ArgRef = { fn, arg: 'revenue' };
  const dealRef: ArgRef = { fn, arg: 'deal_size' };
  const rev = toGrid(required(revRef, revenue, 1));
  const deal = operand(dealRef, required(dealRef, dealSize, 2), rev, 'revenue', (v, where) =>
    positive(dealRef, v, where),
  );
  const noRates: RatesAt = () => [];
  const ratesAt =
    rates === undefined ? noRates : ratesFor({ fn, arg: 'rates' }, rates, rev, 'revenue');
  const at = cellCursor(rev);
  return mapGrid(rev, (r, c) => {
    const value = rev.cells[r][c];
    if (isBlank(value)) return '';
    const where = at(r, c);
    const goal = nonNegative(revRef, value, where);
    return finite(revRef, requiredAtStage(goal, deal(r, c), ratesAt(r, c)), goal, where);
  });
}

/** A REQUIRED_<STAGE> entry: the rates run from that stage down to a won deal. */
function stageSpec(name: string, stage: string, path: string, example: string): CustomFunctionSpec {
  return {
    name,
    summary: `${stage} needed to reach a revenue goal, rounded up at every funnel stage.`,
    params: [
      REVENUE,
      DEAL_SIZE,
      {
        name: 'rates',
        type: RATES_TYPE,
        doc: `Conversion rates in funnel order (${path}), as a row, a column or one number; a block gives one row of rates per revenue row.`,
      },
    ],
    returns: `${stage} needed (whole numbers), shaped like revenue.`,
    example,
    impl: (revenue, dealSize, rates) =>
      requiredCounts(name, revenue, dealSize, required({ fn: name, arg: 'rates' }, rates, 3)),
  };
}

export const REQUIRED_FUNCTIONS: CustomFunctionSpec[] = [
  {
    name: 'REQUIRED_DEALS',
    summary: 'Won deals needed to reach a revenue goal: revenue / deal size, rounded up.',
    params: [REVENUE, DEAL_SIZE],
    returns: 'Won deals needed (whole numbers), shaped like revenue.',
    example: '=REQUIRED_DEALS(1200000, 24000)',
    impl: (revenue, dealSize) => requiredCounts('REQUIRED_DEALS', revenue, dealSize),
  },
  stageSpec(
    'REQUIRED_OPPORTUNITIES',
    'Opportunities',
    'opportunity→won',
    '=REQUIRED_OPPORTUNITIES(1200000, 24000, 25%)',
  ),
  stageSpec(
    'REQUIRED_SQLS',
    'SQLs',
    'SQL→opportunity, opportunity→won',
    '=REQUIRED_SQLS(1200000, 24000, {40%, 25%})',
  ),
  stageSpec(
    'REQUIRED_MQLS',
    'MQLs',
    'MQL→SQL, SQL→opportunity, opportunity→won',
    '=REQUIRED_MQLS(1200000, 24000, {50%, 40%, 25%})',
  ),
  stageSpec(
    'REQUIRED_LEADS',
    'Leads',
    'lead→MQL, MQL→SQL, SQL→opportunity, opportunity→won',
    '=REQUIRED_LEADS(1200000, 24000, {30%, 50%, 40%, 25%})',
  ),
  stageSpec(
    'REQUIRED_VISITS',
    'Website visits',
    'visit→lead, lead→MQL, MQL→SQL, SQL→opportunity, opportunity→won',
    '=REQUIRED_VISITS(1200000, 24000, {2%, 30%, 50%, 40%, 25%})',
  ),
];
