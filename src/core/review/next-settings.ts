/**
 * The next version of an agreement after a mid-period reset: the remaining
 * months with the confirmed rates and the goal still to reach.
 *
 * Choices:
 * - Period: from the month after `asOfMonth` to the old period's end.
 * - Goal: the period goal minus the revenue achieved up to the as-of month;
 *   when revenue was not tracked (`achievedRevenue` null), achieved customers ×
 *   deal size stands in. Rounded to cents. Never below one deal's worth: an
 *   agreement whose goal is already met still plans at least one won deal
 *   (the schema needs a goal above 0), and the team can raise it.
 * - Shape: even stays even; a growth ramp keeps its rate (the remaining months'
 *   weights (1+g)^k are proportional to the old ones); seasonality weights keep
 *   the remaining months' weights — if those are all 0, the shape becomes even.
 * - Everything else carries over unchanged: stages, lags, currency, deal size,
 *   tolerance, commitments, agreement text.
 * - Review date: halfway through the remaining months (defaultReviewDate).
 * The result has passed validateSettings.
 */
import { type MessageKey, type Params, t } from '../../api/messages';
import {
  defaultReviewDate,
  SETTINGS_VERSION,
  type Settings,
  type SettingsInput,
  type Shape,
  validateSettings,
} from '../../api/settings';
import { roundHalfAway } from '../round';
import { addMonths, isMonthKey, monthNumber } from './months';

export type ResetErrorCode =
  | 'bad_month'
  | 'as_of_before_start'
  | 'no_months_left'
  | 'invalid_settings';

/** A reset that cannot be done; `message` is ready to show (in the requested language). */
export class ResetError extends Error {
  readonly code: ResetErrorCode;
  readonly params: Params;
  constructor(code: ResetErrorCode, params: Params, lang = 'en') {
    super(t(`review.reset.err.${code}` as MessageKey, params, lang));
    this.name = 'ResetError';
    this.code = code;
    this.params = params;
  }
}

export interface ResetAchievement {
  /** The confirmed rates (S − 1). */
  rates: readonly number[];
  /** The last complete month the reset is based on. */
  asOfMonth: string;
  /** Revenue actually achieved up to asOfMonth; null when revenue was not tracked. */
  achievedRevenue: number | null;
  /** Won deals (last stage) up to asOfMonth. */
  achievedCustomers: number;
}

/** Months of `s` left after `asOfMonth`; throws ResetError when the reset is impossible. */
export function remainingMonths(
  s: Pick<Settings, 'periodStart' | 'months'>,
  asOfMonth: string,
  lang = 'en',
): number {
  if (!isMonthKey(asOfMonth)) throw new ResetError('bad_month', { value: asOfMonth }, lang);
  const asOf = monthNumber(asOfMonth) - monthNumber(s.periodStart);
  if (asOf < 0)
    throw new ResetError('as_of_before_start', { start: s.periodStart, asOf: asOfMonth }, lang);
  const left = s.months - (asOf + 1);
  if (left <= 0)
    throw new ResetError(
      'no_months_left',
      { asOf: asOfMonth, end: addMonths(s.periodStart, s.months - 1) },
      lang,
    );
  return left;
}

function remainingShape(shape: Shape, done: number): Shape {
  if (shape.kind !== 'weights') return shape;
  const weights = shape.weights.slice(done);
  return weights.some((w) => w > 0) ? { kind: 'weights', weights } : { kind: 'even' };
}

export function nextSettings(old: Settings, a: ResetAchievement, lang = 'en'): Settings {
  const months = remainingMonths(old, a.asOfMonth, lang);
  const done = old.months - months;
  const periodStart = addMonths(a.asOfMonth, 1);
  const achieved = a.achievedRevenue ?? a.achievedCustomers * old.dealSize;
  if (!Number.isFinite(achieved))
    throw new RangeError(`nextSettings: achieved revenue must be a finite number, got ${achieved}`);
  const revenueGoal = Math.max(roundHalfAway(old.revenueGoal - achieved, 2), old.dealSize);
  const input: SettingsInput = {
    version: SETTINGS_VERSION,
    language: old.language,
    periodStart,
    months,
    reviewDate: defaultReviewDate(periodStart, months),
    revenueGoal,
    currency: old.currency,
    dealSize: old.dealSize,
    stages: [...old.stages],
    rates: [...a.rates],
    lagDays: [...old.lagDays],
    shape: remainingShape(old.shape, done),
    tolerance: old.tolerance,
    followUpHours: old.followUpHours,
    minTouches: old.minTouches,
    feedbackDays: old.feedbackDays,
    agreement: { ...old.agreement },
  };
  const v = validateSettings(input, lang);
  if (!v.ok)
    throw new ResetError(
      'invalid_settings',
      { details: v.errors.map((e) => `${e.field}: ${e.message}`).join('; ') },
      lang,
    );
  return v.settings;
}

/**
 * What was achieved up to the as-of month, from the actuals grid: revenue when
 * any month up to then has a revenue number (else null: not tracked), and won
 * deals (the last stage).
 */
export function achievedToDate(
  actuals: readonly (readonly (number | null | undefined)[])[],
  revenueActuals: readonly (number | null | undefined)[],
  asOfIndex: number,
): { achievedRevenue: number | null; achievedCustomers: number } {
  let revenue: number | null = null;
  let customers = 0;
  for (let m = 0; m <= asOfIndex && m < actuals.length; m++) {
    const r = revenueActuals[m];
    if (typeof r === 'number' && Number.isFinite(r)) revenue = (revenue ?? 0) + r;
    const row = actuals[m];
    const c = row[row.length - 1];
    if (typeof c === 'number' && Number.isFinite(c)) customers += c;
  }
  return { achievedRevenue: revenue, achievedCustomers: customers };
}
