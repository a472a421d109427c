/**
 * Which SLA month an instant falls in, without Intl per row: each month's
 * local-midnight boundaries are resolved once, then every lookup is a binary
 * search over plain numbers.
 */
import { monthStartUtc, nextMonthKey } from './zone';

/** Index into the period's months of the instant, or -1 when outside the period. */
export type MonthIndexer = (epochMs: number) => number;

export function monthIndexer(months: readonly string[], timeZone: string): MonthIndexer {
  const spans = months
    .map((key, index) => ({
      index,
      start: monthStartUtc(key, timeZone),
      end: monthStartUtc(nextMonthKey(key), timeZone),
    }))
    .sort((a, b) => a.start - b.start);
  const starts = spans.map((s) => s.start);
  const ends = spans.map((s) => s.end);
  const indexes = spans.map((s) => s.index);
  const first = starts.length ? starts[0] : Number.POSITIVE_INFINITY;
  const last = ends.length ? Math.max(...ends) : Number.NEGATIVE_INFINITY;
  return (ms: number): number => {
    if (!(ms >= first && ms < last)) return -1;
    // Last span whose start is ≤ ms.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= ms) lo = mid;
      else hi = mid - 1;
    }
    // Months need not be contiguous: a gap between two spans is outside the period.
    return ms < ends[lo] ? indexes[lo] : -1;
  };
}
