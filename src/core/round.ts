/**
 * Float-safe rounding for counts of people, deals and monthly targets.
 *
 * Binary floating point cannot hold 0.7 exactly, so 21 / 0.7 is
 * 30.000000000000004 and a naive Math.ceil says 31. Every division we do is a
 * single correctly rounded operation on already-rounded inputs, so its error
 * is a few units in the last place (about 1e-15 relative). We therefore treat
 * anything within a tolerance of a whole number as that whole number before
 * rounding up: 5e-10 absolute (what ROUNDUP(ROUND(x, 9), 0) does in a sheet)
 * or 1e-12 relative for large values, where 9 decimals are below the precision
 * a double has. The relative part is still ~4,500× the worst error we make,
 * and a genuine fraction of a count never comes that close to a whole number
 * for realistic inputs.
 */

// Builtins bound once: these run per cell, and looking globals up on every
// call is slow in sandboxed globals (Node vm, where the emulator runs us).
const { abs, ceil, floor, max, round } = Math;
const isFiniteNumber = Number.isFinite;

/** Absolute tolerance: the same window ROUND(x, 9) collapses in a sheet. */
const ABSOLUTE_TOLERANCE = 5e-10;
/** Relative tolerance for values too large for 9 decimals to mean anything in a double. */
const RELATIVE_TOLERANCE = 1e-12;

/** `x` if it is not within the float-error tolerance of a whole number; else that whole number. */
export function snapToInteger(x: number): number {
  if (!isFiniteNumber(x)) return x;
  const nearest = round(x);
  const tolerance = max(ABSOLUTE_TOLERANCE, abs(x) * RELATIVE_TOLERANCE);
  return abs(x - nearest) <= tolerance ? nearest : x;
}

/** Rounds a count up to a whole number, float-safe: ceilCount(21 / 0.7) === 30. */
export function ceilCount(x: number): number {
  return ceil(snapToInteger(x));
}

/** Rounds down, float-safe: floorCount(0.3 / 0.1) === 3 (0.3 / 0.1 is 2.9999999999999996). */
export function floorCount(x: number): number {
  return floor(snapToInteger(x));
}

/**
 * Spreadsheet ROUND(x, digits): half away from zero, computed the way Google
 * Sheets and HyperFormula compute it (scale, Math.round, unscale). Native
 * formulas in the SLA tab use ROUND, so core code that must agree with them
 * digit for digit uses this, not its own rounding.
 */
export function roundHalfAway(x: number, digits = 0): number {
  if (!isFiniteNumber(x)) return x;
  const factor = 10 ** digits;
  const scaled = abs(x) * factor;
  // Beyond 2^52 every double is already whole: scaling back could only add error.
  if (scaled >= 2 ** 52) return x;
  const rounded = round(scaled) / factor;
  return x < 0 ? -rounded : rounded;
}

/**
 * ROUND(ROUND(x, 9), 0): the float-safe "nearest whole number" the SLA tab
 * formulas use. The inner ROUND removes float noise first, so 2.4999999999999996
 * (a 2.5 that lost a bit) rounds to 3 as the decimal value would.
 */
export function roundCount(x: number): number {
  return roundHalfAway(roundHalfAway(x, 9), 0);
}

/** Left-to-right sum, the order SUM() adds in, so results match native formulas bit for bit. */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
