/**
 * Why a stage is short, year to date: fewer records entering it (VOLUME: the
 * previous stage delivered fewer than its target) or a conversion rate below
 * plan (CONVERSION: the actual rate from the previous stage is below the
 * planned one by more than the tolerance, relative: actual < planned × (1 − tolerance)),
 * both, or neither beyond tolerance ("minor": timing, rounding, a small dip).
 * The first stage, and a stage whose previous stage has no actuals (Visits are
 * often untracked), can only be short on volume ("volume_top").
 *
 * Year to date means the months up to the as-of month, the tab's total row;
 * a stage has data when one of those months has a number. Ownership:
 * marketing owns the stages up to and including the hand-over stage
 * (src/core/stages.ts handoverStage), sales the rest.
 */
import { type MessageKey, t } from '../../api/messages';
import { roundCount } from '../round';
import { handoverStage } from '../stages';
import type { SlaStatus } from '../variance';
import { formatCount, formatPercent } from './format';
import { above, atLeast, atLeastZero, isNumber, minus } from './sheet-math';
import { type TrackingFigures, type TrackingInput, trackingFigures } from './tracking';

export type DiagnosisCause =
  | 'no_data'
  | 'on_track'
  | 'volume_top'
  | 'volume'
  | 'conversion'
  | 'both'
  | 'minor';

export type Team = 'marketing' | 'sales';

export interface StageDiagnosis {
  index: number;
  stage: string;
  team: Team;
  cause: DiagnosisCause;
  /** YTD target and actual (actual null without data). */
  target: number;
  actual: number | null;
  /** max(0, target − actual) year to date; 0 without data. */
  shortfall: number;
  attainment: number | null;
  status: SlaStatus | null;
  /** The stage converted from; null for the first stage. */
  from: string | null;
  plannedRate: number | null;
  /** YTD actual ÷ previous stage's YTD actual; null when not observable. */
  actualRate: number | null;
  /** The previous stage's YTD shortfall (≥ 0); null for the first stage or without its data. */
  upstreamShortfall: number | null;
  /** Units of this stage lost to missing volume: upstream shortfall × planned rate (rounded). */
  volumeLoss: number | null;
  /** Units lost to conversion: previous actual × planned rate − actual (rounded, ≥ 0). */
  conversionLoss: number | null;
  line: string;
}

export interface TeamSummary {
  team: Team;
  /** Stage indexes the team owns. */
  stages: number[];
  /** Worst YTD status among its stages with data; null without data. */
  status: SlaStatus | null;
  /** Stage indexes with a YTD shortfall. */
  short: number[];
  /** The short stage with the lowest attainment; null when none is short. */
  biggestGap: number | null;
  line: string;
}

export interface Diagnosis {
  stages: StageDiagnosis[];
  teams: TeamSummary[];
}

export interface DiagnosisInput extends TrackingInput {
  /** Figures already computed for this input (skips recomputing). */
  figures?: TrackingFigures;
  lang?: string;
}

const SEVERITY: Record<SlaStatus, number> = { on_track: 0, at_risk: 1, behind: 2 };

