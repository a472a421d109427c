/**
 * CLDR plural categories for our languages (cardinal, integers and decimals),
 * written out because Apps Script's V8 may lack Intl.PluralRules data; a test
 * checks them against Intl.PluralRules. https://cldr.unicode.org/index/cldr-spec/plural-rules
 */
import type { Lang } from './languages';

export type PluralCategory = 'one' | 'few' | 'many' | 'other';

export const PLURAL_CATEGORIES: Record<Lang, readonly PluralCategory[]> = {
  en: ['one', 'other'],
  de: ['one', 'other'],
  fi: ['one', 'other'],
  pl: ['one', 'few', 'many', 'other'],
  id: ['other'],
  zh: ['other'],
};

export function pluralCategory(lang: Lang, n: number): PluralCategory {
  const whole = Number.isInteger(n);
  switch (lang) {
    case 'en':
    case 'de':
    case 'fi':
      return whole && n === 1 ? 'one' : 'other';
    case 'pl': {
      if (!whole) return 'other';
      const i = Math.abs(n);
      if (i === 1) return 'one';
      const d = i % 10;
      const h = i % 100;
      if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return 'few';
      return 'many';
    }
    default:
      return 'other';
  }
}
