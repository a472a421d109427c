/**
 * The golden-number engine: every tracking figure of the SLA tab, computed
 * exactly as its native formulas compute it (src/sla/render.ts), blanks
 * (null) included. Tests evaluate the tab with the formula engine and compare
 * against this, so a formula change and this file move together.
 *
 * Per month m (0-based) and stage s, with `asOk` = m ≤ asOfIndex:
 *   variance   = actual − target           if actual is a number and asOk
 *   attainment = actual / target           if actual is a number, asOk and target > 0
 *   status     = on_track if attainment ≥ 1, at_risk if ≥ 1 − tolerance, else behind;
 *                null when attainment is blank
 * Year to date (the tab's total row): targets and actuals summed over months
 * ≤ asOfIndex (SUMIF: blanks count 0); variance and attainment are blank when
 * the column has no number in ANY month (COUNT over the whole column, as the
 * tab does), attainment also when the YTD target is 0.
 * Per stage, with elapsed = months ≤ asOfIndex, left = M − elapsed, and "has a
 * number" = some month of the whole period (after as-of too) has an actual:
 *   actualToDate          = YTD actual (0, not blank, without actuals — SUMIF)
 *   actualRates[s]        = actualToDate[s+1] / actualToDate[s]; null when actualToDate[s] is 0
 *   pace                  = ROUND(actualToDate / elapsed × M)         null unless elapsed > 0 and it has a number
 *   catchUp               = MAX(0, ROUNDUP((periodTarget − actualToDate) / left)), null unless left > 0 and it has a number
 *   neededAtActualRates   = last stage: MAX(0, periodTarget − actualToDate);
 *                           above: ROUNDUP(needed[s+1] / (actualRate[s] > 0 ? actualRate[s] : planned[s]))
 *                           (never blank: with no actuals it is the plan re-walked)
 *   catchUpAtActualRates  = ROUNDUP(neededAtActualRates / left), null like catchUp
 * Every ROUND / ROUNDUP first rounds to 9 decimals (float safety).
 */
import type { Settings } from '../../api/settings';
import { roundCount } from '../round';
import type { SlaStatus } from '../variance';
import { above, atLeast, atLeastZero, isNumber, minus, plus, roundUpCount } from './sheet-math';
import { tabPeriodTargets } from './tab-targets';

export type Actual = number | null | undefined;

export interface TrackingInput {
  settings: Pick<
    Settings,
    'stages' | 'rates' | 'months' | 'tolerance' | 'revenueGoal' | 'dealSize'
  >;
  /** M × S monthly targets (SLA_Targets). */
  targets: readonly (readonly number[])[];
  /** M × S actuals (SLA_Actuals); null/undefined = blank cell. */
  actuals: readonly (readonly Actual[])[];
  /** M revenue targets. */
  revenueTargets: readonly number[];
  /** M revenue actuals (SLA_Revenue); null = not tracked / blank. */
  revenueActuals: readonly Actual[];
  /** Index of the last complete month ("as of"); −1 before the first month ends. ≥ M means the period is over. */
  asOfIndex: number;
}

/** Variance, attainment and status of one cell or one total. */
export interface Verdict {
  variance: number | null;
  attainment: number | null;
  status: SlaStatus | null;
}

export interface YtdVerdict extends Verdict {
  target: number;
  actual: number;
}

export interface TrackingFigures {
  /** Months up to and including as-of (COUNTIF of months ≤ SLA_AsOf), 0..M. */
  elapsed: number;
  monthsLeft: number;
  /** 1 × S: SLA_PeriodTargets. */
  periodTargets: number[];
  /** M × S grids: SLA_Variance, SLA_Attainment, SLA_Status (as codes). */
  variance: (number | null)[][];
  attainment: (number | null)[][];
  status: (SlaStatus | null)[][];
  /** Per month, the revenue column of the same blocks. */
  revenue: Verdict[];
  /** The year-to-date row, per stage. */
  ytd: YtdVerdict[];
  /** The year-to-date row, revenue column. */
  ytdRevenue: YtdVerdict;
  /** The stage table rows. */
  actualToDate: number[];
  /** 1 × (S − 1): SLA_ActualRates. */
  actualRates: (number | null)[];
  pace: (number | null)[];
  catchUp: (number | null)[];
  neededAtActualRates: number[];
  catchUpAtActualRates: (number | null)[];
}

/** The status formula over an attainment. */
export function statusOf(attainment: number | null, tolerance: number): SlaStatus | null {
  if (attainment === null) return null;
  if (atLeast(attainment, 1)) return 'on_track';
  return atLeast(attainment, minus(1, tolerance)) ? 'at_risk' : 'behind';
}

