import { defaultSettings } from '../api/settings';
import type { SidebarState } from '../api/sidebar';
import { services } from '../gas/services';
import { currentSheetName, loadSettings } from './settings-store';
import { userLang } from './sla';

/** Everything the sidebar needs when it opens, in one round trip. */
export function getSidebarState(): SidebarState {
  const svc = services();
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const locale = ss.getSpreadsheetLocale();
  const today = svc.Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
  const props = svc.PropertiesService.getDocumentProperties();
  const sheetName = currentSheetName(props);
  const saved = sheetName ? loadSettings(props, sheetName) : null;
  const settings = saved ?? defaultSettings(`${today.slice(0, 4)}-01`);
  return {
    lang: userLang(svc),
    locale,
    timeZone,
    today,
    settings,
    sheetName: saved ? sheetName : null,
    reviewDue: saved ? today >= saved.reviewDate : false,
  };
}
