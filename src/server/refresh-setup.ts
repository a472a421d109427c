/**
 * The refresh's sidebar step (tabs, headers, proposed mapping, schedule, last
 * and next run) and the entry points that run it without the sidebar: the
 * menu item and the installable time-driven trigger.
 */
import type { RefreshSetup, RefreshSummary, Schedule } from '../api/actuals';
import { ScheduleSchema } from '../api/actuals';
import { t } from '../api/messages';
import { services } from '../gas/services';
import type { Services } from '../gas/surface';
import { detectMapping } from '../sources/detect-mapping';
import { currentAgreement, refreshWithSaved } from './refresh';
import { loadRefreshConfig, saveRefreshConfig } from './refresh-store';
import { currentSheetName, loadSettings } from './settings-store';

/** The handler the time-driven trigger calls (a global entry point). */
export const SCHEDULE_HANDLER = 'scheduledRefresh';
/** Scheduled runs start at this hour, in the script's time zone. */
const RUN_HOUR = 6;

/** Tabs probed for a CRM export when none was chosen yet (each costs three reads). */
const MAX_PROBED_TABS = 5;
const EXPORT_NAME = /crm|export|hubspot|salesforce|pipedrive|contact|lead|deal/i;

/** Tabs named like an export first, otherwise in their order. */
export function rankTabs(tabs: string[]): string[] {
  return [...tabs.filter((t) => EXPORT_NAME.test(t)), ...tabs.filter((t) => !EXPORT_NAME.test(t))];
}

/** Next run of a schedule after `now` (the hour is approximate in Apps Script: within that hour). */
export function nextRun(schedule: Schedule, now: Date): string | null {
  if (schedule === 'off') return null;
  const next = new Date(now.getTime());
  next.setMinutes(0, 0, 0);
  next.setHours(RUN_HOUR);
  if (schedule === 'daily') {
    if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  } else {
    next.setDate(1);
    if (next.getTime() <= now.getTime()) next.setMonth(next.getMonth() + 1, 1);
  }
  return next.toISOString();
}

export function getRefreshSetup(sourceTab?: string): RefreshSetup {
  const svc = services();
  const props = svc.PropertiesService.getDocumentProperties();
  const sheetName = currentSheetName(props);
  const settings = sheetName ? loadSettings(props, sheetName) : null;
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const ownTabs = new Set([sheetName, t('refresh.log.tab'), t('refresh.history.tab')]);
  const tabs = ss
    .getSheets()
    .map((s) => s.getName())
    .filter((n) => !ownTabs.has(n) && !n.startsWith(t('sla.tabName', { period: '' })));
  const config = sheetName ? loadRefreshConfig(props, sheetName) : null;
  const stages = settings?.stages ?? [];
  const headersOf = (tab: string): string[] => {
    const sheet = ss.getSheetByName(tab);
    const lastCol = sheet ? sheet.getLastColumn() : 0;
    if (!sheet || lastCol < 1) return [];
    return sheet
      .getRange(1, 1, 1, lastCol)
      .getValues()[0]
      .map((h) => String(h ?? '').trim());
  };
  const saved = config?.sourceTab && tabs.includes(config.sourceTab) ? config.sourceTab : null;
  let chosen = sourceTab ?? saved;
  let headers = chosen ? headersOf(chosen) : [];
  if (!chosen) {
    // No choice yet: the first likely export (by name first) whose headers map a stage.
    for (const tab of rankTabs(tabs).slice(0, MAX_PROBED_TABS)) {
      const h = headersOf(tab);
      if (Object.values(detectMapping(h, stages).stages).some(Boolean)) {
        chosen = tab;
        headers = h;
        break;
      }
    }
    chosen ??= tabs[0] ?? null;
    if (chosen && !headers.length) headers = headersOf(chosen);
  }
  const savedMapping = config?.sourceTab === chosen ? config?.mapping : null;
  const schedule = config?.schedule ?? 'off';
  return {
    sheetName: settings ? sheetName : null,
    tabs,
    sourceTab: chosen,
    headers,
    stages,
    mapping: savedMapping ?? detectMapping(headers, stages),
    detected: !savedMapping,
    schedule,
    last: config?.last ?? null,
    next: nextRun(schedule, new Date()),
  };
}

function removeOurTriggers(svc: Services): void {
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  for (const trigger of svc.ScriptApp.getUserTriggers(ss))
    if (trigger.getHandlerFunction() === SCHEDULE_HANDLER) svc.ScriptApp.deleteTrigger(trigger);
}

/**
 * Off / daily / first day of each month. Add-ons may have one time-driven
 * trigger per user and document, at most hourly: ours is replaced, never doubled.
 */
export function setRefreshSchedule(schedule: unknown): RefreshSetup {
  const svc = services();
  const kind = ScheduleSchema.parse(schedule);
  const { sheetName } = currentAgreement(svc);
  removeOurTriggers(svc);
  if (kind !== 'off') {
    const clock = svc.ScriptApp.newTrigger(SCHEDULE_HANDLER).timeBased().atHour(RUN_HOUR);
    (kind === 'daily' ? clock.everyDays(1) : clock.onMonthDay(1)).create();
  }
  const props = svc.PropertiesService.getDocumentProperties();
  saveRefreshConfig(props, sheetName, { ...loadRefreshConfig(props, sheetName), schedule: kind });
  return getRefreshSetup();
}

/** Menu item: refresh with the saved tab and mapping, then say what happened. */
export function refreshFromMenu(): RefreshSummary {
  const svc = services();
  const summary = refreshWithSaved(svc, 'menu');
  svc.SpreadsheetApp.getActiveSpreadsheet().toast(
    t('refresh.toast.done', {
      counted: summary.rowsCounted,
      read: summary.rowsRead,
      skipped: summary.rowsSkipped,
    }),
    t('refresh.toast.title'),
  );
  return summary;
}

/** Time-driven trigger handler. A failure throws, so Apps Script e-mails the owner. */
export function scheduledRefresh(_e?: unknown): RefreshSummary {
  return refreshWithSaved(services(), 'schedule');
}
