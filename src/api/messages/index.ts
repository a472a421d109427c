/**
 * The one message catalog. Every user-visible string goes through `t()`.
 * Area files (menu, functions, sla, actuals…) split the English source, which
 * is the source of keys; every other language is one file (de.ts, pl.ts…)
 * keyed by the same keys. test/unit/messages-catalogs.test.ts names every key
 * a translation lacks or whose placeholders or plural forms differ.
 */
import { actualsMessages } from './actuals';
import de from './de';
import fi from './fi';
import { formatMessage, type Params } from './format';
import { functionMessages } from './functions';
import { hubspotMessages } from './hubspot';
import id from './id';
import { isLang, type Lang } from './languages';
import { menuMessages } from './menu';
import pl from './pl';
import { refreshMessages } from './refresh';
import { reviewMessages } from './review';
import { settingsMessages } from './settings';
import { sidebarMessages } from './sidebar';
import { signoffMessages } from './signoff';
import { slaMessages } from './sla';
import { stateMessages } from './state';
import { warningMessages } from './warnings';
import zh from './zh';

export const EN = {
  ...actualsMessages,
  ...functionMessages,
  ...hubspotMessages,
  ...menuMessages,
  ...refreshMessages,
  ...reviewMessages,
  ...settingsMessages,
  ...sidebarMessages,
  ...signoffMessages,
  ...slaMessages,
  ...stateMessages,
  ...warningMessages,
} as const;

export type MessageKey = keyof typeof EN;
/** A translation: the English keys, each in the language; a missing key reads English. */
export type Catalog = Partial<Record<MessageKey, string>>;
export type { Params } from './format';
export { isLang, LANGUAGE_NAMES, LANGUAGES, type Lang, languageOf } from './languages';

/**
 * Every translation, one file per language. In the built bundles each import
 * is a JSON string (see dev/i18n-plugin.ts) parsed on first use, so a custom
 * function call does not pay for six languages; under tsx/vitest it is the object.
 */
export const TRANSLATION_SOURCES: Record<Exclude<Lang, 'en'>, Catalog | string> = {
  de,
  pl,
  fi,
  id,
  zh,
};
const parsed = new Map<Lang, Catalog>([['en', EN]]);

export function catalog(lang: Lang): Catalog {
  let c = parsed.get(lang);
  if (!c) {
    const src = TRANSLATION_SOURCES[lang as Exclude<Lang, 'en'>];
    c = typeof src === 'string' ? (JSON.parse(src) as Catalog) : src;
    parsed.set(lang, c);
  }
  return c;
}

/**
 * The language `t()` uses when the caller names none: English, or the SLA
 * tab's language while `inLanguage` renders it (Apps Script runs one call at
 * a time, so a scoped default is safe and keeps the renderers' signatures).
 */
let current: Lang = 'en';

export function inLanguage<T>(lang: string, body: () => T): T {
  const before = current;
  current = isLang(lang) ? lang : 'en';
  try {
    return body();
  } finally {
    current = before;
  }
}

export function t(key: MessageKey, params?: Params, lang: string = current): string {
  const l = isLang(lang) ? lang : 'en';
  const template = catalog(l)[key] ?? EN[key] ?? key;
  return formatMessage(template, params, l);
}
