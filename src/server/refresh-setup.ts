/**
 * The refresh's sidebar step (tabs, headers, proposed mapping, schedule, last
 * and next run) and the entry points that run it without the sidebar: the
 * menu item and the installable time-driven trigger.
 */
import type { RefreshSetup, RefreshSummary, Schedule } from '../api/actuals';
import { ScheduleSchema } from '../api/actuals';
import { t } from '../api/messages';
import { services } from '../gas/services';
import type { GSpreadsheet, Services } from '../gas/surface';
import { detectMapping } from '../sources/detect-mapping';
import { runOperation } from './operation';
import { recordFailure, refreshWithSaved } from './refresh';
import { rollForward, userEmail, userLang } from './sla';
import { loadState, refreshRecord, slaTab } from './state';
import { liveSla } from './tabs';

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
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const { state } = loadState(ss, userLang(svc));
  const tab = slaTab(state, state.current);
  const settings = tab?.settings ?? null;
  const sheetName = settings?.sheetName ?? null;
  // Every tab the add-on does not own is a candidate export.
  const ours = new Set(state.tabs.map((x) => x.sheetId));
  const tabs = ss
    .getSheets()
    .filter((s) => !ours.has(s.getSheetId()))
    .map((s) => s.getName());
  const config = tab ? refreshRecord(state, tab.id) : null;
  const stages = settings?.stages ?? [];
  const headersOf = (name: string): string[] => {
    const sheet = ss.getSheetByName(name);
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
    for (const name of rankTabs(tabs).slice(0, MAX_PROBED_TABS)) {
      const h = headersOf(name);
      if (Object.values(detectMapping(h, stages).stages).some(Boolean)) {
        chosen = name;
        headers = h;
        break;
      }
    }
    chosen ??= tabs[0] ?? null;
    if (chosen && !headers.length) headers = headersOf(chosen);
  }
  const savedMapping = config?.sourceTab === chosen ? config?.mapping : null;
  const record = tab ? state.schedules.find((x) => x.id === tab.id) : undefined;
  const schedule: Schedule = record?.kind ?? 'off';
  return {
    sheetName,
    tabs,
    sourceTab: chosen,
    headers,
    stages,
    mapping: savedMapping ?? detectMapping(headers, stages),
    detected: !savedMapping,
    schedule,
    scheduleBy: record?.by ?? null,
    failure: config?.failure ?? null,
    last: config?.last ?? null,
    next: nextRun(schedule, new Date()),
  };
}

/** User-property key of a schedule: which spreadsheet and SLA the user's trigger refreshes. */
const scheduleKey = (spreadsheetId: string) => `funnelSla.schedule:${spreadsheetId}`;

interface UserSchedule {
  spreadsheetId: string;
  slaId: string;
  triggerId: string;
}

/** Deletes the current user's schedule trigger for this spreadsheet (add-ons: one per user and document). */
function removeMyTrigger(svc: Services, ss: GSpreadsheet): void {
  for (const trigger of svc.ScriptApp.getUserTriggers(ss))
    if (trigger.getHandlerFunction() === SCHEDULE_HANDLER) svc.ScriptApp.deleteTrigger(trigger);
}

/**
 * Off / daily / first day of each month, for the SLA the sidebar shows. A
 * trigger belongs to the user who creates it, so the schedule is per user
 * and says whose it is; the spreadsheet records ONE schedule per SLA, and a
 * trigger that finds the record names someone else removes itself at its
 * next run: never two scheduled refreshes of the same SLA.
 */
