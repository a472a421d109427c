/**
 * Monthly plans: spreading a period target over months and shifting targets
 * earlier by the time a stage takes to convert. Callers validate inputs;
 * these functions throw RangeError only for programming mistakes.
 */
import { ceilCount, roundCount, roundHalfAway } from './round';

/** How a total is spread over the months. */
export type MonthlyShape =
  | { kind: 'even' }
  /** Each month `rate` above the previous one (0.05 = +5 %); rate > −1. */
  | { kind: 'growth'; rate: number }
  /** One non-negative weight per month (seasonality); their sum must be > 0. */
  | { kind: 'weights'; weights: readonly number[] };

/** Average days per month used to turn a sales cycle in days into months. */
export const DAYS_PER_MONTH = 30.4;

/**
 * The relative weight of each month for a shape: 1s, (1 + rate)^i for growth
 * (powers, exactly what the SLA tab's `=(1+growth)^i` computes, not repeated
 * products), or the given weights.
 */
export function shapeWeights(months: number, shape: MonthlyShape): number[] {
  if (shape.kind === 'weights') {
    if (shape.weights.length !== months) {
      throw new RangeError(`shapeWeights: ${shape.weights.length} weights for ${months} months`);
    }
    return [...shape.weights];
  }
  const factor = shape.kind === 'growth' ? 1 + shape.rate : 1;
  return Array.from({ length: months }, (_, m) => factor ** m);
}

/** The SLA tab's weight column for a period: shapeWeights, ignoring weights beyond the period. */
export function periodWeights(months: number, shape: MonthlyShape): number[] {
  return shapeWeights(
    months,
    shape.kind === 'weights' ? { kind: 'weights', weights: shape.weights.slice(0, months) } : shape,
  );
}

/**
 * Splits a whole `total` into whole parts proportional to `weights` that sum
 * exactly to `total` (largest-remainder / Hamilton method): every part gets
 * the floor of its quota, then the units left over go to the largest
 * remainders, earlier months first on ties.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  // Above 2^53 whole numbers are no longer exact, so "sums exactly" cannot hold.
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(
      `largestRemainder: total must be a whole number from 0 to 2^53, got ${total}`,
    );
  }
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (!(weightSum > 0) || !Number.isFinite(weightSum)) {
    throw new RangeError('largestRemainder: weights must add up to a finite number above 0');
  }
  const parts: number[] = [];
  const remainders: number[] = [];
  let assigned = 0;
  for (const w of weights) {
    const quota = (total * w) / weightSum;
    // Round to 9 decimals first so float noise neither drops a whole unit
    // (2.9999999999999996 → 3) nor breaks a tie between equal remainders.
    const clean = roundHalfAway(quota, 9);
    const floor = Math.floor(clean);
    parts.push(floor);
    remainders.push(clean - floor);
    assigned += floor;
  }
  const order = parts.map((_, i) => i);
  order.sort((a, b) => remainders[b] - remainders[a] || a - b);
  let left = total - assigned;
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) {
    parts[order[k]] += 1;
  }
  return parts;
}

/**
 * A row of `months` whole targets summing exactly to `total`. A fractional
 * total is first rounded up (float-safe), as every count is.
 * monthlyTargets(1000, 12) → 84, 84, 84, 84, 83, …, 83.
 */
export function monthlyTargets(
  total: number,
  months: number,
  shape: MonthlyShape = { kind: 'even' },
): number[] {
  if (!Number.isInteger(months) || months < 1) {
    throw new RangeError(`monthlyTargets: months must be a whole number ≥ 1, got ${months}`);
  }
  return largestRemainder(ceilCount(total), shapeWeights(months, shape));
}

/**
 * The same monthly vector moved `lagMonths` earlier (the MQLs needed in March
 * to close deals in May). What would fall before the first month is added to
 * the first month, so the total is unchanged; freed months at the end are 0.
 */
export function laggedTargets(vector: readonly number[], lagMonths: number): number[] {
  if (!Number.isInteger(lagMonths) || lagMonths < 0) {
    throw new RangeError(`laggedTargets: lag must be a whole number ≥ 0, got ${lagMonths}`);
  }
  const n = vector.length;
  const out = new Array<number>(n).fill(0);
  for (let j = 0; j < n; j++) out[Math.max(0, j - lagMonths)] += vector[j];
  return out;
}

/** A sales cycle in days as whole months: round(days / 30.4), float-safe (45.6 days → 2). */
export function lagMonths(days: number): number {
  return roundCount(days / DAYS_PER_MONTH);
}

/** Running sums, left to right — the same additions SUM($W$1:W_m) makes in a sheet. */
function cumulativeWeights(weights: readonly number[]): number[] {
  const out: number[] = [];
  let running = 0;
  for (const w of weights) {
    running += w;
    out.push(running);
  }
  return out;
}

/**
 * The spread the SLA tab writes as native formulas (it has no largest
 * remainder): with W the sum of weights and cumW(m) the sum of the first m,
 *
 *   C(m)    = ROUND(ROUND(total * cumW(m) / W, 9), 0),  C(0) = 0
 *   month m = C(m) − C(m − 1)
 *
 * Telescoping guarantees the months add up to C(M) = ROUND(total). To agree
 * digit for digit, the sheet must compute `total*SUM(w_1..w_m)/SUM(w_1..w_M)`
 * in that order (multiply, then divide), as this function does.
 */
export function cumulativeSpread(total: number, weights: readonly number[]): number[] {
  const cum = cumulativeWeights(weights);
  const weightSum = cum[cum.length - 1] ?? 0;
  if (!(weightSum > 0))
    throw new RangeError('cumulativeSpread: weights must add up to more than 0');
  const out: number[] = [];
  let previous = 0;
  for (const c of cum) {
    const current = roundCount((total * c) / weightSum);
    out.push(current - previous);
    previous = current;
  }
  return out;
}

/**
 * cumulativeSpread moved `shiftMonths` earlier, exactly as the SLA tab's
 * formula computes it, with C(k) = ROUND(ROUND(total * cumW(MIN(k, M)) / W, 9), 0):
 *
 *   month 1     = C(1 + shift)
 *   month m > 1 = C(m + shift) − C(m − 1 + shift)
 *
 * Equal to laggedTargets(cumulativeSpread(total, weights), shift); the last
 * `shift` months are 0 and the total is unchanged.
 */
export function laggedCumulative(
  total: number,
  weights: readonly number[],
  shiftMonths: number,
): number[] {
  if (!Number.isInteger(shiftMonths) || shiftMonths < 0) {
    throw new RangeError(`laggedCumulative: shift must be a whole number ≥ 0, got ${shiftMonths}`);
  }
  const cum = cumulativeWeights(weights);
  const months = cum.length;
  const weightSum = cum[months - 1] ?? 0;
  if (!(weightSum > 0))
    throw new RangeError('laggedCumulative: weights must add up to more than 0');
  const C = (k: number): number => roundCount((total * cum[Math.min(k, months) - 1]) / weightSum);
  const out: number[] = [];
  for (let m = 1; m <= months; m++) {
    out.push(m === 1 ? C(1 + shiftMonths) : C(m + shiftMonths) - C(m - 1 + shiftMonths));
  }
  return out;
}
