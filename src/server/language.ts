/**
 * The user's language for the sidebar, menu and messages: their choice in
 * the sidebar (a user property, private to them), else their Google locale
 * (Session.getActiveUserLocale). The SLA tab's language is separate: it is
 * stored with the SLA (src/api/sla-language.ts).
 */
import { isLang, LANGUAGES, type Lang, languageOf, t } from '../api/messages';
import { services } from '../gas/services';
import type { Services } from '../gas/surface';

export const USER_LANGUAGE_PROPERTY = 'funnelSla.language';

export function localeLang(svc: Services): Lang {
  return languageOf(svc.Session.getActiveUserLocale());
}

export function chosenLang(svc: Services): Lang | null {
  const chosen = svc.PropertiesService.getUserProperties().getProperty(USER_LANGUAGE_PROPERTY);
  return isLang(chosen) ? chosen : null;
}

export function userLanguage(svc: Services): Lang {
  return chosenLang(svc) ?? localeLang(svc);
}

/**
 * Sidebar API: stores the user's language choice; null or '' goes back to
 * following their Google locale. Returns the language now in effect.
 */
export function setUserLanguage(lang: string | null): Lang {
  const svc = services();
  const props = svc.PropertiesService.getUserProperties();
  if (lang === null || lang === '') props.deleteProperty(USER_LANGUAGE_PROPERTY);
  else if (isLang(lang)) props.setProperty(USER_LANGUAGE_PROPERTY, lang);
  else
    throw new Error(
      t(
        'lang.err.unknown',
        { code: String(lang).slice(0, 20), known: LANGUAGES.join(', ') },
        userLanguage(svc),
      ),
    );
  return userLanguage(svc);
}

/**
 * The menu's language. onOpen may run in AuthMode.NONE, where user
 * properties are out of reach (they throw): then the locale, then English.
 */
export function menuLanguage(svc: Services): Lang {
  try {
    return userLanguage(svc);
  } catch {
    try {
      return localeLang(svc);
    } catch {
      return 'en';
    }
  }
}
