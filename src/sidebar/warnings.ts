/**
 * The sidebar's sanity warnings: which apply to the form as typed, and their
 * sentences. Pure: no DOM (warnings-view.ts draws them).
 */
import { type MessageKey, t } from '../api/messages';
import type { Settings } from '../api/settings';
import { groupingWarning, type SanityWarning, sanityWarnings } from '../core/sanity';
import type { FormValues } from './form';
import { formatGrouped, intlLocale } from './numbers';

/** Warnings for valid settings, plus separators typed in the money fields that may mean grouping. */
export function formWarnings(
  typed: Pick<FormValues, 'revenueGoal' | 'dealSize'>,
  settings: Settings,
  decimal: '.' | ',',
): SanityWarning[] {
  const out = sanityWarnings(settings);
  for (const field of ['revenueGoal', 'dealSize'] as const) {
    const w = groupingWarning(field, typed[field], decimal);
    if (w) out.push(w);
  }
  return out;
}

export interface WarningContext {
  lang: string;
  /** The spreadsheet locale (`en_US`). */
  locale: string;
  stages: readonly string[];
}

/** A rate as people read it: 0.00015 → "0.015%", 0.3 → "30%". */
function percent(rate: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'percent',
    maximumSignificantDigits: 3,
  }).format(rate);
}

function isoDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

function month(key: string, locale: string): string {
  const [y, m] = key.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** The sentence of one warning, in the user's language with the spreadsheet's number formats. */
export function warningText(w: SanityWarning, c: WarningContext): string {
  const tr = (key: MessageKey, params: Record<string, string | number>) => t(key, params, c.lang);
  const num = (x: number) => formatGrouped(x, c.locale);
  switch (w.kind) {
    case 'rate': {
      const params = {
        from: c.stages[w.index] ?? '',
        to: c.stages[w.index + 1] ?? '',
        rate: percent(w.rate, c.locale),
        low: percent(w.range.low, c.locale),
        high: percent(w.range.high, c.locale),
        suggestion: w.suggestion === undefined ? '' : percent(w.suggestion, c.locale),
      };
      const above = w.rate > w.range.high;
      if (!w.known) {
        if (above) return tr('warn.rate.all', params);
        return tr(w.suggestion === undefined ? 'warn.rate.tiny' : 'warn.rate.tiny.suggest', params);
      }
      if (above) return tr('warn.rate.high', params);
      return tr(w.suggestion === undefined ? 'warn.rate.low' : 'warn.rate.suggest', params);
    }
    case 'dealAboveGoal':
      return tr('warn.dealAboveGoal', { dealSize: num(w.dealSize), goal: num(w.goal) });
    case 'reviewOutside':
      return tr('warn.reviewOutside', {
        date: isoDate(w.reviewDate, c.locale),
        first: isoDate(w.first, c.locale),
        last: isoDate(w.last, c.locale),
      });
    case 'shortPeriod': {
      return tr('warn.shortPeriod', {
        months: w.months,
        suggested: w.suggestedMonths,
        from: month(w.from, c.locale),
        until: month(w.until, c.locale),
      });
    }
    case 'grouping':
      return tr('warn.grouping', {
        text: w.text,
        readAs: num(w.readAs),
        other: num(w.otherReading),
        locale: c.locale,
      });
  }
}
