/**
 * The monthly actuals refresh: read the CRM export tab's mapped columns chunk
 * by chunk (src/gas/export-reader.ts), aggregating in the pure core as it goes,
 * or count live in HubSpot; then write the SLA tab's actuals area and one log
 * row. Every read happens before the first write; the actuals area is one write, the log and
 * history rows go to positions the state records (a retry overwrites its own
 * rows), and the state is written last (see src/server/state.ts).
 */

import {
  type MappingInput,
  normalizeMapping,
  type RefreshOptions,
  RefreshOptionsSchema,
  type RefreshReportItem,
  type RefreshSummary,
} from '../api/actuals';
import { inLanguage, type MessageKey, t } from '../api/messages';
import type { Settings } from '../api/settings';
import { slaLang } from '../api/sla-language';
import { type ActualsMapping, type ActualsResult, dayFirstForLocale } from '../core/actuals';
import { utf8Bytes } from '../core/bytes';
import { hasOwn } from '../core/own';
import { historyHeader, historyRows } from '../core/review';
import { type SheetFacts, sheetFacts } from '../gas/api';
import { aggregateExport, type ExportTab, openExport } from '../gas/export-reader';
import { services } from '../gas/services';
import type { ApiRequest } from '../gas/sheets-api';
import type { GSpreadsheet, Services } from '../gas/surface';
import { gridRange, rowData, serialIn, type ToSerial } from '../sheet/api-cells';
import type { Cell } from '../sheet/plan';
import { type AreaValue, actualsArea, patchActuals } from '../sla/actuals-patch';
import { layout } from '../sla/layout';
import { monthKey, monthList } from '../sla/render';
import { historyTabFormat, logTabFormat, ownerHeader, withOwner } from '../sla/side-tabs';
import { detectMapping } from '../sources/detect-mapping';
import {
  appendRow,
  createTab,
  freeSheetId,
  freeTitle,
  knownTab,
  type SideTab,
  writeAt,
} from './append';
import { type HubSpotPullResult, pullHubSpot } from './hubspot';
import { type Operation, runOperation } from './operation';
import { rollForward, userEmail, userLang } from './sla';
import {
  type AddonState,
  checkSize,
  loadState,
  type RefreshRecord,
  refreshRecord,
  slaTab,
  withRefresh,
  withTab,
} from './state';
import { liveSla } from './tabs';

export type RefreshTrigger = 'sidebar' | 'menu' | 'schedule';

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

