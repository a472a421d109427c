/**
 * What a spreadsheet locale changes in what users see: separators, default
 * date/time formats, month and day names. Only the locales of our users are
 * listed; others fall back to their language, then to en_US.
 */

export interface LocaleInfo {
  decimal: string;
  group: string;
  /** Number format Sheets applies when a Date is written to an unformatted cell. */
  date: string;
  dateTime: string;
  time: string;
  /** BCP 47 tag for Intl (month/day names). */
  bcp47: string;
}

const EN_US: LocaleInfo = {
  decimal: '.',
  group: ',',
  date: 'M/d/yyyy',
  dateTime: 'M/d/yyyy H:mm:ss',
  time: 'h:mm:ss am/pm',
  bcp47: 'en-US',
};

const NBSP = '\u00a0';

const LOCALES: Record<string, LocaleInfo> = {
  en_US: EN_US,
  en_GB: {
    ...EN_US,
    date: 'dd/MM/yyyy',
    dateTime: 'dd/MM/yyyy HH:mm:ss',
    time: 'HH:mm:ss',
    bcp47: 'en-GB',
  },
  de_DE: {
    decimal: ',',
    group: '.',
    date: 'dd.MM.yyyy',
    dateTime: 'dd.MM.yyyy HH:mm:ss',
    time: 'HH:mm:ss',
    bcp47: 'de-DE',
  },
  de_AT: {
    decimal: ',',
    group: NBSP,
    date: 'dd.MM.yyyy',
    dateTime: 'dd.MM.yyyy HH:mm:ss',
    time: 'HH:mm:ss',
    bcp47: 'de-AT',
  },
  de_CH: {
    decimal: '.',
    group: "'",
    date: 'dd.MM.yyyy',
    dateTime: 'dd.MM.yyyy HH:mm:ss',
    time: 'HH:mm:ss',
    bcp47: 'de-CH',
  },
  pl_PL: {
    decimal: ',',
    group: NBSP,
    date: 'dd.MM.yyyy',
    dateTime: 'dd.MM.yyyy HH:mm:ss',
    time: 'HH:mm:ss',
    bcp47: 'pl-PL',
  },
  fi_FI: {
    decimal: ',',
    group: NBSP,
    date: 'd.M.yyyy',
    dateTime: 'd.M.yyyy H.mm.ss',
    time: 'H.mm.ss',
    bcp47: 'fi-FI',
  },
  id_ID: {
    decimal: ',',
    group: '.',
    date: 'dd/MM/yyyy',
    dateTime: 'dd/MM/yyyy H:mm:ss',
    time: 'H:mm:ss',
    bcp47: 'id-ID',
  },
  zh_CN: {
    decimal: '.',
    group: ',',
    date: 'yyyy/M/d',
    dateTime: 'yyyy/M/d H:mm:ss',
    time: 'H:mm:ss',
    bcp47: 'zh-CN',
  },
  fr_FR: {
    decimal: ',',
    group: '\u202f',
    date: 'dd/MM/yyyy',
    dateTime: 'dd/MM/yyyy HH:mm:ss',
    time: 'HH:mm:ss',
    bcp47: 'fr-FR',
  },
  es_ES: {
    decimal: ',',
    group: '.',
    date: 'd/M/yyyy',
    dateTime: 'd/M/yyyy H:mm:ss',
    time: 'H:mm:ss',
    bcp47: 'es-ES',
  },
  nl_NL: {
    decimal: ',',
    group: '.',
    date: 'd-M-yyyy',
    dateTime: 'd-M-yyyy H:mm:ss',
    time: 'H:mm:ss',
    bcp47: 'nl-NL',
  },
};

export function localeInfo(locale: string): LocaleInfo {
  const exact = LOCALES[locale];
  if (exact) return exact;
  const head = locale.toLowerCase().split(/[_-]/)[0];
  // Java's legacy code for Indonesian: Google's locale list says in_ID.
  const lang = head === 'in' ? 'id' : head;
  const byLang = Object.entries(LOCALES).find(([k]) => k.toLowerCase().startsWith(`${lang}_`));
  return byLang ? byLang[1] : EN_US;
}

const nameCache = new Map<string, string[]>();

function names(bcp47: string, kind: 'month' | 'weekday', width: 'long' | 'short'): string[] {
  const key = `${bcp47}|${kind}|${width}`;
  let out = nameCache.get(key);
  if (!out) {
    const fmt = new Intl.DateTimeFormat(bcp47, { [kind]: width, timeZone: 'UTC' });
    out =
      kind === 'month'
        ? Array.from({ length: 12 }, (_, i) => fmt.format(Date.UTC(2021, i, 15)))
        : // 2021-01-03 was a Sunday: index 0 = Sunday, as Date#getDay.
          Array.from({ length: 7 }, (_, i) => fmt.format(Date.UTC(2021, 0, 3 + i)));
    nameCache.set(key, out);
  }
  return out;
}

export function monthName(bcp47: string, month: number, width: 'long' | 'short'): string {
  return names(bcp47, 'month', width)[month - 1];
}

export function dayName(bcp47: string, weekday: number, width: 'long' | 'short'): string {
  return names(bcp47, 'weekday', width)[weekday];
}
