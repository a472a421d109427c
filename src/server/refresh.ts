/**
 * The monthly actuals refresh: read the CRM export tab once, aggregate in the
 * pure core, then write the SLA tab's actuals area and one log row. Every read
 * happens before the first write, so a failure leaves the previous actuals as
 * they were; a document lock keeps two refreshes from interleaving.
 */
import {
  type MappingInput,
  normalizeMapping,
  type RefreshOptions,
  RefreshOptionsSchema,
  type RefreshReportItem,
  type RefreshSummary,
} from '../api/actuals';
import { type MessageKey, t } from '../api/messages';
import type { Settings } from '../api/settings';
import {
  type ActualsMapping,
  type ActualsResult,
  aggregateActuals,
  dayFirstForLocale,
} from '../core/actuals';
import { historyHeader, historyRows, monthsToArchive } from '../core/review';
import { commitPlan } from '../gas/commit';
import { readJson, writeJson } from '../gas/json-store';
import { services } from '../gas/services';
import type { Services } from '../gas/surface';
import { type Cell, patchPlan } from '../sheet/plan';
import { type AreaValue, actualsArea, patchActuals } from '../sla/actuals-patch';
import { layout } from '../sla/layout';
import { monthKey, monthList } from '../sla/render';
import { historyTabExtras, logTabExtras, ownerHeader, withOwner } from '../sla/side-tabs';
import { detectMapping } from '../sources/detect-mapping';
import { loadRefreshConfig, loadReport, saveRefreshConfig, saveReport } from './refresh-store';
import { currentSheetName, loadSettings } from './settings-store';
import { userLang } from './sla';

export type RefreshTrigger = 'sidebar' | 'menu' | 'schedule';

/** The last month appended to the history tab (one history per document, across versions). */
const HISTORY_KEY = 'sla.history';

/**
 * A closed month's history rows: targets as the tab computed them, actuals as
 * this refresh counts them (or as typed, for stages without a mapped column).
 */
function monthHistory(
  month: string,
  i: number,
  settings: Settings,
  l: ReturnType<typeof layout>,
  area: AreaValue[][],
  result: ActualsResult,
  lang: string,
): Cell[][] {
  const S = settings.stages.length;
  const row = area[l.firstMonthRow - l.gridColumnsRow + i];
  const at = (col: number) => row[col - l.blockCol.targets];
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const targets = Array.from({ length: S + 1 }, (_, s) => num(at(l.blockCol.targets + s)) ?? 0);
  const actuals = Array.from({ length: S + 1 }, (_, s) => {
    const counted = s < S ? result.counts[i]?.[s] : result.revenue?.[i];
    return counted ?? num(at(l.blockCol.actuals + s));
  });
  return historyRows(month, settings.stages, targets, actuals, settings.tolerance, lang);
}

/** How long a second refresh waits for the first before giving up with a clear message. */
const LOCK_WAIT_MS = 2000;

export function currentAgreement(svc: Services): { sheetName: string; settings: Settings } {
  const props = svc.PropertiesService.getDocumentProperties();
  const sheetName = currentSheetName(props);
  const settings = sheetName ? loadSettings(props, sheetName) : null;
  if (!sheetName || !settings) throw new Error(t('refresh.err.noSla'));
  return { sheetName, settings };
}

function parseOptions(input: unknown, lang: string): RefreshOptions {
  const parsed = RefreshOptionsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((i) => i.path.join('.') || 'options').join(', ');
  throw new Error(t('refresh.err.invalid', { errors }, lang));
}

function resolveMapping(
  given: MappingInput | undefined,
  saved: ActualsMapping | null,
  headers: string[],
  settings: Settings,
  sourceTab: string,
): ActualsMapping {
  let mapping: ActualsMapping;
  if (given) {
    const n = normalizeMapping(given, settings.stages);
    if (n.unknownKeys.length)
      throw new Error(t('refresh.err.unknownStage', { key: n.unknownKeys[0] }));
    mapping = n.mapping;
    const known = new Set(headers.map((h) => h.trim().toLowerCase()));
    const used = [
      ...Object.values(mapping.stages),
      mapping.recordId,
      mapping.amount,
      mapping.source,
      mapping.owner,
      mapping.handoverTime,
      mapping.firstTouchTime,
      mapping.won,
    ];
    for (const h of used)
      if (h && !known.has(h.trim().toLowerCase()))
        throw new Error(t('refresh.err.unknownHeader', { header: h, name: sourceTab }));
  } else {
    mapping = saved ?? detectMapping(headers, settings.stages);
  }
  if (!Object.values(mapping.stages).some(Boolean))
    throw new Error(t('refresh.err.nothingMapped', { name: sourceTab }));
  return mapping;
}