function parseOptions(input: unknown, lang: string): RefreshOptions {
  const parsed = RefreshOptionsSchema.safeParse(input);
  // zod rebuilds records by assignment, which drops a stage named "__proto__":
  // once validated, the caller's own mapping object is used as it came.
  if (parsed.success)
    return { ...parsed.data, mapping: (input as { mapping?: MappingInput }).mapping };
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

/** Room for the log and history tabs a first refresh adds to the record (size check). */
const SPARE_TABS = [
  { kind: 'history' as const, sheetId: 2 ** 31 - 1 },
  { kind: 'log' as const, sheetId: 2 ** 31 - 1 },
];

/** Report items kept in the spreadsheet's record: the rest is counted ("and N more"). */
export const MAX_REPORT_ITEMS = 50;
const MAX_REPORT_BYTES = 8000;

/** The first items that fit, and how many were left out. */
export function capReport(
  items: RefreshReportItem[],
  total = items.length,
): { kept: RefreshReportItem[]; more: number } {
  const kept: RefreshReportItem[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = utf8Bytes(JSON.stringify(item));
    if (kept.length >= MAX_REPORT_ITEMS || bytes + size > MAX_REPORT_BYTES) break;
    kept.push(item);
    bytes += size;
  }
  return { kept, more: Math.max(items.length, total) - kept.length };
}

export interface RefreshRun {
  svc: Services;
  ss: GSpreadsheet;
  lang: string;
  user: string;
  trigger: RefreshTrigger;
}

/** The whole refresh; `given.mapping` absent → saved mapping for that tab, else detected. */
export function runRefresh(run: RefreshRun, given: RefreshOptions): RefreshSummary {
  const { svc, ss, lang, trigger } = run;
  return runOperation(svc, ss, 'refresh', lang, run.user, (op) => {
    const state = rollForward(op);
    return refreshWith(op, state, given, trigger);
  });
}

function refreshWith(
  op: Operation,
  state: AddonState,
  given: RefreshOptions,
  trigger: RefreshTrigger,
): RefreshSummary {
  const started = Date.now();
  const { svc, ss, lang } = op;
  const { tab, sheet: sla, settings } = liveSla(ss, state, lang);
  const docLang = slaLang(settings);
  const sheetName = settings.sheetName ?? '';
  const config = refreshRecord(state, tab.id);
  const live = 'source' in given;
  const sourceTab = 'sourceTab' in given ? given.sourceTab : '';
  if (sourceTab === sheetName) throw new Error(t('refresh.err.sourceIsSla', { name: sourceTab }));
  const months = monthList(settings.periodStart, settings.months).map(monthKey);

  // ---- reads (HubSpot counts included: nothing is written until all are in) ----
  // One structure read: zone, locale and the tabs' ids, titles and sizes.
  const structure = op.api.get(STRUCTURE_FIELDS);
  const timeZone = structure.properties?.timeZone ?? ss.getSpreadsheetTimeZone();
  const locale = structure.properties?.locale ?? '';
  const sheets = sheetFacts(structure);
  let exportTab: ExportTab | null = null;
  let pulled: HubSpotPullResult | null = null;
  let mapping: ActualsMapping;
  if (live) {
    const liveGiven = given.mapping && normalizeMapping(given.mapping, settings.stages);
    if (liveGiven?.unknownKeys.length)
      throw new Error(t('refresh.err.unknownStage', { key: liveGiven.unknownKeys[0] }));
    pulled = pullHubSpot(
      svc,
      settings,
      months,
      timeZone,
      Date.now(),
      liveGiven ? liveGiven.mapping : (config.hubspotMapping ?? null),
    );
    mapping = pulled.mapping;
  } else {
    const source = ss.getSheetByName(sourceTab);
    if (!source) throw new Error(t('refresh.err.noSource', { name: sourceTab }));
    exportTab = openExport(source); // size, header, first chunk; later chunks below
    const headers = exportTab.header.map((h) => String(h ?? '').trim());
    if (!headers.some(Boolean)) throw new Error(t('refresh.err.emptySource', { name: sourceTab }));
    mapping = resolveMapping(
      given.mapping,
      config.sourceTab === sourceTab ? config.mapping : null,
      headers,
      settings,
      sourceTab,
    );
  }
  const l = layout(settings);
  const area = actualsArea(l);
  const range = sla.getRange(area.row, area.col, area.rows, area.cols);
  const values = range.getValues() as AreaValue[][];
  const formulas = range.getFormulas();
  const currentMonth = svc.Utilities.formatDate(new Date(), timeZone, 'yyyy-MM');
  // History rows are keyed by SLA, version and month: a month is archived once.
  const doneKeys = new Set(state.history?.done ?? []);
  const keyOf = (m: string) => `${tab.id}|v${settings.agreementVersion}|${m}`;
  const toArchive = months.filter((m) => m < currentMonth && !doneKeys.has(keyOf(m)));

  // ---- compute (the export's rows are read here, chunk by chunk: still before any write) ----
  const now = new Date();
  const result = pulled
    ? pulled.result
    : aggregateExport(exportTab as ExportTab, mapping, {
        stages: settings.stages,
        months,
        timeZone,
        dayFirst: dayFirstForLocale(locale),
        followUpHours: settings.followUpHours,
        nowMs: now.getTime(),
      });
  const future = months.findIndex((m) => m > currentMonth);
  const block = inLanguage(docLang, () =>
    patchActuals({
      layout: l,
      stages: settings.stages,
      result,
      values,
      formulas,
      firstFutureMonth: future < 0 ? months.length : future,
    }),
  );
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
    stagesKept: settings.stages.filter((s) => !(hasOwn(mapping.stages, s) && mapping.stages[s])),
    durationMs: 0,
    mapping,
    by: op.user,
    trigger,
    source: pulled ? 'hubspot' : 'tab',
    ...(pulled ? { requests: pulled.requests } : {}),
  };
  const history = toArchive.flatMap((month) =>
    monthHistory(month, months.indexOf(month), settings, l, values, result, docLang).map((row) =>
      withOwner(row, sheetName, settings.agreementVersion),
    ),
  );
  // The core lists the first issues and counts them all: "and N more" counts them all too.
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const report = capReport(
    reportItems(result, lang),
    sum(result.skippedByReason) + sum(result.warningsByReason),
  );
  const record: RefreshRecord = {
    ...config,
    ...(pulled
      ? { source: 'hubspot' as const, hubspotMapping: mapping }
      : { source: 'tab' as const, sourceTab, mapping }),
    last: summary,
    failure: null,
    report: report.kept,
    reportMore: report.more,
  };
  // A record that would not fit is refused before anything is written.
  checkSize(
    { ...state, refresh: withRefresh(state, record), tabs: [...state.tabs, ...SPARE_TABS] },
    lang,
  );

  // ---- writes: ONE atomic batch — actuals, closed months, the log row and the record ----
  const toSerial = serialIn(timeZone, svc.Utilities.formatDate);
  const requests: ApiRequest[] = [
    {
      updateCells: {
        range: gridRange(tab.sheetId, block.rect),
        rows: rowData(block.values, toSerial),
        fields: 'userEnteredValue',
      },
    },
  ];
  let next: AddonState = { ...op.h.state, journal: null };
  if (history.length) {
    const h = historyTab(state, sheets, tab.id, docLang, history, toSerial);
    requests.push(...h.requests);
    next = {
      ...next,
      history: { sheetId: h.sheetId, rows: h.rows, done: [...doneKeys, ...toArchive.map(keyOf)] },
      tabs: withTab(next, { kind: 'history', sheetId: h.sheetId }),
    };
  }
  summary.durationMs = Date.now() - started;
  const logRow = withOwner(
    runLogRow(summary, result, pulled, docLang),
    sheetName,
    settings.agreementVersion,
  );
  const log = logTab(state, sheets, tab.id, docLang, logRow, toSerial);
  requests.push(...log.requests);
  next = {
    ...next,
    log: { sheetId: log.sheetId, rows: 0 },
    tabs: withTab(next, { kind: 'log', sheetId: log.sheetId }),
    refresh: withRefresh(next, { ...record, last: summary }),
  };
  op.commit(next, requests);
  return summary;
}

