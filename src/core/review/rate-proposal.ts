/**
 * Proposed conversion rates for the mid-period reset: each transition's
 * same-window rate over the trailing months up to the as-of month
 * (src/core/actuals/rates.ts trailingRates: Σ next stage ÷ Σ stage over months
 * where both counts exist). A rate backed by fewer than `minRecords` records
 * (the denominator: records that entered the stage converted from), by no
 * month at all, or outside (0, 1] after rounding keeps its planned value and
 * says why. Proposed rates are rounded to 4 decimals (0.01 %) so the
 * assumptions cell and the sidebar show a readable number.
 */
import { type MessageKey, type Params, t } from '../../api/messages';
import { trailingRates } from '../actuals/rates';
import { roundHalfAway } from '../round';
import { formatCount, formatPercent } from './format';

export const DEFAULT_TRAILING_MONTHS = 6;
export const DEFAULT_MIN_RECORDS = 30;

export type RateReason = 'actual' | 'few_records' | 'no_data' | 'out_of_range';

export interface ProposeRatesInput {
  /** M × S monthly counts (SLA_Actuals); null = blank. */
  counts: readonly (readonly (number | null | undefined)[])[];
  /** Last complete month; −1 = none (every rate keeps its plan). */
  asOfIndex: number;
  trailingMonths?: number;
  /** S − 1 planned rates. */
  plannedRates: readonly number[];
  minRecords?: number;
  lang?: string;
}

export interface RateProposal {
  /** Index of the stage converted from (to `from + 1`). */
  from: number;
  planned: number;
  /** What the next version uses: the observed rate (rounded) or the planned one. */
  proposed: number;
  /** The observed rate, unrounded; null when none can be observed. */
  observed: number | null;
  /** Records behind the rate: Σ of the from-stage over the months used. */
  records: number;
  /** Σ of the next stage over the same months. */
  converted: number;
  /** Months that had both counts. */
  months: number;
  used: 'actual' | 'planned';
  reason: RateReason;
  reasonKey: MessageKey;
  reasonParams: Params;
  /** The reason as text, in `lang`. */
  message: string;
}

export function proposeRates(input: ProposeRatesInput): RateProposal[] {
  const trailing = input.trailingMonths ?? DEFAULT_TRAILING_MONTHS;
  const min = input.minRecords ?? DEFAULT_MIN_RECORDS;
  const lang = input.lang ?? 'en';
  const observed = trailingRates(input.counts, Math.floor(input.asOfIndex), trailing);
  return input.plannedRates.map((planned, from): RateProposal => {
    const o = observed[from] ?? { rate: null, numerator: 0, denominator: 0, months: 0 };
    const rounded = o.rate === null ? null : roundHalfAway(o.rate, 4);
    let reason: RateReason;
    if (o.rate === null || o.months === 0) reason = 'no_data';
    else if (o.denominator < min) reason = 'few_records';
    else if (rounded === null || !(rounded > 0 && rounded <= 1)) reason = 'out_of_range';
    else reason = 'actual';
    const reasonParams: Params = {
      records: formatCount(o.denominator, lang),
      months: o.months,
      min: formatCount(min, lang),
      rate: o.rate === null ? '' : formatPercent(o.rate, lang),
    };
    const reasonKey: MessageKey = `review.rate.${reason}`;
    return {
      from,
      planned,
      proposed: reason === 'actual' && rounded !== null ? rounded : planned,
      observed: o.rate,
      records: o.denominator,
      converted: o.numerator,
      months: o.months,
      used: reason === 'actual' ? 'actual' : 'planned',
      reason,
      reasonKey,
      reasonParams,
      message: t(reasonKey, reasonParams, lang),
    };
  });
}
