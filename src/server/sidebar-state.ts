import { languageOf } from '../api/messages';
import { defaultSettings } from '../api/settings';
import type { SidebarState } from '../api/sidebar';
import { services } from '../gas/services';
import { userLang } from './sla';
import { loadState } from './state';
import { liveSla } from './tabs';

/** Everything the sidebar needs when it opens, in one round trip (plain JSON: no Dates). */
export function getSidebarState(): SidebarState {
  const svc = services();
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const lang = userLang(svc);
  const timeZone = ss.getSpreadsheetTimeZone();
  const locale = ss.getSpreadsheetLocale();
  const today = svc.Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
  const { state } = loadState(ss, lang);
  // The agreement text comes from its home, the tab; settings that no longer
  // validate are reported (the error reaches the sidebar), never ignored.
  const saved = state.current === null ? null : liveSla(ss, state, lang, true).settings;
  const settings = saved ?? defaultSettings(`${today.slice(0, 4)}-01`, languageOf(locale));
  return {
    lang,
    locale,
    timeZone,
    today,
    settings,
    sheetName: saved?.sheetName ?? null,
    reviewDue: saved ? today >= saved.reviewDate : false,
  };
}