export function setRefreshSchedule(schedule: unknown): RefreshSetup {
  const svc = services();
  const kind = ScheduleSchema.parse(schedule);
  const lang = userLang(svc);
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const user = userEmail(svc);
  runOperation(svc, ss, 'schedule', lang, user, (op) => {
    const state = rollForward(op);
    const { tab } = liveSla(ss, state, lang);
    const props = svc.PropertiesService.getUserProperties();
    removeMyTrigger(svc, ss);
    const others = state.schedules.filter((x) => x.id !== tab.id);
    if (kind === 'off') {
      props.deleteProperty(scheduleKey(ss.getId()));
      op.finish({ ...state, schedules: others });
      return;
    }
    const clock = svc.ScriptApp.newTrigger(SCHEDULE_HANDLER).timeBased().atHour(RUN_HOUR);
    const trigger = (kind === 'daily' ? clock.everyDays(1) : clock.onMonthDay(1)).create();
    const mine: UserSchedule = {
      spreadsheetId: ss.getId(),
      slaId: tab.id,
      triggerId: trigger.getUniqueId(),
    };
    props.setProperty(scheduleKey(mine.spreadsheetId), JSON.stringify(mine));
    op.finish({ ...state, schedules: [...others, { id: tab.id, kind, by: user }] });
  });
  return getRefreshSetup();
}

/** Menu item: refresh with the saved tab and mapping, then say what happened. */
export function refreshFromMenu(): RefreshSummary {
  const svc = services();
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const run = { svc, ss, lang: userLang(svc), user: userEmail(svc), trigger: 'menu' as const };
  const summary = refreshWithSaved(run);
  ss.toast(
    t(
      'refresh.toast.done',
      {
        counted: summary.rowsCounted,
        read: summary.rowsRead,
        skipped: summary.rowsSkipped,
      },
      run.lang,
    ),
    t('refresh.toast.title', undefined, run.lang),
  );
  return summary;
}

/** The user's schedule this trigger runs: by trigger id, else the only one. */
function mySchedule(svc: Services, triggerUid: string | undefined): UserSchedule | null {
  const all = Object.entries(svc.PropertiesService.getUserProperties().getProperties())
    .filter(([k]) => k.startsWith('funnelSla.schedule:'))
    .map(([, v]) => JSON.parse(v) as UserSchedule);
  return all.find((x) => x.triggerId === triggerUid) ?? (all.length === 1 ? all[0] : null);
}

function removeTrigger(svc: Services, triggerUid: string | undefined): void {
  for (const trigger of svc.ScriptApp.getProjectTriggers())
    if (trigger.getUniqueId() === triggerUid) svc.ScriptApp.deleteTrigger(trigger);
}

/**
 * Time-driven trigger handler, run as Google runs an editor add-on's trigger:
 * no active spreadsheet, no document properties, no document lock, no UI.
 * The trigger's owner finds the spreadsheet and SLA in their user properties,
 * opens it by id, and reads everything else from the spreadsheet itself.
 * Add-on triggers send no failure e-mails: a failure is written to SLA Log and
 * shown in the sidebar instead.
 */
export function scheduledRefresh(e?: { triggerUid?: string }): RefreshSummary | null {
  const svc = services();
  const mine = mySchedule(svc, e?.triggerUid);
  if (!mine) {
    removeTrigger(svc, e?.triggerUid);
    return null;
  }
  // The trigger context has no active spreadsheet: open it by id (`spreadsheets` scope).
  const ss = svc.SpreadsheetApp.openById(mine.spreadsheetId);
  const user = svc.Session.getEffectiveUser().getEmail();
  const lang = userLang(svc);
  const { state } = loadState(ss, lang);
  const record = state.schedules.find((x) => x.id === mine.slaId);
  if (!record || record.by !== user) {
    // Someone else now owns (or turned off) this SLA's schedule.
    removeTrigger(svc, e?.triggerUid);
    svc.PropertiesService.getUserProperties().deleteProperty(scheduleKey(mine.spreadsheetId));
    return null;
  }
  const run = { svc, ss, lang, user, trigger: 'schedule' as const };
  try {
    return refreshWithSaved(run);
  } catch (error) {
    // Recorded where the team looks; if even that fails (e.g. busy), the
    // execution log keeps the original error.
    try {
      recordFailure(run, error instanceof Error ? error.message : String(error));
    } catch {
      throw error;
    }
    return null;
  }
}
