/**
 * Monthly actuals from a CRM export: one pass over the rows the edge read with
 * one getValues call, producing everything the SLA tab shows. Pure: no Apps
 * Script, no clock (pass `nowMs`), no Intl per row.
 *
 * Choices worth knowing (tested in test/actuals):
 * - A record counts for a stage in the month its date for that stage falls in
 *   (spreadsheet zone). Dates outside the period are ignored and tallied.
 * - An unreadable cell skips only that cell; a blank row or a repeated record
 *   id skips the row (the first row with an id wins).
 * - Revenue: amount of records whose won stage (the customer-like stage, else
 *   the last SLA stage) falls in the month; with a won flag mapped, only won
 *   rows count for that stage at all.
 * - By source: records entering the MQL-like stage (what marketing commits to
 *   deliver, per channel), else the first mapped stage; `bySource.stage` says
 *   which. Blank sources are grouped under '' (the edge labels it).
 * - Leads handed to sales: records whose hand-over time falls in the month;
 *   without a hand-over column, records entering the SQL-like stage.
 * - Speed to lead, by hand-over month: median hours to the first touch among
 *   touched leads, and the share touched within `followUpHours` among all
 *   handed-over leads (never touched = missed; with `nowMs`, untouched leads
 *   still inside their window are left out). Unreadable touch cells and
 *   touches before the hand-over are left out of both.
 */
import { hasOwn } from '../own';
import { cellText, isBlankCell, isWonCell, parseAmountCell } from './cells';
import { parseDateCell } from './dates';
import { monthIndexer } from './period';
import { findStage } from './stage-concepts';
import type { ActualsMapping, SkippedItem, SkipReason, WarningItem, WarningReason } from './types';
import { SKIP_REASONS, WARNING_REASONS } from './types';
import { assertTimeZone } from './zone';

const HOUR = 3_600_000;
const DAY = 86_400_000;

export interface AggregateContext {
  /** SLA stage names, in funnel order. */
  stages: readonly string[];
  /** The SLA period's months, 'YYYY-MM'. */
  months: readonly string[];
  /** The spreadsheet's IANA time zone. */
  timeZone: string;
  /** Read `3/5/2026` day first (see dayFirstForLocale). */
  dayFirst: boolean;
  /** The SLA's follow-up window in hours. */
  followUpHours: number;
  /** Sheet row number of the header row (default 1), for row numbers in reports. */
  headerRow?: number;
  /** "Now" for speed to lead: untouched leads whose window is still open are not yet missed. */
  nowMs?: number;
  /** At most this many skipped items and as many warnings are listed (default 1,000); totals stay exact. */
  maxReported?: number;
}

export interface SourceActuals {
  /** The stage counted per source. */
  stage: string;
  /** Source values as in the export ('' = blank), by total in the period, descending. */
  sources: string[];
  /** months × sources. */
  counts: number[][];
}

export type HandedToSalesBasis =
  | { kind: 'handoverTime'; column: string }
  | { kind: 'stage'; stage: string };

export interface ActualsResult {
  /** months × stages; a stage without a mapped column is null in every month (keep the user's values). */
  counts: (number | null)[][];
  /** Per month; null when no amount column or no won stage is mapped. */
  revenue: number[] | null;
  /** The stage whose month carries revenue (null when revenue is null). */
  revenueStage: string | null;
  /** null without a source column or any mapped stage. */
  bySource: SourceActuals | null;
  /** months × [median hours, share within followUpHours]; null without hand-over and first-touch columns. */
  speedToLead: (number | null)[][] | null;
  /** Per month; null when neither a hand-over column nor an SQL-like stage is mapped. */
  leadsHandedToSales: number[] | null;
  leadsHandedToSalesBasis: HandedToSalesBasis | null;
  /** Data rows below the header, blank ones included. */
  rowsRead: number;
  /** Rows with at least one stage date or hand-over time inside the period. */
  rowsCounted: number;
  /** Rows skipped whole: blank rows and repeated record ids. */
  rowsSkipped: number;
  /** Rows with readable dates, all outside the period. */
  rowsOutsidePeriod: number;
  /** Readable stage dates that fell outside the period. */
  datesOutsidePeriod: number;
  /** Lost rows (won flag false) whose won-stage date was therefore not counted. */
  rowsNotWon: number;
  skipped: SkippedItem[];
  warnings: WarningItem[];
  skippedByReason: Record<SkipReason, number>;
  warningsByReason: Record<WarningReason, number>;
}

