/**
 * A deterministic generated year for the review golden tests: the issue's
 * example agreement (1,200,000 goal, 24,000 deal, Visits…Customers, planned
 * rates 2 % / 30 % / 50 % / 40 % / 25 %) whose MQL→SQL conversion really runs
 * at 30 % instead of 50 %.
 *
 * Visits wiggle around 13,900 a month; every later stage converts the
 * previous stage's running total at its actual rate, rounded down, so the
 * same-window rates over any months are the actual rates up to rounding:
 *   month         Jan    Feb    Mar    Apr    May    Jun    …
 *   Visits      13600  14100  13900  13700  14200  14000
 *   Leads         272    282    278    274    284    280    (Σ 1,670 = 2 % of 83,500)
 *   MQLs           81     85     83     82     86     84    (Σ 501)
 *   SQLs           24     25     25     25     26     25    (Σ 150: 30 %, not 50 %)
 *   Opportunities   9     10     10     10     11     10    (Σ 60)
 *   Customers       2      2      3      2      3      3    (Σ 15)
 * Revenue: customers × 24,000 + 500 × month index.
 */
import { type Settings, validateSettings } from '../../src/api/settings';

export const STAGES = ['Visits', 'Leads', 'MQLs', 'SQLs', 'Opportunities', 'Customers'];
export const PLANNED_RATES = [0.02, 0.3, 0.5, 0.4, 0.25];
export const ACTUAL_RATES = [0.02, 0.3, 0.3, 0.4, 0.25];

export function exampleSettings(over: Record<string, unknown> = {}): Settings {
  const v = validateSettings({
    periodStart: '2026-01',
    months: 12,
    revenueGoal: 1_200_000,
    currency: 'EUR',
    dealSize: 24_000,
    stages: STAGES,
    rates: PLANNED_RATES,
    lagDays: [0, 0, 0, 0, 0],
    shape: { kind: 'even' },
    ...over,
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.settings;
}

export interface GeneratedYear {
  /** M × S counts. */
  counts: number[][];
  revenue: number[];
}

/** Visits for month m: 13,900 ± up to 300, a fixed pattern. */
export const visitsFor = (m: number): number => 13_900 + 100 * (((m * 5) % 7) - 3);

export function generateYear(months = 12, rates = ACTUAL_RATES, dealSize = 24_000): GeneratedYear {
  const cumulative = new Array<number>(rates.length + 1).fill(0);
  const counts: number[][] = [];
  for (let m = 0; m < months; m++) {
    const row: number[] = [visitsFor(m)];
    const before = [...cumulative];
    cumulative[0] += row[0];
    for (let s = 1; s <= rates.length; s++) {
      // 1e-9 absorbs float noise such as 13600 × 0.02 = 272.00000000000003 or 271.99999999999997.
      cumulative[s] = Math.floor(cumulative[s - 1] * rates[s - 1] + 1e-9);
      row.push(cumulative[s] - before[s]);
    }
    counts.push(row);
  }
  const revenue = counts.map((row, m) => row[row.length - 1] * dealSize + 500 * m);
  return { counts, revenue };
}

/** Rows after `asOfIndex` blank (null), as before the refresh has seen them. */
export function upTo<T>(rows: readonly T[], asOfIndex: number, blank: T): T[] {
  return rows.map((r, m) => (m <= asOfIndex ? r : blank));
}

/**
 * The monthly targets the golden numbers of the tracking and diagnosis tests
 * were worked out against: each period target of the example (166,700 …
 * 50) spread evenly with C(k) = round(total × k / 12), month k = C(k) − C(k−1)
 * (Jan 13,892 278 83 42 17 4). The tracking engine takes targets as input, so
 * these tests do not depend on how the tab spreads them (tab-targets does).
 */
export function goldenTargets(periodTargets: readonly number[]): number[][] {
  const C = (total: number, k: number) => Math.round((total * k) / 12);
  return Array.from({ length: 12 }, (_, m) =>
    periodTargets.map((total) => C(total, m + 1) - C(total, m)),
  );
}