function reportItems(result: ActualsResult, lang: string): RefreshReportItem[] {
  const item =
    (kind: 'skipped' | 'warning', prefix: string) =>
    (i: { row: number; column?: string; value?: string; reason: string }): RefreshReportItem => ({
      ...i,
      kind,
      message: t(
        `${prefix}.${i.reason}` as MessageKey,
        {
          row: i.row,
          column: i.column ?? '',
          value: i.value ?? '',
        },
        lang,
      ),
    });
  return [
    ...result.skipped.map(item('skipped', 'actuals.skip')),
    ...result.warnings.map(item('warning', 'actuals.warn')),
  ];
}

/** The whole refresh; `given.mapping` absent → saved mapping for that tab, else detected. */
export function runRefresh(
  svc: Services,
  given: RefreshOptions,
  trigger: RefreshTrigger,
): RefreshSummary {
  const started = Date.now();
  const lang = userLang(svc);
  const lock = svc.LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(t('refresh.err.busy', undefined, lang));
  try {
    const props = svc.PropertiesService.getDocumentProperties();
    const { sheetName, settings } = currentAgreement(svc);
    const config = loadRefreshConfig(props, sheetName);
    const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
    const sourceTab = given.sourceTab;
    if (sourceTab === sheetName) throw new Error(t('refresh.err.sourceIsSla', { name: sourceTab }));

    // ---- reads ----
    const source = ss.getSheetByName(sourceTab);
    if (!source) throw new Error(t('refresh.err.noSource', { name: sourceTab }));
    const rows = source.getDataRange().getValues();
    const headers = (rows[0] ?? []).map((h) => String(h ?? '').trim());
    if (!headers.some(Boolean)) throw new Error(t('refresh.err.emptySource', { name: sourceTab }));
    const mapping = resolveMapping(
      given.mapping,
      config.sourceTab === sourceTab ? config.mapping : null,
      headers,
      settings,
      sourceTab,
    );
    const sla = ss.getSheetByName(sheetName);
    if (!sla) throw new Error(t('refresh.err.noSlaTab', { name: sheetName }));
    const l = layout(settings);
    const area = actualsArea(l);
    const range = sla.getRange(area.row, area.col, area.rows, area.cols);
    const values = range.getValues() as AreaValue[][];
    const formulas = range.getFormulas();
    const timeZone = ss.getSpreadsheetTimeZone();
    const locale = ss.getSpreadsheetLocale();
    const logName = t('refresh.log.tab');
    const logSheet = ss.getSheetByName(logName);
    const currentMonth = svc.Utilities.formatDate(new Date(), timeZone, 'yyyy-MM');
    const months = monthList(settings.periodStart, settings.months).map(monthKey);
    const historyState = readJson<{ lastMonth: string | null }>(props, HISTORY_KEY) ?? {
      lastMonth: null,
    };
    const toArchive = monthsToArchive(historyState, months, currentMonth);
    const historyName = t('refresh.history.tab');
    const historySheet = toArchive.length ? ss.getSheetByName(historyName) : null;
    const historyRowsNow = historySheet ? historySheet.getLastRow() : 0;
    const historyMaxRows = historySheet ? historySheet.getMaxRows() : 0;

    // ---- compute ----
    const now = new Date();
    const result = aggregateActuals(rows, mapping, {
      stages: settings.stages,
      months,
      timeZone,
      dayFirst: dayFirstForLocale(locale),
      followUpHours: settings.followUpHours,
      nowMs: now.getTime(),
    });
    const future = months.findIndex((m) => m > currentMonth);
    const block = patchActuals({
      layout: l,
      stages: settings.stages,
      result,
      values,
      formulas,
      firstFutureMonth: future < 0 ? months.length : future,
    });
    const summary: RefreshSummary = {
      sheetName,
      sourceTab,
      refreshedAt: now.toISOString(),
      rowsRead: result.rowsRead,
      rowsCounted: result.rowsCounted,
      rowsSkipped: result.rowsSkipped,
      rowsOutsidePeriod: result.rowsOutsidePeriod,
      skippedByReason: result.skippedByReason,
      warningsByReason: result.warningsByReason,
      stagesKept: settings.stages.filter((s) => !mapping.stages[s]),
      durationMs: 0,
      mapping,
      by: svc.Session.getActiveUser().getEmail(),
      trigger,
    };
    const cellsLeftOut =
      Object.values(result.skippedByReason).reduce((a, b) => a + b, 0) - result.rowsSkipped;

    const history = toArchive.flatMap((month) =>
      monthHistory(month, months.indexOf(month), settings, l, values, result, lang).map((row) =>
        withOwner(row, sheetName, settings.agreementVersion),
      ),
    );

    // ---- writes: the actuals area in one call, the closed months' history, one log row ----
    const bottom = area.row + area.rows - 1;
    const right = area.col + area.cols - 1;
    commitPlan(svc, ss, patchPlan(sheetName, [block]), {
      sheet: sla,
      maxRows: bottom,
      maxCols: right,
      ranges: new Map([[block, range]]),
    });
    if (history.length) {
      const historyPlan = patchPlan(historyName, [], {
        create: true,
        append: history,
        appendHeader: [...historyHeader(lang), ...ownerHeader(lang)],
        appendAfterRow: historyRowsNow,
        ...(historySheet ? {} : historyTabExtras()),
      });
      commitPlan(svc, ss, historyPlan, {
        sheet: historySheet,
        maxRows: historyMaxRows,
        maxCols: 0,
      });
    }
    summary.durationMs = Date.now() - started;
    const who = summary.by || t('refresh.log.unknownUser');
    const logRow: Cell[] = [
      now,
      who,
      sourceTab,
      result.rowsRead,
      result.rowsCounted,
      result.rowsSkipped,
      Math.max(0, cellsLeftOut),
      result.rowsOutsidePeriod,
      Math.round(summary.durationMs) / 1000,
      t(`refresh.log.by${trigger[0].toUpperCase()}${trigger.slice(1)}` as MessageKey),
    ];
    const logPlan = patchPlan(logName, [], {
      create: true,
      append: [withOwner(logRow, sheetName, settings.agreementVersion)],
      appendHeader: [...logHeader(), ...ownerHeader()],
      // A new log keeps its header in view and reads like the SLA tab (first refresh only).
      ...(logSheet ? {} : logTabExtras()),
    });
    commitPlan(svc, ss, logPlan, { sheet: logSheet, maxRows: 0, maxCols: 0 });
    // Sheets shows a tab it inserts: bring the user back to the SLA tab.
    if (!logSheet || (history.length && !historySheet)) sla.activate();

    if (toArchive.length)
      writeJson(props, HISTORY_KEY, { lastMonth: toArchive[toArchive.length - 1] });
    saveReport(props, sheetName, reportItems(result, lang));
    saveRefreshConfig(props, sheetName, { ...config, sourceTab, mapping, last: summary });
    return summary;
  } finally {
    lock.releaseLock();
  }
}

