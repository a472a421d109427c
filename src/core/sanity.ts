/**
 * Sanity warnings for a plan: things that are allowed but probably not meant
 * (warn, never block). Pure: settings (and the text as typed) in, warnings
 * out; the sidebar words them through the catalog.
 *
 * Benchmark ranges are the public ranges in shared/domain.md; a rate outside
 * them is worth a second look, and one a hundred times too small is most
 * likely a decimal typed into a "%" field (0.015 for 1.5 %).
 */
import { type StageConcept, stageConcept } from './actuals/stage-concepts';

export interface BenchmarkRange {
  low: number;
  high: number;
}

/** Typical public ranges by transition (domain.md), as rates. */
const BENCHMARKS: ReadonlyMap<string, BenchmarkRange> = new Map([
  ['visit>lead', { low: 0.01, high: 0.05 }],
  ['lead>mql', { low: 0.15, high: 0.4 }],
  // Typical 30–50 %, observed 5–40 %: warn only outside both.
  ['mql>sql', { low: 0.05, high: 0.5 }],
  ['sql>opportunity', { low: 0.4, high: 0.75 }],
  // 20–30 % mid-market, 10–20 % enterprise.
  ['opportunity>customer', { low: 0.1, high: 0.3 }],
]);

/** Any stage pair: below 0.1 % or a full 100 % is rarely a real conversion rate. */
const ANY_PAIR: BenchmarkRange = { low: 0.001, high: 0.999 };

export function benchmarkFor(from: string, to: string): { range: BenchmarkRange; known: boolean } {
  const a: StageConcept | null = stageConcept(from);
  const b: StageConcept | null = stageConcept(to);
  const range = a && b ? BENCHMARKS.get(`${a}>${b}`) : undefined;
  return range ? { range, known: true } : { range: ANY_PAIR, known: false };
}

export type SanityWarning =
  | {
      kind: 'rate';
      /** Index of the transition (stage i → i + 1). */
      index: number;
      rate: number;
      range: BenchmarkRange;
      /** The benchmark applies to these stage names (false: the generic range). */
      known: boolean;
      /** The rate the user probably meant (× 100), when that lands in the range. */
      suggestion?: number;
    }
  | { kind: 'dealAboveGoal'; dealSize: number; goal: number }
  | { kind: 'reviewOutside'; reviewDate: string; first: string; last: string }
  | {
      kind: 'shortPeriod';
      /** Months the reset would leave. */
      months: number;
      /** The first remaining month (`YYYY-MM`). */
      from: string;
      /** The offer: a full-length version from there, running into the next period. */
      suggestedMonths: number;
      until: string;
    }
  | { kind: 'grouping'; field: string; text: string; readAs: number; otherReading: number };

export interface SanityInput {
  stages: readonly string[];
  rates: readonly number[];
  revenueGoal: number;
  dealSize: number;
  periodStart: string;
  months: number;
  reviewDate: string;
}

export function rateWarnings(s: Pick<SanityInput, 'stages' | 'rates'>): SanityWarning[] {
  const out: SanityWarning[] = [];
  s.rates.forEach((rate, i) => {
    const { range, known } = benchmarkFor(s.stages[i] ?? '', s.stages[i + 1] ?? '');
    if (rate >= range.low && rate <= range.high) return;
    const times100 = rate * 100;
    const suggestion =
      rate < range.low && times100 >= range.low && times100 <= range.high ? times100 : undefined;
    out.push({ kind: 'rate', index: i, rate, range, known, suggestion });
  });
  return out;
}

/** `YYYY-MM` plus n months. */
export function addMonthsKey(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const idx = y * 12 + (m - 1) + n;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

/** The last day of a `YYYY-MM` month as `YYYY-MM-DD`. */
function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(d).padStart(2, '0')}`;
}

/** The plan's warnings: rates, deal size against the goal, review date against the period. */
export function sanityWarnings(s: SanityInput): SanityWarning[] {
  const out = rateWarnings(s);
  if (s.dealSize > s.revenueGoal)
    out.push({ kind: 'dealAboveGoal', dealSize: s.dealSize, goal: s.revenueGoal });
  const first = `${s.periodStart}-01`;
  const last = lastDay(addMonthsKey(s.periodStart, s.months - 1));
  if (s.reviewDate < first || s.reviewDate > last)
    out.push({ kind: 'reviewOutside', reviewDate: s.reviewDate, first, last });
  return out;
}

/** Fewer than this many months left after a reset make a plan nobody can steer. */
export const MIN_RESET_MONTHS = 3;

/**
 * A reset that leaves fewer than three months: offer to run the new version
 * into the next period instead (same length as the current one, from the
 * first remaining month).
 */
export function resetLengthWarning(
  remainingStart: string,
  remainingMonths: number,
  periodMonths: number,
): SanityWarning | null {
  if (remainingMonths >= MIN_RESET_MONTHS) return null;
  return {
    kind: 'shortPeriod',
    months: remainingMonths,
    from: remainingStart,
    suggestedMonths: periodMonths,
    until: addMonthsKey(remainingStart, periodMonths - 1),
  };
}

/**
 * A typed number whose only separator is the locale's decimal separator
 * followed by exactly three digits ("30.000" on en_US, "30,000" on de_DE):
 * read as a decimal here, but a thousands separator elsewhere. Ask, do not
 * guess: the reading stays, the warning offers the other one.
 */
export function groupingWarning(
  field: string,
  text: string,
  decimal: '.' | ',',
): SanityWarning | null {
  const s = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const m = /^([+-]?\d{1,3})([.,])(\d{3})$/.exec(s);
  if (!m || m[2] !== decimal) return null;
  return {
    kind: 'grouping',
    field,
    text: text.trim(),
    readAs: Number(`${m[1]}.${m[3]}`),
    otherReading: Number(`${m[1]}${m[3]}`),
  };
}