/** What one structure read asks: the zone and locale, and every tab's id, title and size. */
const STRUCTURE_FIELDS =
  'properties(locale,timeZone),sheets.properties(sheetId,title,gridProperties(rowCount,columnCount))';

/** The history rows: after the rows the record holds, or in a new tab with its header. */
function historyTab(
  state: AddonState,
  sheets: SheetFacts[],
  slaId: string,
  docLang: string,
  lines: Cell[][],
  toSerial: ToSerial,
): SideTab {
  const known = knownTab(state.history, sheets);
  if (known && state.history)
    return writeAt(known, state.history.rows, { lines, format: historyTabFormat(), toSerial });
  const name = t('refresh.history.tab', undefined, docLang);
  return createTab(freeSheetId(`${slaId}|history`, sheets), freeTitle(name, sheets), {
    header: [...historyHeader(docLang), ...ownerHeader(docLang)],
    lines,
    format: historyTabFormat(),
    toSerial,
  });
}

/** The log row: appended to the log the record names, or to a new log tab under its header. */
function logTab(
  state: AddonState,
  sheets: SheetFacts[],
  slaId: string,
  docLang: string,
  row: Cell[],
  toSerial: ToSerial,
): SideTab {
  const known = knownTab(state.log, sheets);
  if (known)
    return { sheetId: known.sheetId, rows: 0, requests: [appendRow(known.sheetId, row, toSerial)] };
  const name = t('refresh.log.tab', undefined, docLang);
  return createTab(freeSheetId(`${slaId}|log`, sheets), freeTitle(name, sheets), {
    header: inLanguage(docLang, logHeader),
    lines: [row],
    format: logTabFormat(),
    toSerial,
  });
}

/** One refresh as the log shows it. */
function runLogRow(
  summary: RefreshSummary,
  result: ActualsResult,
  pulled: HubSpotPullResult | null,
  docLang: string,
): Cell[] {
  const cellsLeftOut =
    Object.values(result.skippedByReason).reduce((a, b) => a + b, 0) - result.rowsSkipped;
  const trigger = summary.trigger ?? 'sidebar';
  return [
    new Date(summary.refreshedAt),
    summary.by || t('refresh.log.unknownUser', undefined, docLang),
    pulled
      ? t('hubspot.log.source', { portal: pulled.account, requests: pulled.requests }, docLang)
      : summary.sourceTab,
    result.rowsRead,
    result.rowsCounted,
    result.rowsSkipped,
    Math.max(0, cellsLeftOut),
    result.rowsOutsidePeriod,
    Math.round(summary.durationMs) / 1000,
    t(
      `refresh.log.by${trigger[0].toUpperCase()}${trigger.slice(1)}` as MessageKey,
      undefined,
      docLang,
    ),
  ];
}