function monthVerdict(actual: Actual, target: number, asOk: boolean, tolerance: number): Verdict {
  if (!isNumber(actual) || !asOk) return { variance: null, attainment: null, status: null };
  const attainment = above(target, 0) ? actual / target : null;
  return {
    variance: minus(actual, target),
    attainment,
    status: statusOf(attainment, tolerance),
  };
}

function ytdVerdict(
  targets: readonly number[],
  actuals: readonly Actual[],
  elapsed: number,
  tolerance: number,
): YtdVerdict {
  let target = 0;
  let actual = 0;
  for (let m = 0; m < elapsed; m++) {
    target = plus(target, targets[m]);
    const a = actuals[m];
    if (isNumber(a)) actual = plus(actual, a);
  }
  const counted = actuals.some(isNumber);
  const attainment = counted && above(target, 0) ? actual / target : null;
  return {
    target,
    actual,
    variance: counted ? minus(actual, target) : null,
    attainment,
    status: statusOf(attainment, tolerance),
  };
}

function checkShape(name: string, rows: readonly unknown[], M: number): void {
  if (rows.length !== M)
    throw new RangeError(`trackingFigures: ${name} has ${rows.length} months, expected ${M}`);
}

export function trackingFigures(input: TrackingInput): TrackingFigures {
  const { settings: s, targets, actuals, revenueTargets, revenueActuals } = input;
  const M = s.months;
  const S = s.stages.length;
  checkShape('targets', targets, M);
  checkShape('actuals', actuals, M);
  checkShape('revenueTargets', revenueTargets, M);
  checkShape('revenueActuals', revenueActuals, M);
  const tol = s.tolerance;
  const asOf = Math.floor(input.asOfIndex);
  const elapsed = Math.min(M, Math.max(0, asOf + 1));
  const left = M - elapsed;
  const periodTargets = tabPeriodTargets(s);

  const variance: (number | null)[][] = [];
  const attainment: (number | null)[][] = [];
  const status: (SlaStatus | null)[][] = [];
  const revenue: Verdict[] = [];
  for (let m = 0; m < M; m++) {
    const row = {
      v: [] as (number | null)[],
      a: [] as (number | null)[],
      s: [] as (SlaStatus | null)[],
    };
    for (let i = 0; i < S; i++) {
      const v = monthVerdict(actuals[m][i], targets[m][i], m <= asOf, tol);
      row.v.push(v.variance);
      row.a.push(v.attainment);
      row.s.push(v.status);
    }
    variance.push(row.v);
    attainment.push(row.a);
    status.push(row.s);
    revenue.push(monthVerdict(revenueActuals[m], revenueTargets[m], m <= asOf, tol));
  }

  const column = <T>(grid: readonly (readonly T[])[], i: number): T[] => grid.map((r) => r[i]);
  const ytd = periodTargets.map((_, i) =>
    ytdVerdict(column(targets, i), column(actuals, i), elapsed, tol),
  );
  const ytdRevenue = ytdVerdict(revenueTargets, revenueActuals, elapsed, tol);

  const actualToDate = ytd.map((y) => y.actual);
  const hasActuals = periodTargets.map((_, i) => actuals.some((r) => isNumber(r[i])));
  const actualRates: (number | null)[] = [];
  for (let i = 0; i + 1 < S; i++)
    actualRates.push(above(actualToDate[i], 0) ? actualToDate[i + 1] / actualToDate[i] : null);

  const pace = periodTargets.map((_, i) =>
    elapsed > 0 && hasActuals[i] ? roundCount((actualToDate[i] / elapsed) * M) : null,
  );
  const catchUp = periodTargets.map((target, i) =>
    left > 0 && hasActuals[i]
      ? atLeastZero(roundUpCount(minus(target, actualToDate[i]) / left))
      : null,
  );
  const neededAtActualRates = new Array<number>(S);
  neededAtActualRates[S - 1] = atLeastZero(minus(periodTargets[S - 1], actualToDate[S - 1]));
  for (let i = S - 2; i >= 0; i--) {
    const actual = actualRates[i];
    const rate = actual !== null && above(actual, 0) ? actual : s.rates[i];
    neededAtActualRates[i] = roundUpCount(neededAtActualRates[i + 1] / rate);
  }
  const catchUpAtActualRates = neededAtActualRates.map((needed, i) =>
    left > 0 && hasActuals[i] ? roundUpCount(needed / left) : null,
  );

  return {
    elapsed,
    monthsLeft: left,
    periodTargets,
    variance,
    attainment,
    status,
    revenue,
    ytd,
    ytdRevenue,
    actualToDate,
    actualRates,
    pace,
    catchUp,
    neededAtActualRates,
    catchUpAtActualRates,
  };
}
