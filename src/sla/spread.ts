/**
 * The monthly grid's targets as native formulas: the largest-remainder spread
 * of core/plan.ts (whole months summing exactly to the period target, a larger
 * weight never getting less) and the lag with the plan continuing beyond the
 * period. Portable: SUMPRODUCT over ranges, no LET, LAMBDA or QUERY, so Google
 * Sheets, HyperFormula, LibreOffice and Excel agree.
 *
 * Per month k of a stage with target T over weights W (total Wt):
 *   q(w) = ROUND(T*w/Wt, 9)             quota, float noise removed
 *   r(w) = ROUND(q(w) − INT(q(w)), 9)   remainder, exact for = and >
 *   left = T − Σ INT(q(W))              units the floors leave over
 *   rank = #months before k in the order (remainder ↓, weight ↓, month ↑)
 *   spread(k) = INT(q(w_k)) + (rank < left)
 * Both roundings make the comparisons exact decimals, so engines that compare
 * with a tolerance (LibreOffice, Sheets) order the months the same way.
 */

export interface SpreadRefs {
  /** Whole period target of the stage (a cell). */
  total: string;
  /** Months of the lag (a cell or a number). */
  lag: string;
  /** Number of months in the period. */
  months: number;
  /** The weight column (absolute range). */
  weights: string;
  /** The total of the weight column (absolute cell). */
  weightTotal: string;
  /** The month-date column, ascending (absolute range): the tie-break order. */
  monthDates: string;
}

/**
 * Target of month `month` (1-based): the spread's month
 * k = MOD(month − 1 + lag, M) + 1, i.e. the plan moved earlier by the lag with
 * the next period repeating this one (no pile-up in month 1, no empty tail).
 */
export function spreadFormula(month: number, r: SpreadRefs): string {
  const k = `MOD(${month - 1}+${r.lag},${r.months})+1`;
  const q = (w: string) => `ROUND(${r.total}*${w}/${r.weightTotal},9)`;
  const rem = (w: string) => `ROUND(${q(w)}-INT(${q(w)}),9)`;
  const wk = `INDEX(${r.weights},${k})`;
  const mk = `INDEX(${r.monthDates},${k})`;
  const W = r.weights;
  const left = `${r.total}-SUMPRODUCT(INT(${q(W)}))`;
  const rank = `SUMPRODUCT((${rem(W)}>${rem(wk)})+(${rem(W)}=${rem(wk)})*((${W}>${wk})+(${W}=${wk})*(${r.monthDates}<${mk})))`;
  return `=INT(${q(wk)})+IF(${rank}<${left},1,0)`;
}

/**
 * Already needed in the pipeline at the start: the spread's first `lag`
 * months, which the continuing plan places in the period's last `lag` months
 * of the stage's target column (whole periods for a lag longer than the period).
 */
export function pipelineAtStartFormula(r: SpreadRefs, targetColumn: string): string {
  const lastBefore = `INDEX(${r.monthDates},${r.months}-MOD(${r.lag},${r.months}))`;
  return `=INT(${r.lag}/${r.months})*${r.total}+SUMIF(${r.monthDates},">"&${lastBefore},${targetColumn})`;
}
