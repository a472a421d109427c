/**
 * Tracking actuals against targets. Display text for statuses lives in the
 * message catalog (`status.on_track` …); here a status is a stable code.
 */
import { ceilCount, roundHalfAway } from './round';

export type SlaStatus = 'on_track' | 'at_risk' | 'behind';

/** How far below target still counts as "at risk" rather than "behind". */
export const DEFAULT_TOLERANCE = 0.1;
/** Months in the planning period when none is given. */
export const DEFAULT_MONTHS = 12;

/** actual − target. */
export function variance(actual: number, target: number): number {
  return actual - target;
}

/** actual / target; null when the target is 0 (no attainment can be measured). */
export function attainment(actual: number, target: number): number | null {
  return target === 0 ? null : actual / target;
}

/**
 * On track when actual ≥ target; at risk when it is short by at most
 * `tolerance` of the target; otherwise behind. Comparisons drop float noise
 * (9 decimals) so 0.1 + 0.2 against 0.3 is on track.
 */
export function status(actual: number, target: number, tolerance = DEFAULT_TOLERANCE): SlaStatus {
  const shortfall = roundHalfAway(target - actual, 9);
  if (shortfall <= 0) return 'on_track';
  const allowed = roundHalfAway(Math.abs(target) * tolerance, 9);
  return shortfall <= allowed ? 'at_risk' : 'behind';
}

/** The months-to-date that have an actual (null/undefined = not reported yet). */
function reported(actualsToDate: readonly (number | null | undefined)[]): number[] {
  const out: number[] = [];
  for (const a of actualsToDate) if (typeof a === 'number') out.push(a);
  return out;
}

/**
 * Projected total for the period at the run rate so far: the average of the
 * reported (non-blank) months × the number of months in the period. The
 * period length is `months` if given, else the number of monthly targets when
 * `periodTarget` is that row, else 12. Null when nothing is reported yet.
 */
export function pace(
  actualsToDate: readonly (number | null | undefined)[],
  periodTarget?: number | readonly number[],
  months?: number,
): number | null {
  const values = reported(actualsToDate);
  if (values.length === 0) return null;
  const periodMonths =
    months ??
    (Array.isArray(periodTarget) && periodTarget.length > 1 ? periodTarget.length : DEFAULT_MONTHS);
  let total = 0;
  for (const v of values) total += v;
  return paceOf(total, values.length, periodMonths);
}

/** `pace` from the sum and count of the reported months (callers that stream their input). */
export function paceOf(total: number, reportedMonths: number, periodMonths: number): number | null {
  return reportedMonths === 0 ? null : (total / reportedMonths) * periodMonths;
}

/**
 * Whole units needed in each remaining month to still reach the period
 * target (rounded up, float-safe, never negative). With no months left
 * (monthsLeft = 0) the answer is the whole remaining gap — due now — or 0
 * when the target is already reached; it never divides by zero.
 */
export function catchUp(
  periodTarget: number,
  actualsToDate: readonly (number | null | undefined)[],
  monthsLeft: number,
): number {
  let done = 0;
  for (const v of reported(actualsToDate)) done += v;
  return catchUpFrom(periodTarget, done, monthsLeft);
}

/** `catchUp` from the sum of the actuals to date (callers that stream their input). */
export function catchUpFrom(periodTarget: number, done: number, monthsLeft: number): number {
  const gap = periodTarget - done;
  if (!(gap > 0)) return 0;
  const perMonth = ceilCount(monthsLeft > 0 ? gap / monthsLeft : gap);
  return Math.max(0, perMonth);
}
