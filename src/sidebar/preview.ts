/**
 * The live preview's numbers: exactly what the SLA tab's formulas will show
 * (test/sidebar/preview.test.ts evaluates the rendered tab and compares).
 * Pure: validated settings in, plain numbers out.
 */

import type { Settings } from '../api/settings';
import { fullFunnel } from '../core/funnel';
import { laggedTargets, lagMonths, largestRemainder, periodWeights } from '../core/plan';
import { monthKeys } from '../core/review/months';
import { handoverStage } from '../core/stages';

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

/** The tab's month weights (seasonality weights beyond the period are ignored). */
export function monthWeights(settings: Pick<Settings, 'months' | 'shape'>): number[] {
  return periodWeights(settings.months, settings.shape);
}

/**
 * Monthly targets of stage `s`: the period count spread by the shape, moved
 * earlier by the lag below it, the plan continuing beyond the period.
 */
export function monthlyTargets(settings: Settings, counts: readonly number[], s: number): number[] {
  const weights = monthWeights(settings);
  let sum = 0;
  // The tab's weight total is SUM of the weight column: left to right.
  for (const w of weights) sum += w;
  return laggedTargets(largestRemainder(counts[s], weights, sum), stageLag(settings, s));
}

/** Whole months of sales cycle from stage `s` down to a won deal (the tab's lag-months row). */
export function stageLag(settings: Settings, s: number): number {
  let days = 0;
  for (let i = s; i < settings.lagDays.length; i++) days += settings.lagDays[i];
  return lagMonths(days);
}

export function preview(settings: Settings): Preview {
  const counts = fullFunnel(settings.revenueGoal, settings.dealSize, settings.rates);
  const handover = handoverStage(settings.stages);
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

export { handoverStage, monthKeys };
