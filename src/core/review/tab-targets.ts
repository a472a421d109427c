/**
 * The SLA tab's targets, computed the way its formulas compute them (see
 * src/sla/render.ts): period targets walking up from won deals with
 * ROUNDUP(ROUND(x,9),0), the lag in whole months as ROUND(Σ days / 30.4, 0),
 * each stage's largest-remainder spread moved earlier by its lag with the plan
 * continuing beyond the period (core/plan.ts laggedTargets), and revenue spread
 * with ROUND(goal × cumW / W, 2). For callers that need the targets without
 * reading the tab (tests, history of a tab not yet recomputed).
 */

import type { Settings } from '../../api/settings';
import {
  DAYS_PER_MONTH,
  laggedTargets,
  largestRemainder,
  periodWeights,
  pipelineAtStart,
} from '../plan';
import { roundHalfAway } from '../round';
import { minus, plus, roundUpCount } from './sheet-math';

export type TargetSettings = Pick<
  Settings,
  'months' | 'revenueGoal' | 'dealSize' | 'rates' | 'lagDays' | 'shape' | 'stages'
>;

export interface TabTargets {
  /** 1 × S: SLA_PeriodTargets. */
  periodTargets: number[];
  /** 1 × S: months each stage's targets move earlier (0 for the last stage). */
  lagMonths: number[];
  /** 1 × S: already needed in the pipeline at the start (the lagged months before the period). */
  pipelineAtStart: number[];
  /** M × S: SLA_Targets. */
  targets: number[][];
  /** M: the revenue target column. */
  revenueTargets: number[];
}

/** Period targets: `ceil(goal / deal size)` won deals, then up through each rate. */
export function tabPeriodTargets(
  s: Pick<Settings, 'revenueGoal' | 'dealSize' | 'rates' | 'stages'>,
): number[] {
  const S = s.stages.length;
  const out = new Array<number>(S);
  out[S - 1] = roundUpCount(s.revenueGoal / s.dealSize);
  for (let i = S - 2; i >= 0; i--) out[i] = roundUpCount(out[i + 1] / s.rates[i]);
  return out;
}

/** The weight column: 1, (1+g)^i, or the typed weights. */
function tabWeights(s: Pick<Settings, 'months' | 'shape'>): number[] {
  return periodWeights(s.months, s.shape);
}

export function tabTargets(s: TargetSettings): TabTargets {
  const S = s.stages.length;
  const periodTargets = tabPeriodTargets(s);
  const lagMonths = periodTargets.map((_, i) => {
    if (i === S - 1) return 0;
    let days = 0;
    for (let j = i; j <= S - 2; j++) days = plus(days, s.lagDays[j] ?? 0);
    return roundHalfAway(days / DAYS_PER_MONTH, 0);
  });
  const weights = tabWeights(s);
  const cum: number[] = [];
  for (const w of weights) cum.push(plus(cum.length ? cum[cum.length - 1] : 0, w));
  const total = cum[cum.length - 1];
  const spreads = periodTargets.map((target) => largestRemainder(target, weights, total));
  const columns = spreads.map((spread, i) => laggedTargets(spread, lagMonths[i]));
  const targets = weights.map((_, m) => columns.map((col) => col[m]));
  const C = (k: number) => roundHalfAway((s.revenueGoal * cum[k - 1]) / total, 2);
  const revenueTargets = weights.map((_, m) => (m === 0 ? C(1) : minus(C(m + 1), C(m))));
  return {
    periodTargets,
    lagMonths,
    pipelineAtStart: spreads.map((spread, i) => pipelineAtStart(spread, lagMonths[i])),
    targets,
    revenueTargets,
  };
}