/** Header → column index: exact text first, then case/space-insensitive. */
function columnFinder(header: readonly unknown[]): (name: string) => number {
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  header.forEach((h, i) => {
    const text = cellText(h);
    if (!exact.has(text)) exact.set(text, i);
    const key = looseKey(text);
    if (!loose.has(key)) loose.set(key, i);
  });
  return (name) => exact.get(name) ?? loose.get(looseKey(name)) ?? -1;
}

function looseKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = 0;
  return out;
}

interface StageColumn {
  stage: number;
  col: number;
  header: string;
}

/**
 * Which stage carries revenue (the customer-like stage, else the last), which
 * one is split by source (MQL-like if mapped, else the first mapped) and the
 * SQL-like stage: one rule for every source (export tab or live CRM).
 */
export function actualsRoles(
  stages: readonly string[],
  mappedStages: readonly number[],
): { wonStage: number; sourceStage: number; sql: number } {
  const customer = findStage(stages, 'customer');
  const mql = findStage(stages, 'mql');
  return {
    wonStage: customer >= 0 ? customer : stages.length - 1,
    sourceStage: mappedStages.includes(mql)
      ? mql
      : mappedStages.length
        ? Math.min(...mappedStages)
        : -1,
    sql: findStage(stages, 'sql'),
  };
}

