/**
 * Numbers inside review lines: whole counts with grouping ("1,234") and rates
 * as percentages ("31%", "1.8%" below 10 %), in the reader's language.
 * Intl is available in Apps Script's V8 runtime; an unknown language falls
 * back to English.
 */

function formatter(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(lang, options);
  } catch {
    return new Intl.NumberFormat('en', options);
  }
}

export function formatCount(n: number, lang = 'en'): string {
  return formatter(lang, { maximumFractionDigits: 0 }).format(n);
}

export function formatPercent(rate: number, lang = 'en'): string {
  const digits = Math.abs(rate) < 0.1 ? 1 : 0;
  return formatter(lang, { style: 'percent', maximumFractionDigits: digits }).format(rate);
}
