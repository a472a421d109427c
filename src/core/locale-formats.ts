/**
 * Number formats that depend on the spreadsheet's locale. Sheets already
 * localizes separators (`#,##0`, `0.0%`) and month names (`mmm yyyy`) by the
 * spreadsheet locale, but a date pattern fixes the order of day, month and
 * year: full dates get the locale's usual order instead of ISO.
 */
const ISO = 'yyyy-mm-dd';

/** Regions of English that write the month first. */
const MONTH_FIRST = new Set(['US', 'PH', 'CA']);

export function dateFormatFor(locale: string | undefined): string {
  const [rawLang, region = ''] = (locale || '').split(/[_-]/);
  const lang = (rawLang || '').toLowerCase();
  switch (lang) {
    case 'de':
    case 'pl':
      return 'dd.mm.yyyy';
    case 'fi':
      return 'd.m.yyyy';
    case 'id':
    case 'in':
      return 'dd/mm/yyyy';
    case 'zh':
      return 'yyyy"年"m"月"d"日"';
    case 'en':
      return MONTH_FIRST.has(region.toUpperCase()) || !region ? 'm/d/yyyy' : 'dd/mm/yyyy';
    default:
      return ISO;
  }
}

/** The styles with every ISO date pattern replaced by the locale's. */
export function withLocaleDates<S extends { numberFormat?: string }>(
  styles: Record<string, S>,
  locale: string | undefined,
): Record<string, S> {
  const pattern = dateFormatFor(locale);
  if (pattern === ISO) return styles;
  const out: Record<string, S> = {};
  for (const [name, style] of Object.entries(styles))
    out[name] = style.numberFormat === ISO ? { ...style, numberFormat: pattern } : style;
  return out;
}