/** Per-source monthly counts → sources by total in the period, descending, then by name. */
export function sourceActualsFrom(
  bySource: ReadonlyMap<string, number[]>,
  stage: string,
  nMonths: number,
): SourceActuals {
  const totals = new Map<string, number>();
  for (const [label, perMonth] of bySource)
    totals.set(
      label,
      perMonth.reduce((a, b) => a + b, 0),
    );
  const sources = Array.from(bySource.keys()).sort(
    (a, b) => (totals.get(b) as number) - (totals.get(a) as number) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return {
    stage,
    sources,
    counts: Array.from({ length: nMonths }, (_, m) =>
      sources.map((label) => (bySource.get(label) as number[])[m]),
    ),
  };
}

export function aggregateActuals(
  rows: readonly (readonly unknown[])[],
  mapping: ActualsMapping,
  ctx: AggregateContext,
): ActualsResult {
  assertTimeZone(ctx.timeZone);
  const { stages, months } = ctx;
  const nMonths = months.length;
  const headerRow = ctx.headerRow ?? 1;
  const maxReported = ctx.maxReported ?? 1000;
  const dateCtx = { timeZone: ctx.timeZone, dayFirst: ctx.dayFirst };
  const monthOf = monthIndexer(months, ctx.timeZone);

  const skipped: SkippedItem[] = [];
  const warnings: WarningItem[] = [];
  const skippedByReason = zeroCounts(SKIP_REASONS);
  const warningsByReason = zeroCounts(WARNING_REASONS);
  const skip = (row: number, reason: SkipReason, column?: string, value?: unknown): void => {
    skippedByReason[reason]++;
    if (skipped.length < maxReported)
      skipped.push(
        column === undefined ? { row, reason } : { row, column, value: cellText(value), reason },
      );
  };
  const warn = (row: number, reason: WarningReason, column?: string, value?: unknown): void => {
    warningsByReason[reason]++;
    if (warnings.length < maxReported) {
      const item: WarningItem = { row, reason };
      if (column !== undefined) item.column = column;
      if (value !== undefined) item.value = cellText(value);
      warnings.push(item);
    }
  };

  // Resolve the mapping against the header row once.
  const find = columnFinder(rows[0] ?? []);
  const claimed = new Map<number, string>();
  const resolve = (header: string | null | undefined, target: string): number => {
    if (header === null || header === undefined || header === '') return -1;
    const col = find(header);
    if (col < 0) {
      warn(0, 'mappedColumnMissing', header);
      return -1;
    }
    if (claimed.has(col)) warn(0, 'columnMappedTwice', header, `${claimed.get(col)}, ${target}`);
    else claimed.set(col, target);
    return col;
  };
  const stageCols: StageColumn[] = [];
  stages.forEach((stage, s) => {
    // Own keys only: a stage named "constructor" must not find Object's.
    const header = hasOwn(mapping.stages, stage) ? mapping.stages[stage] : null;
    const col = resolve(header, stage);
    if (col >= 0) stageCols.push({ stage: s, col, header: header as string });
  });
  const mapped = (s: number): boolean => s >= 0 && stageCols.some((c) => c.stage === s);
  const idCol = resolve(mapping.recordId, 'recordId');
  const amountCol = resolve(mapping.amount, 'amount');
  const sourceCol = resolve(mapping.source, 'source');
  resolve(mapping.owner, 'owner');
  const handCol = resolve(mapping.handoverTime, 'handoverTime');
  const touchCol = resolve(mapping.firstTouchTime, 'firstTouchTime');
  const wonCol = resolve(mapping.won, 'won');

  const { wonStage, sourceStage, sql } = actualsRoles(
    stages,
    stageCols.map((c) => c.stage),
  );
  const revenueOn = amountCol >= 0 && mapped(wonStage);
  const bySourceOn = sourceCol >= 0 && sourceStage >= 0;
  const speedOn = handCol >= 0 && touchCol >= 0;

  const counts: (number | null)[][] = [];
  for (let m = 0; m < nMonths; m++) counts.push(stages.map((_, s) => (mapped(s) ? 0 : null)));
  const revenue = new Array<number>(nMonths).fill(0);
  const handed = new Array<number>(nMonths).fill(0);
  const bySource = new Map<string, number[]>();
  const touchHours: number[][] = months.map(() => []);
  const withinWindow = new Array<number>(nMonths).fill(0);
  const handedForShare = new Array<number>(nMonths).fill(0);
  const windowMs = ctx.followUpHours * HOUR;
  const seenIds = new Set<string>();
  const stageMonth = new Array<number>(stages.length).fill(-1);

  let rowsCounted = 0;
  let rowsSkipped = 0;
  let rowsOutsidePeriod = 0;
  let datesOutsidePeriod = 0;
  let rowsNotWon = 0;

  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const sheetRow = headerRow + r;
    let blank = true;
    for (let c = 0; c < row.length; c++) {
      if (!isBlankCell(row[c])) {
        blank = false;
        break;
      }
    }
    if (blank) {
      rowsSkipped++;
      skip(sheetRow, 'blankRow');
      continue;
    }
    if (idCol >= 0 && !isBlankCell(row[idCol])) {
      const id = cellText(row[idCol]).trim();
      if (seenIds.has(id)) {
        rowsSkipped++;
        skip(sheetRow, 'duplicateRecordId', mapping.recordId as string, id);
        continue;
      }
      seenIds.add(id);
    }

    const won = wonCol < 0 || isWonCell(row[wonCol]);
    let counted = false;
    let readable = false;
    let latest = Number.NEGATIVE_INFINITY;
    let orderWarned = false;
    stageMonth.fill(-1);
    for (let i = 0; i < stageCols.length; i++) {
      const { stage, col, header } = stageCols[i];
      const v = row[col];
      const ms = parseDateCell(v, dateCtx);
      if (typeof ms === 'string') {
        if (ms !== 'empty')
          skip(sheetRow, ms === 'impossibleDate' ? 'impossibleDate' : 'unparseableDate', header, v);
        continue;
      }
      readable = true;
      // Stage dates should not go backwards along the funnel; CRMs allow it, so
      // warn only — and only beyond a day, so a date-only cell (midnight) after
      // a timed one on the same day is not flagged.
      if (ms < latest - DAY && !orderWarned) {
        orderWarned = true;
        warn(sheetRow, 'stageDatesOutOfOrder', header, v);
      }
      if (ms > latest) latest = ms;
      if (stage === wonStage && !won) {
        rowsNotWon++;
        continue;
      }
      const m = monthOf(ms);
      if (m < 0) {
        datesOutsidePeriod++;
        continue;
      }
      (counts[m] as number[])[stage]++;
      stageMonth[stage] = m;
      counted = true;
    }

    if (amountCol >= 0) {
      const amount = parseAmountCell(row[amountCol]);
      if (amount !== null && Number.isNaN(amount))
        skip(sheetRow, 'invalidAmount', mapping.amount as string, row[amountCol]);
      else if (amount !== null && revenueOn && stageMonth[wonStage] >= 0)
        revenue[stageMonth[wonStage]] += amount;
    }

    if (bySourceOn && stageMonth[sourceStage] >= 0) {
      const label = cellText(row[sourceCol]).trim();
      let perMonth = bySource.get(label);
      if (!perMonth) {
        perMonth = new Array<number>(nMonths).fill(0);
        bySource.set(label, perMonth);
      }
      perMonth[stageMonth[sourceStage]]++;
    }

    if (handCol >= 0) {
      const hv = row[handCol];
      const hand = parseDateCell(hv, dateCtx);
      if (typeof hand === 'string') {
        if (hand !== 'empty')
          skip(
            sheetRow,
            hand === 'impossibleDate' ? 'impossibleDate' : 'unparseableDate',
            mapping.handoverTime as string,
            hv,
          );
      }
      let touch: number | 'none' | 'bad' = 'none';
      if (touchCol >= 0) {
        const tv = row[touchCol];
        const t = parseDateCell(tv, dateCtx);
        if (typeof t === 'number') {
          if (typeof hand === 'number' && t < hand) {
            skip(sheetRow, 'firstTouchBeforeHandover', mapping.firstTouchTime as string, tv);
            touch = 'bad';
          } else touch = t;
        } else if (t !== 'empty') {
          skip(
            sheetRow,
            t === 'impossibleDate' ? 'impossibleDate' : 'unparseableDate',
            mapping.firstTouchTime as string,
            tv,
          );
          touch = 'bad';
        }
      }
      const m = typeof hand === 'number' ? monthOf(hand) : -1;
      if (m >= 0) {
        handed[m]++;
        counted = true;
        if (speedOn && touch !== 'bad') {
          if (touch === 'none') {
            const stillOpen = ctx.nowMs !== undefined && (hand as number) + windowMs > ctx.nowMs;
            if (!stillOpen) handedForShare[m]++;
          } else {
            const hours = (touch - (hand as number)) / HOUR;
            touchHours[m].push(hours);
            handedForShare[m]++;
            if (hours <= ctx.followUpHours) withinWindow[m]++;
          }
        }
      }
    }

    if (counted) rowsCounted++;
    else if (readable) rowsOutsidePeriod++;
  }

  let leadsHandedToSales: number[] | null = null;
  let basis: HandedToSalesBasis | null = null;
  if (handCol >= 0) {
    leadsHandedToSales = handed;
    basis = { kind: 'handoverTime', column: mapping.handoverTime as string };
  } else if (mapped(sql)) {
    leadsHandedToSales = counts.map((row) => row[sql] as number);
    basis = { kind: 'stage', stage: stages[sql] };
  }

  const sourceActuals = bySourceOn
    ? sourceActualsFrom(bySource, stages[sourceStage], nMonths)
    : null;

  return {
    counts,
    revenue: revenueOn ? revenue : null,
    revenueStage: revenueOn ? stages[wonStage] : null,
    bySource: sourceActuals,
    speedToLead: speedOn
      ? months.map((_, m) => [
          touchHours[m].length ? median(touchHours[m]) : null,
          handedForShare[m] ? withinWindow[m] / handedForShare[m] : null,
        ])
      : null,
    leadsHandedToSales,
    leadsHandedToSalesBasis: basis,
    rowsRead: Math.max(0, rows.length - 1),
    rowsCounted,
    rowsSkipped,
    rowsOutsidePeriod,
    datesOutsidePeriod,
    rowsNotWon,
    skipped,
    warnings,
    skippedByReason,
    warningsByReason,
  };
}
