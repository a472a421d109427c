/**
 * The live preview's numbers: exactly what the SLA tab's formulas will show
 * (test/sidebar/preview.test.ts evaluates the rendered tab and compares).
 * Pure: validated settings in, plain numbers out.
 */
import type { Settings } from '../api/settings';
import { fullFunnel } from '../core/funnel';
import { laggedCumulative, lagMonths } from '../core/plan';

export interface PreviewStage {
  name: string;
  /** Needed in the whole period (reverse funnel, rounded up at every stage). */
  count: number;
}

export interface PreviewMonth {
  /** `YYYY-MM`. */
  month: string;
  count: number;
}

export interface Preview {
  stages: PreviewStage[];
  /** Index of the stage marketing hands over (MQLs): the one shown per month. */
  handover: number;
  /** Whole months the handover stage's targets move earlier for the sales cycle. */
  lag: number;
  /** The handover stage's target per month; adds up to its period count. */
  months: PreviewMonth[];
  deals: number;
}

/**
 * The stage marketing hands over: an MQL-like name, else the fourth from the
 * bottom. Same rule as sla/layout.ts handoverStage (the sidebar may not import
 * sla/; a test keeps the two equal).
 */
export function handoverIndex(stages: readonly string[]): number {
  const i = stages.findIndex((n) => /\bmql|marketing[\s-]*qualified/i.test(n));
  return i >= 0 ? i : Math.max(0, stages.length - 4);
}

/** `YYYY-MM` of each month of the period. */
export function monthKeys(periodStart: string, months: number): string[] {
  const [y0, m0] = periodStart.split('-').map(Number);
  return Array.from({ length: months }, (_, i) => {
    const idx = y0 * 12 + (m0 - 1) + i;
    return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
  });
}

/**
 * The tab's month weights: 1s for even, `(1 + rate)^i` for growth (the
 * sheet's `=(1+growth)^i`, so powers, not repeated products), as given for
 * seasonality.
 */
export function monthWeights(settings: Pick<Settings, 'months' | 'shape'>): number[] {
  const { months, shape } = settings;
  if (shape.kind === 'weights') return shape.weights.slice(0, months);
  const base = shape.kind === 'growth' ? 1 + shape.rate : 1;
  return Array.from({ length: months }, (_, i) => base ** i);
}

/** Monthly targets of stage `s`: the period count spread by the shape, moved earlier by the lag below it. */
export function monthlyTargets(settings: Settings, counts: readonly number[], s: number): number[] {
  const weights = monthWeights(settings);
  return laggedCumulative(counts[s], weights, stageLag(settings, s));
}

/** Whole months of sales cycle from stage `s` down to a won deal (the tab's lag-months row). */
export function stageLag(settings: Settings, s: number): number {
  let days = 0;
  for (let i = s; i < settings.lagDays.length; i++) days += settings.lagDays[i];
  return lagMonths(days);
}

export function preview(settings: Settings): Preview {
  const counts = fullFunnel(settings.revenueGoal, settings.dealSize, settings.rates);
  const handover = handoverIndex(settings.stages);
  const monthly = monthlyTargets(settings, counts, handover);
  const keys = monthKeys(settings.periodStart, settings.months);
  return {
    stages: settings.stages.map((name, i) => ({ name, count: counts[i] })),
    handover,
    lag: stageLag(settings, handover),
    months: keys.map((month, i) => ({ month, count: monthly[i] })),
    deals: counts[counts.length - 1],
  };
}
