/**
 * Actual stage-to-stage conversion rates from monthly counts: what the SLA
 * compares with its planned rates, and what the mid-period reset re-plans with.
 *
 * A rate is Σ stage i+1 ÷ Σ stage i over the same months — the "same-window"
 * rate the articles report monthly, not a cohort rate (records entering stage
 * i in March may convert in May). Months where either count is missing (an
 * unmapped stage the user has not typed yet) are left out of both sums.
 */

export interface StageRate {
  /** Index of the stage converted from; the rate is to stage `from + 1`. */
  from: number;
  /** null when no month has both counts or the denominator is 0. */
  rate: number | null;
  /** Σ stage from+1 over the months used. */
  numerator: number;
  /** Σ stage `from` over the months used: the records behind the rate. */
  denominator: number;
  /** How many months had both counts. */
  months: number;
}

type Counts = readonly (readonly (number | null | undefined)[])[];

function isCount(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function ratesOver(counts: Counts, first: number, last: number): StageRate[] {
  const nStages = counts.reduce((n, row) => Math.max(n, row.length), 0);
  const out: StageRate[] = [];
  for (let s = 0; s + 1 < nStages; s++) {
    let numerator = 0;
    let denominator = 0;
    let months = 0;
    for (let m = Math.max(0, first); m <= last && m < counts.length; m++) {
      const a = counts[m][s];
      const b = counts[m][s + 1];
      if (!isCount(a) || !isCount(b)) continue;
      denominator += a;
      numerator += b;
      months++;
    }
    out.push({
      from: s,
      rate: denominator > 0 ? numerator / denominator : null,
      numerator,
      denominator,
      months,
    });
  }
  return out;
}

/**
 * Rates over months 0..`lastMonthIndex` (default: every month given — pass
 * the last month with data for "the period so far").
 */
export function actualRates(counts: Counts, lastMonthIndex = counts.length - 1): StageRate[] {
  return ratesOver(counts, 0, lastMonthIndex);
}

/** Rates over the `n` months ending at `lastMonthIndex` (fewer at the period start). */
export function trailingRates(counts: Counts, lastMonthIndex: number, n: number): StageRate[] {
  return ratesOver(counts, lastMonthIndex - Math.max(1, Math.floor(n)) + 1, lastMonthIndex);
}
