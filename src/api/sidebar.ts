/**
 * Server → sidebar payloads (plain JSON: google.script.run carries no Dates,
 * so days are ISO strings). Sidebar → server payloads are validated by the zod
 * schemas in settings.ts.
 */
import type { SettingsInput } from './settings';

export interface SidebarState {
  /** UI language for the catalog, from the user's locale. */
  lang: string;
  /** Spreadsheet locale and time zone (e.g. en_US, Europe/Berlin). */
  locale: string;
  timeZone: string;
  /** Today in the spreadsheet's time zone, `YYYY-MM-DD`. */
  today: string;
  /** Settings of the current agreement, or defaults when none was built yet. */
  settings: SettingsInput;
  /** Tab of the current agreement, null before the first build. */
  sheetName: string | null;
  /** The review date has passed: the agreement is due for a reset. */
  reviewDue: boolean;
}

export interface BuildResult {
  sheetName: string;
}
