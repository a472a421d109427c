/**
 * The one message catalog. Every user-visible string goes through `t()`.
 * Area files (menu, functions, sla, actuals…) only split the English source
 * for readability; a language is one `Catalog` object added to CATALOGS.
 */
import { actualsMessages } from './actuals';
import { functionMessages } from './functions';
import { hubspotMessages } from './hubspot';
import { menuMessages } from './menu';
import { refreshMessages } from './refresh';
import { reviewMessages } from './review';
import { settingsMessages } from './settings';
import { sidebarMessages } from './sidebar';
import { signoffMessages } from './signoff';
import { slaMessages } from './sla';
import { stateMessages } from './state';
import { warningMessages } from './warnings';

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
export type Catalog = Partial<Record<MessageKey, string>>;
export type Params = Record<string, string | number>;

/** Languages of our users; English is the fallback for any key a catalog lacks. */
export const CATALOGS: Record<string, Catalog> = { en: EN };

/** Java's legacy codes, still used in some Google locales (`in_ID` is Indonesian). */
const LEGACY: Record<string, string> = { in: 'id', iw: 'he', ji: 'yi' };

/** `de_DE` / `de-AT` / `zh_CN` / `in_ID` → `de` / `de` / `zh` / `id`. */
export function languageOf(locale: string | undefined): string {
  const lang = (locale || 'en').toLowerCase().split(/[_-]/)[0] || 'en';
  return LEGACY[lang] ?? lang;
}

export function t(key: MessageKey, params?: Params, lang = 'en'): string {
  const template = CATALOGS[lang]?.[key] ?? EN[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
