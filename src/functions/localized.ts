/**
 * Custom-function errors in the spreadsheet's language. A custom function can
 * read the spreadsheet (Google: the Spreadsheet service is read-only inside
 * custom functions, https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services),
 * so getSpreadsheetLocale() names the language. It is read only when a call
 * fails: the function then runs again in that language (it is pure, so it
 * fails the same way) and its message is the localized one. A successful
 * call pays nothing.
 */
import { inLanguage } from '../api/messages';

type AnyFn = (...args: never[]) => unknown;

export function localized<F extends AnyFn>(impl: F, language: () => string): F {
  return function (this: unknown, ...args: Parameters<F>) {
    try {
      return impl.apply(this, args);
    } catch (error) {
      let lang = 'en';
      try {
        lang = language();
      } catch {
        throw error;
      }
      if (lang === 'en') throw error;
      return inLanguage(lang, () => impl.apply(this, args));
    }
  } as F;
}
