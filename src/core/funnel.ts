/**
 * Funnel math. Rates are conversion rates in funnel order, top first
 * (e.g. visit→lead, lead→MQL, MQL→SQL, SQL→opportunity, opportunity→won),
 * each a decimal in (0, 1]. Callers validate inputs; these functions assume
 * finite numbers, revenue ≥ 0, deal size > 0 and rates in (0, 1].
 */
import { ceilCount } from './round';

/** Won deals needed: revenue / deal size, rounded up (float-safe). */
export function requiredDeals(revenue: number, dealSize: number): number {
  return ceilCount(revenue / dealSize);
}

/**
 * Every stage count, top stage first, won deals last (k rates → k + 1 counts).
 * Walks up from won deals through the last rate to the first, rounding up at
 * every stage before dividing again — the way planners do it by hand, so the
 * numbers match the SLA people sign.
 */
export function fullFunnel(revenue: number, dealSize: number, rates: readonly number[]): number[] {
  const counts: number[] = [];
  let count = requiredDeals(revenue, dealSize);
  counts[rates.length] = count;
  for (let i = rates.length - 1; i >= 0; i--) {
    count = ceilCount(count / rates[i]);
    counts[i] = count;
  }
  return counts;
}

/**
 * The count needed at the stage the rates start from:
 * requiredAtStage(1_200_000, 24_000, [0.5, 0.4, 0.25]) → 1,000 MQLs.
 */
export function requiredAtStage(
  revenue: number,
  dealSize: number,
  rates: readonly number[],
): number {
  let count = requiredDeals(revenue, dealSize);
  for (let i = rates.length - 1; i >= 0; i--) count = ceilCount(count / rates[i]);
  return count;
}

/** Expected revenue from a top-of-funnel volume: top × every rate × deal size (no rounding). */
export function funnelRevenue(top: number, rates: readonly number[], dealSize: number): number {
  let value = top;
  // Indexed, not for…of: called per cell by FUNNEL_REVENUE, where an iterator per call is garbage per row.
  for (let i = 0; i < rates.length; i++) value *= rates[i];
  return value * dealSize;
}

/**
 * Stage-to-stage rates from stage counts, top first: n counts → n − 1 rates.
 * `null` where the earlier count is 0 (no rate can be observed).
 */
export function conversionRates(counts: readonly number[]): (number | null)[] {
  const rates: (number | null)[] = [];
  for (let i = 0; i + 1 < counts.length; i++) rates.push(conversionRate(counts[i], counts[i + 1]));
  return rates;
}

/** The rate from one stage's count to the next's; null when the earlier count is 0. */
export function conversionRate(from: number, to: number): number | null {
  return from === 0 ? null : to / from;
}