function logHeader(): Cell[] {
  return (
    [
      'when',
      'who',
      'source',
      'read',
      'counted',
      'skipped',
      'cells',
      'outside',
      'seconds',
      'trigger',
    ] as const
  ).map((k) => t(`refresh.log.${k}`));
}

/** Sidebar/API entry: `{sourceTab, mapping?}`. */
export function refreshActuals(options: unknown): RefreshSummary {
  const svc = services();
  return runRefresh(svc, parseOptions(options, userLang(svc)), 'sidebar');
}

/** The skipped-rows and warnings report of the last refresh, for the sidebar. */
export function getRefreshReport(): RefreshReportItem[] {
  const svc = services();
  const { sheetName } = currentAgreement(svc);
  return loadReport(svc.PropertiesService.getDocumentProperties(), sheetName);
}

/** Runs with the saved source tab and mapping (menu item and schedule). */
export function refreshWithSaved(svc: Services, trigger: RefreshTrigger): RefreshSummary {
  const { sheetName } = currentAgreement(svc);
  const config = loadRefreshConfig(svc.PropertiesService.getDocumentProperties(), sheetName);
  if (!config.sourceTab) throw new Error(t('refresh.err.noSavedSource'));
  return runRefresh(svc, { sourceTab: config.sourceTab }, trigger);
}