export function diagnose(input: DiagnosisInput): Diagnosis {
  const lang = input.lang ?? 'en';
  const f = input.figures ?? trackingFigures(input);
  const { stages: names, rates, tolerance } = input.settings;
  const h = handoverStage(names);
  const hasData = names.map((_, i) => {
    for (let m = 0; m < f.elapsed; m++) if (isNumber(input.actuals[m][i])) return true;
    return false;
  });
  const n = (x: number) => formatCount(x, lang);
  const p = (x: number) => formatPercent(x, lang);

  const stages = names.map((stage, i): StageDiagnosis => {
    const y = f.ytd[i];
    const team: Team = i <= h ? 'marketing' : 'sales';
    const base = {
      index: i,
      stage,
      team,
      target: y.target,
      from: i > 0 ? names[i - 1] : null,
      plannedRate: i > 0 ? rates[i - 1] : null,
    };
    if (!hasData[i]) {
      return {
        ...base,
        cause: 'no_data',
        actual: null,
        shortfall: 0,
        attainment: null,
        status: null,
        actualRate: null,
        upstreamShortfall: null,
        volumeLoss: null,
        conversionLoss: null,
        line: t('review.diag.no_data', { stage }, lang),
      };
    }
    const shortfall = atLeastZero(minus(y.target, y.actual));
    const prev = i > 0 && hasData[i - 1] ? f.ytd[i - 1] : null;
    const planned = i > 0 ? rates[i - 1] : 0;
    const actualRate = prev && above(prev.actual, 0) ? y.actual / prev.actual : null;
    const upstreamShortfall = prev ? atLeastZero(minus(prev.target, prev.actual)) : null;
    const volume = prev ? upstreamShortfall !== null && upstreamShortfall > 0 : true;
    // Relative, like attainment: actual ÷ planned below 1 − tolerance (engine comparison, no float noise).
    const conversion = actualRate !== null && !atLeast(actualRate / planned, minus(1, tolerance));
    let cause: DiagnosisCause;
    if (!(shortfall > 0)) cause = 'on_track';
    else if (!prev) cause = 'volume_top';
    else if (volume && conversion) cause = 'both';
    else if (volume) cause = 'volume';
    else if (conversion) cause = 'conversion';
    else cause = 'minor';
    const params = {
      stage,
      shortfall: n(shortfall),
      actual: n(y.actual),
      target: n(y.target),
      attainment: y.attainment === null ? '' : p(y.attainment),
      prev: base.from ?? '',
      prevActual: prev ? n(prev.actual) : '',
      prevTarget: prev ? n(prev.target) : '',
      actualRate: actualRate === null ? '' : p(actualRate),
      plannedRate: p(planned),
    };
    const key: MessageKey =
      cause === 'minor' && actualRate === null ? 'review.diag.short' : `review.diag.${cause}`;
    return {
      ...base,
      cause,
      actual: y.actual,
      shortfall,
      attainment: y.attainment,
      status: y.status,
      actualRate,
      upstreamShortfall,
      volumeLoss:
        prev && upstreamShortfall !== null ? roundCount(upstreamShortfall * planned) : null,
      conversionLoss: prev ? atLeastZero(roundCount(prev.actual * planned - y.actual)) : null,
      line: t(key, params, lang),
    };
  });

  const teams: TeamSummary[] = [];
  for (const team of ['marketing', 'sales'] as const) {
    const own = stages.filter((d) => d.team === team);
    if (own.length === 0) continue;
    teams.push(teamSummary(team, own, lang));
  }
  return { stages, teams };
}

function teamSummary(team: Team, own: StageDiagnosis[], lang: string): TeamSummary {
  const name = t(`review.team.${team}`, undefined, lang);
  let status: SlaStatus | null = null;
  for (const d of own)
    if (d.status !== null && (status === null || SEVERITY[d.status] > SEVERITY[status]))
      status = d.status;
  const short = own.filter((d) => d.shortfall > 0);
  let gap: StageDiagnosis | null = null;
  for (const d of short) if (gap === null || (d.attainment ?? 0) < (gap.attainment ?? 0)) gap = d;
  const summary = {
    team,
    stages: own.map((d) => d.index),
    status,
    short: short.map((d) => d.index),
    biggestGap: gap ? gap.index : null,
  };
  if (status === null) return { ...summary, line: t('review.team.no_data', { team: name }, lang) };
  if (!gap) {
    const withData = own.filter((d) => d.status !== null).map((d) => d.stage);
    return {
      ...summary,
      line: t('review.team.on_track', { team: name, stages: withData.join(', ') }, lang),
    };
  }
  return {
    ...summary,
    line: t(
      'review.team.short',
      {
        team: name,
        status: t(`status.${status}`, undefined, lang),
        count: short.length,
        total: own.length,
        stage: gap.stage,
        attainment: gap.attainment === null ? '' : formatPercent(gap.attainment, lang),
        shortfall: formatCount(gap.shortfall, lang),
      },
      lang,
    ),
  };
}
