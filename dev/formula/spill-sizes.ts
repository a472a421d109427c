/**
 * How big each custom function's spilled result is, as HyperFormula needs to
 * know it when a formula is ENTERED (it reserves the spill area at parse time
 * and never resizes it). Google Sheets sizes spills after evaluation, so this
 * table is an emulator-only concern and stays out of the shipped registry.
 *
 * A rule sees each argument's parse-time size and, for single values, its
 * value when knowable (a literal, or a plain value cell). When the real
 * result is smaller than predicted, HyperFormula pads it with empty cells;
 * when it is larger, the adapter turns it into an error that says so.
 */

/** An argument as known when the formula is parsed. */
export interface ArgShape {
  rows: number;
  cols: number;
  /** A single value's content when knowable at parse time (literal or value cell). */
  value?: unknown;
}

export interface SpillSize {
  rows: number;
  cols: number;
}

export type SpillRule = (args: readonly ArgShape[]) => SpillSize;

const SCALAR: SpillSize = { rows: 1, cols: 1 };
const MONTHS_FALLBACK = 12;
const MAX_MONTHS = 120;

const like =
  (i: number): SpillRule =>
  (args) =>
    args[i] ? { rows: args[i].rows, cols: args[i].cols } : SCALAR;

/** Element-wise over two arguments: the bigger shape wins (the other is broadcast). */
const broadcast: SpillRule = (args) => ({
  rows: Math.max(args[0]?.rows ?? 1, args[1]?.rows ?? 1),
  cols: Math.max(args[0]?.cols ?? 1, args[1]?.cols ?? 1),
});

const cells = (a: ArgShape | undefined): number => (a ? a.rows * a.cols : 0);

function monthsOf(args: readonly ArgShape[]): number {
  const months = args[1]?.value;
  if (
    typeof months === 'number' &&
    Number.isInteger(months) &&
    months >= 1 &&
    months <= MAX_MONTHS
  ) {
    return months;
  }
  // Months from a formula cell are unknown at parse time: use the weights' length, else a year.
  return cells(args[2]) > 1 ? cells(args[2]) : MONTHS_FALLBACK;
}

const REQUIRED = like(0);

/** Spill size per custom function; functions not listed are predicted scalar. */
export const SPILL_SIZES: Record<string, SpillRule> = {
  REQUIRED_DEALS: REQUIRED,
  REQUIRED_OPPORTUNITIES: REQUIRED,
  REQUIRED_SQLS: REQUIRED,
  REQUIRED_MQLS: REQUIRED,
  REQUIRED_LEADS: REQUIRED,
  REQUIRED_VISITS: REQUIRED,
  // k rates (blank cells at the ends of the selection are trimmed: an upper bound) → k + 1 stages.
  FUNNEL_PLAN: (args) => ({ rows: Math.max(1, cells(args[2])) + 1, cols: 2 }),
  FUNNEL_REVENUE: like(0),
  FUNNEL_RATES: ([counts]) => {
    if (!counts || counts.rows * counts.cols < 2) return SCALAR;
    return counts.rows === 1
      ? { rows: 1, cols: counts.cols - 1 }
      : { rows: counts.rows - 1, cols: counts.cols };
  },
  FUNNEL_MONTHLY: (args) => ({ rows: 1, cols: monthsOf(args) }),
  FUNNEL_LAGGED: like(0),
  SLA_VARIANCE: broadcast,
  SLA_ATTAINMENT: broadcast,
  SLA_STATUS: broadcast,
  SLA_PACE: () => SCALAR,
  SLA_CATCH_UP: () => SCALAR,
};
