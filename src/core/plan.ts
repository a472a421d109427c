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
 * remainders. Ties go to the larger weight, then the earlier month, so a
 * month with a larger weight never gets less than one with a smaller weight
 * (a growth ramp never steps down). Quota and remainder are rounded to 9
 * decimals exactly as the SLA tab's formula does (see sla/spread.ts), so both
 * give the same numbers in every spreadsheet engine.
 */
export function largestRemainder(
  total: number,
  weights: readonly number[],
  weightSum: number = weights.reduce((a, b) => a + b, 0),
): number[] {
  // Above 2^53 whole numbers are no longer exact, so "sums exactly" cannot hold.
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(
      `largestRemainder: total must be a whole number from 0 to 2^53, got ${total}`,
    );
  }
  if (!(weightSum > 0) || !Number.isFinite(weightSum)) {
    throw new RangeError('largestRemainder: weights must add up to a finite number above 0');
  }
  const parts: number[] = [];
  const remainders: number[] = [];
  let assigned = 0;
  for (const w of weights) {
    // Round to 9 decimals first so float noise neither drops a whole unit
    // (2.9999999999999996 → 3) nor breaks a tie between equal remainders.
    const clean = roundHalfAway((total * w) / weightSum, 9);
    const floor = Math.floor(clean);
    parts.push(floor);
    remainders.push(roundHalfAway(clean - floor, 9));
    assigned += floor;
  }
  const order = parts.map((_, i) => i);
  order.sort((a, b) => remainders[b] - remainders[a] || weights[b] - weights[a] || a - b);
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
 * The same monthly plan moved `lagMonths` earlier (the MQLs needed in March
 * to close deals in May), with the plan continuing beyond the period: the
 * next period repeats this one, so the last `lag` months carry what next
 * period's first deals need, and nothing piles up in month 1. Month m gets
 * plan[(m + lag) mod n]; the total is unchanged. What the first months'
 * deals need from before the period is `pipelineAtStart`.
 */
export function laggedTargets(vector: readonly number[], lagMonths: number): number[] {
  if (!Number.isInteger(lagMonths) || lagMonths < 0) {
    throw new RangeError(`laggedTargets: lag must be a whole number ≥ 0, got ${lagMonths}`);
  }
  const n = vector.length;
  return vector.map((_, m) => vector[(m + lagMonths) % n]);
}

/**
 * What must already be in the pipeline when the period starts for the first
 * months' deals: the plan's first `lag` months (whole periods for a lag longer
 * than the period). Under the continuing plan this equals the lagged
 * targets of the period's last `lag` months.
 */
export function pipelineAtStart(vector: readonly number[], lagMonths: number): number {
  const n = vector.length;
  if (n === 0) return 0;
  const whole = Math.floor(lagMonths / n) * vector.reduce((a, b) => a + b, 0);
  return vector.slice(0, lagMonths % n).reduce((a, b) => a + b, whole);
}

/** A sales cycle in days as whole months: round(days / 30.4), float-safe (45.6 days → 2). */
export function lagMonths(days: number): number {
  return roundCount(days / DAYS_PER_MONTH);
}
