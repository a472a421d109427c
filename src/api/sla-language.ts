/**
 * The SLA tab's language: chosen at build (default: the spreadsheet
 * locale's), stored in its settings, kept on rebuild and reset until changed.
 * Changing it rewrites what the add-on generated, never what users typed:
 * an agreement text still equal to the old language's default is replaced
 * by the new language's default; any other text (typed) stays as it is.
 * Stage names are the users' data (mappings and history key on them) and stay.
 */
import { isLang, type Lang } from './messages';
import { AGREEMENT_KEYS, defaultAgreement, type Settings } from './settings';

export function withSlaLanguage(
  given: Settings,
  saved: Pick<Settings, 'language'> | undefined,
  spreadsheetLang: () => Lang,
): Settings {
  // A tab built before languages existed, or none yet: defaults were filled in English.
  const before: Lang = saved?.language ?? 'en';
  const language: Lang = given.language ?? saved?.language ?? spreadsheetLang();
  if (before === language) return { ...given, language };
  const oldDefaults = defaultAgreement(before);
  const newDefaults = defaultAgreement(language);
  const agreement = { ...given.agreement };
  for (const k of AGREEMENT_KEYS)
    if (agreement[k] === oldDefaults[k]) agreement[k] = newDefaults[k];
  return { ...given, language, agreement };
}

/** The language documents of this SLA are written in. */
export function slaLang(settings: Pick<Settings, 'language'>): Lang {
  return isLang(settings.language) ? settings.language : 'en';
}
