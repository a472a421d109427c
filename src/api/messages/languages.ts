/**
 * The languages Funnel SLA speaks and how a Google locale picks one.
 * Google locales are Java-style (`de_DE`, `in_ID`, `zh_CN`); browsers send
 * BCP 47 (`de-AT`, `zh-Hans-CN`). Anything we do not speak reads English.
 */
export const LANGUAGES = ['en', 'de', 'pl', 'fi', 'id', 'zh'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Each language's own name, for the sidebar's language choice. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  de: 'Deutsch',
  pl: 'Polski',
  fi: 'Suomi',
  id: 'Bahasa Indonesia',
  zh: '简体中文',
};

/** Java's legacy code for Indonesian, still used by some Google locales (`in_ID`). */
const LEGACY: Record<string, string> = { in: 'id' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * `de_DE` / `de-AT` → `de`; `in_ID` / `id_ID` → `id`; every `zh` locale → `zh`
 * (Simplified). Traditional-script locales (zh_TW, zh_HK) also get Simplified:
 * we ship no Traditional catalog and a Chinese reader reads Simplified more
 * easily than English; the sidebar's language choice lets them switch.
 */
export function languageOf(locale: string | undefined | null): Lang {
  const head = (locale || 'en').toLowerCase().split(/[_-]/)[0] || 'en';
  const lang = LEGACY[head] ?? head;
  return isLang(lang) ? lang : 'en';
}