/**
 * A scheduled run that failed leaves a trace where the team looks (add-on
 * triggers send no failure e-mails): a row in SLA Log with the reason, and the
 * failure in the record, shown by the sidebar until a refresh succeeds.
 */
export function recordFailure(run: RefreshRun, message: string): void {
  runOperation(run.svc, run.ss, 'refresh-failure', run.lang, run.user, (op) => {
    const state = op.h.state;
    const tab = slaTab(state, state.current);
    const now = new Date();
    // The log is one document with the SLA: in the SLA's language, like a refresh's rows.
    const docLang = tab ? slaLang(tab.settings) : run.lang;
    const structure = op.api.get(STRUCTURE_FIELDS);
    const timeZone = structure.properties?.timeZone ?? op.ss.getSpreadsheetTimeZone();
    const who = run.user || t('refresh.log.unknownUser', undefined, docLang);
    const row: Cell[] = [now, who, '', '', '', '', '', '', ''];
    const failed = [...row, t('refresh.log.failed', { error: message }, docLang)];
    const owned = tab
      ? withOwner(failed, tab.settings.sheetName ?? '', tab.settings.agreementVersion)
      : failed;
    const toSerial = serialIn(timeZone, op.svc.Utilities.formatDate);
    const log = logTab(state, sheetFacts(structure), tab?.id ?? '', docLang, owned, toSerial);
    let next: AddonState = {
      ...state,
      log: { sheetId: log.sheetId, rows: 0 },
      tabs: withTab(state, { kind: 'log', sheetId: log.sheetId }),
    };
    if (tab)
      next = {
        ...next,
        refresh: withRefresh(next, {
          ...refreshRecord(state, tab.id),
          failure: { at: now.toISOString(), message },
        }),
      };
    op.commit(next, log.requests);
  });
}

/** The log's header, with the SLA and version each run belongs to. */
function logHeader(): Cell[] {
  return [...logColumns(), ...ownerHeader()];
}

function logColumns(): Cell[] {
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

/** Sidebar/API entry: `{sourceTab, mapping?}` or `{source: 'hubspot', mapping?}`. */
export function refreshActuals(options: unknown): RefreshSummary {
  const svc = services();
  const lang = userLang(svc);
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const run = { svc, ss, lang, user: userEmail(svc), trigger: 'sidebar' as const };
  return runRefresh(run, parseOptions(options, lang));
}

/** The skipped-rows and warnings report of the last refresh, for the sidebar ("and N more" last). */
export function getRefreshReport(): RefreshReportItem[] {
  const svc = services();
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const lang = userLang(svc);
  const { state } = loadState(ss, lang);
  const tab = slaTab(state, state.current);
  if (!tab) throw new Error(t('refresh.err.noSla', undefined, lang));
  const rec = refreshRecord(state, tab.id);
  const more: RefreshReportItem[] = rec.reportMore
    ? [
        {
          row: 0,
          reason: 'more',
          kind: 'skipped',
          message: t('refresh.report.more', { count: rec.reportMore }, lang),
        },
      ]
    : [];
  return [...rec.report, ...more];
}

/** Runs with the saved source (tab or HubSpot) and mapping (menu item and schedule). */
export function refreshWithSaved(run: RefreshRun): RefreshSummary {
  const { state } = loadState(run.ss, run.lang);
  const tab = slaTab(state, state.current);
  if (!tab) throw new Error(t('refresh.err.noSla', undefined, run.lang));
  const config = refreshRecord(state, tab.id);
  // The last refresh's source: a HubSpot refresh counts live again (the token is the runner's).
  if (config.source === 'hubspot') return runRefresh(run, { source: 'hubspot' });
  if (!config.sourceTab) throw new Error(t('refresh.err.noSavedSource', undefined, run.lang));
  return runRefresh(run, { sourceTab: config.sourceTab });
}
