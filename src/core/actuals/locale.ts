/**
 * Which way round a spreadsheet locale writes numeric dates. Only matters for
 * ambiguous text such as `3/5/2026`; ISO, `05.03.2026` and `2026/3/5` are read
 * the same in every locale.
 *
 * Sources: the short date pattern of each locale in CLDR (what Sheets shows
 * for a date cell in that locale), e.g. en_US M/d/yyyy, en_GB dd/MM/yyyy,
 * de_DE dd.MM.yyyy, pl_PL dd.MM.yyyy, fi_FI d.M.yyyy, id_ID dd/MM/yyyy,
 * zh_CN yyyy/M/d.
 */

export type DateOrder = 'MDY' | 'DMY' | 'YMD';

/** Month-first: the US and places that copy its forms. */
const MDY = new Set([
  'en_us',
  'en_ph',
  'es_us',
  'en_as',
  'en_gu',
  'en_mp',
  'en_pr',
  'en_um',
  'en_vi',
  'fil',
  'fil_ph',
  'en',
]);

/** Year-first short dates (CLDR). */
const YMD = new Set([
  'zh',
  'zh_cn',
  'zh_tw',
  'zh_sg',
  'ja',
  'ja_jp',
  'ko',
  'ko_kr',
  'hu',
  'hu_hu',
  'lt',
  'lt_lt',
  'sv',
  'sv_se',
  'mn',
  'mn_mn',
  'eu',
  'eu_es',
  'fr_ca',
  'en_ca',
  'en_za',
  'af',
  'af_za',
  'fa',
  'fa_ir',
]);

/** `de-DE`, `de_DE`, `DE_de` → `de_de`; a language alone stays a language. */
function normalise(locale: string | undefined | null): string {
  return (locale || '').trim().toLowerCase().replace(/-/g, '_');
}

/**
 * The numeric date order of a Sheets locale (`SpreadsheetApp.getSpreadsheetLocale()`,
 * e.g. `en_US`). Blank means Sheets' default, en_US. Unknown locales are day
 * first: that is how most of the world writes dates.
 */
export function dateOrderForLocale(locale: string | undefined | null): DateOrder {
  const key = normalise(locale);
  if (!key) return 'MDY';
  const lang = key.split('_')[0];
  if (MDY.has(key)) return 'MDY';
  if (YMD.has(key)) return 'YMD';
  // A region we do not list falls back to its language (zh_HK is day first in CLDR).
  if (YMD.has(lang) && key !== 'zh_hk' && key !== 'zh_mo') return 'YMD';
  return 'DMY';
}

/**
 * Whether an ambiguous slash/dash date with the year last (`3/5/2026`) is day
 * first. Year-first locales (zh_CN y/M/d) put the month before the day, so a
 * year-last date there is read month first too.
 */
export function dayFirstForLocale(locale: string | undefined | null): boolean {
  return dateOrderForLocale(locale) === 'DMY';
}
