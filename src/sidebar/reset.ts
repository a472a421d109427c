/**
 * The reset section as data: the proposal's rows (transition, planned rate,
 * the editable new rate and why), the user's edits read back into rates, and
 * the next version's summary, recomputed from the edits exactly as the tab
 * will compute it. Pure: no DOM.
 */
import { type MessageKey, t } from '../api/messages';
import type { ResetProposal } from '../api/review';
import { tabPeriodTargets } from '../core/review/tab-targets';
import { clean, formatGrouped, formatPercent, intlLocale, parsePercent } from './numbers';

type Decimal = '.' | ',';

export const MIN_TRAILING = 1;
export const MAX_TRAILING = 36;
export const DEFAULT_TRAILING = 6;

/** "6" → 6; null unless a whole number of months from 1 to 36. */
export function parseTrailingMonths(text: string): number | null {
  const s = text.trim();
  if (!/^\d{1,3}$/.test(s)) return null;
  const n = Number(s);
  return n >= MIN_TRAILING && n <= MAX_TRAILING ? n : null;
}

/** A rate as a percentage for reading: 0.4 → "40%", 0.3948 → "39.48%". */
export function displayPercent(rate: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'percent',
    maximumFractionDigits: 2,
  }).format(rate);
}

export interface RateRow {
  from: string;
  to: string;
  /** "MQLs → SQLs". */
  label: string;
  planned: string;
  /** The input's starting text: the proposed rate in percent ("39.48"). */
  proposed: string;
  /** The observed rate was used, or the planned one kept. */
  used: 'actual' | 'planned';
  /** Why (records behind it, or why the plan stays), already in the user's language. */
  message: string;
  records: number;
}

/** One row per pair of stages, top of the funnel first. */
export function proposalRows(
  p: ResetProposal,
  locale: string,
  decimal: Decimal = '.',
  lang = 'en',
): RateRow[] {
  return p.proposals.map((r) => {
    const from = p.stages[r.from] ?? '';
    const to = p.stages[r.from + 1] ?? '';
    return {
      from,
      to,
      label: t('sidebar.reset.transition', { from, to }, lang),
      planned: displayPercent(r.planned, locale),
      proposed: formatPercent(r.proposed, decimal),
      used: r.used,
      message: r.message,
      records: r.records,
    };
  });
}

export interface RateError {
  index: number;
  message: string;
}

/** The typed new rates → decimals (30 → 0.3), or an error per rate outside (0 %, 100 %]. */
export function parseRateEdits(
  texts: readonly string[],
  rows: readonly Pick<RateRow, 'from' | 'to'>[],
  decimal: Decimal = '.',
  lang = 'en',
): { rates: number[]; errors: RateError[] } {
  const rates: number[] = [];
  const errors: RateError[] = [];
  texts.forEach((text, index) => {
    const p = parsePercent(text, decimal);
    if (p === null || !Number.isFinite(p) || p <= 0 || p > 100) {
      const { from, to } = rows[index] ?? { from: '', to: '' };
      errors.push({ index, message: t('sidebar.reset.err.rate', { from, to }, lang) });
      rates.push(Number.NaN);
    } else rates.push(clean(p / 100));
  });
  return { rates, errors };
}

/** `2026-07` → "Jul 2026". */
export function monthLabel(key: string, locale: string): string {
  const [y, m] = key.split('-').map(Number);
  if (!y || !m) return key;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, 1));
}

/** `2026-10-01` → "Oct 1, 2026". */
export function dayLabel(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  } as Intl.DateTimeFormatOptions).format(Date.UTC(y, m - 1, d));
}

function lastMonth(start: string, months: number): string {
  const [y, m] = start.split('-').map(Number);
  const n = y * 12 + (m - 1) + Math.max(1, months) - 1;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

export interface NextSummary {
  /** "Jul 2026 – Dec 2026 (6 months)". */
  period: string;
  /** "496,500 EUR". */
  goal: string;
  /** "703,500 EUR won so far" (or customers when revenue is not tracked). */
  achieved: string;
  review: string;
  start: string;
  targets: { stage: string; count: string }[];
}

/**
 * The next version's period targets for `rates`: ceil(goal / deal size) won
 * deals, then up through each rate, rounded as the tab rounds them.
 */
export function nextTargets(
  p: ResetProposal,
  dealSize: number,
  rates: readonly number[],
): number[] {
  if (!(dealSize > 0) || rates.some((r) => !(r > 0 && r <= 1))) return p.next.periodTargets;
  return tabPeriodTargets({
    revenueGoal: p.next.revenueGoal,
    dealSize,
    rates: [...rates],
    stages: p.stages,
  });
}

export function nextSummary(
  p: ResetProposal,
  targets: readonly number[],
  locale: string,
  lang = 'en',
): NextSummary {
  const money = (x: number) => formatGrouped(x, locale, 2);
  const tr = (k: MessageKey, params: Record<string, string | number>) => t(k, params, lang);
  const { next } = p;
  const start = monthLabel(next.periodStart, locale);
  return {
    period: t(
      'sidebar.reset.periodValue',
      {
        start,
        end: monthLabel(lastMonth(next.periodStart, next.months), locale),
        months: next.months,
      },
      lang,
    ),
    goal: tr('sidebar.reset.goalValue', { goal: money(next.revenueGoal), currency: p.currency }),
    achieved:
      p.achievedRevenue === null
        ? tr('sidebar.reset.achievedCustomers', {
            count: formatGrouped(p.achievedCustomers, locale, 0),
          })
        : tr('sidebar.reset.achieved', {
            revenue: money(p.achievedRevenue),
            currency: p.currency,
          }),
    review: dayLabel(next.reviewDate, locale),
    start,
    targets: p.stages.map((stage, i) => ({
      stage,
      count: formatGrouped(targets[i] ?? 0, locale, 0),
    })),
  };
}
