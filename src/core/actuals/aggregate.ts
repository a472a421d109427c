/**
 * Monthly actuals from a CRM export: one pass over the rows, producing
 * everything the SLA tab shows — over the whole tab at once
 * (`aggregateActuals`) or chunk by chunk over only the columns it reads
 * (`createAggregator`; same result). Pure: no Apps Script, no clock (pass
 * `nowMs`), no Intl per row.
 *
 * Choices worth knowing (tested in test/actuals):
 * - A record counts for a stage in the month its date for that stage falls in
 *   (spreadsheet zone). Dates outside the period are ignored and tallied.
 * - An unreadable cell skips only that cell; a blank row (blank in every
 *   mapped column) or a repeated record id skips the row (the first row with
 *   an id wins; ids compare as text, so 123 and "123" are the same id).
 * - Revenue: amount of records whose won stage (the customer-like stage, else
 *   the last SLA stage) falls in the month; with a won flag mapped, only won
 *   rows count for that stage at all.
 * - By source: records entering the MQL-like stage (what marketing commits to
 *   deliver, per channel), else the first mapped stage; `bySource.stage` says
 *   which. Blank sources are grouped under '' (the edge labels it).
 * - Leads handed to sales: records whose hand-over time falls in the month;
 *   without a hand-over column, records entering the SQL-like stage.
 * - Speed to lead, by hand-over month: median hours to the first touch among
 *   touched leads (exact up to 1,024 a month, within 0.5% beyond: median.ts),
 *   and the share touched within `followUpHours` among all handed-over leads
 *   (never touched = missed; with `nowMs`, untouched leads still inside their
 *   window are left out). Unreadable touch cells and
 *   touches before the hand-over are left out of both.
 */
import { hasOwn } from '../own';
import { cellText, isBlankCell, isWonCell, parseAmountCell } from './cells';
import { parseDateCell } from './dates';
import { type RecordIds, recordIdKey } from './id-prepass';
import { createIdSet } from './id-set';
import { createMedian, type MedianOf } from './median';
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

/**
 * Rows of some columns of the tab: `rows[i][j]` is the cell in column
 * `col + j` (0-based). A chunked reader passes one block per run of columns
 * it read; the whole tab is one block at column 0.
 */
export interface ColumnBlock {
  col: number;
  rows: readonly (readonly unknown[])[];
}

/**
 * The aggregation, fed in chunks: `columns` says which tab columns it reads
 * (0-based, ascending); `add` aggregates the next rows and drops them; `result`
 * ends. Only the state the result needs is kept between chunks (counts per
 * month, the record ids seen for deduplication, each month's median of hours
 * to first touch), never the rows. Both are bounded for exports of more than a
 * chunk: see id-prepass.ts and median.ts.
 */
export interface Aggregator {
  readonly columns: readonly number[];
  /**
   * The next data rows, in sheet order: rows [from, to) of every block (the
   * same rows in each). A row is blank when every column read is blank.
   */
  add(blocks: readonly ColumnBlock[], from: number, to: number): void;
  result(): ActualsResult;
  /** The mapped record-id column (0-based), -1 when none: what an id prepass reads. */
  readonly idColumn: number;
  /** De-duplicate with `ids` (from createIdPrepass) instead of remembering every id; before the first add. */
  useRecordIds(ids: RecordIds): void;
}

/** The whole export at once: header row first, as one getValues returns it. */
export function aggregateActuals(
  rows: readonly (readonly unknown[])[],
  mapping: ActualsMapping,
  ctx: AggregateContext,
): ActualsResult {
  const aggregator = createAggregator(rows[0] ?? [], mapping, ctx);
  aggregator.add([{ col: 0, rows }], 1, Math.max(1, rows.length));
  return aggregator.result();
}

export function createAggregator(
  header: readonly unknown[],
  mapping: ActualsMapping,
  ctx: AggregateContext,
): Aggregator {
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
  const find = columnFinder(header);
  const claimed = new Map<number, string>();
  const resolve = (name: string | null | undefined, target: string): number => {
    if (name === null || name === undefined || name === '') return -1;
    const col = find(name);
    if (col < 0) {
      warn(0, 'mappedColumnMissing', name);
      return -1;
    }
    if (claimed.has(col)) warn(0, 'columnMappedTwice', name, `${claimed.get(col)}, ${target}`);
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
  resolve(mapping.owner, 'owner'); // checked, never read
  const handCol = resolve(mapping.handoverTime, 'handoverTime');
  const touchCol = resolve(mapping.firstTouchTime, 'firstTouchTime');
  const wonCol = resolve(mapping.won, 'won');

  // The columns read, and each one's slot in the per-row cell buffer.
  const columns = [
    ...new Set([
      ...stageCols.map((c) => c.col),
      idCol,
      amountCol,
      sourceCol,
      handCol,
      touchCol,
      wonCol,
    ]),
  ]
    .filter((c) => c >= 0)
    .sort((a, b) => a - b);
  const slotOf = (col: number): number => (col < 0 ? -1 : columns.indexOf(col));
  const stageSlots = stageCols.map((c) => slotOf(c.col));
  const idSlot = slotOf(idCol);
  const amountSlot = slotOf(amountCol);
  const sourceSlot = slotOf(sourceCol);
  const handSlot = slotOf(handCol);
  const touchSlot = slotOf(touchCol);
  const wonSlot = slotOf(wonCol);
  const cells = new Array<unknown>(columns.length);

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
  const touchHours: MedianOf[] = months.map(() => createMedian());
  const withinWindow = new Array<number>(nMonths).fill(0);
  const handedForShare = new Array<number>(nMonths).fill(0);
  const windowMs = ctx.followUpHours * HOUR;
  let seenIds: RecordIds = createIdSet();
  const stageMonth = new Array<number>(stages.length).fill(-1);

  let rowsRead = 0;
  let rowsCounted = 0;
  let rowsSkipped = 0;
  let rowsOutsidePeriod = 0;
  let datesOutsidePeriod = 0;
  let rowsNotWon = 0;

  /** One data row, its read cells in `cells`. */
  const addRow = (sheetRow: number): void => {
    let blank = true;
    for (let i = 0; i < cells.length; i++) {
      if (!isBlankCell(cells[i])) {
        blank = false;
        break;
      }
    }
    if (blank) {
      rowsSkipped++;
      skip(sheetRow, 'blankRow');
      return;
    }
    if (idSlot >= 0 && !isBlankCell(cells[idSlot])) {
      const key = recordIdKey(cells[idSlot]);
      if (!seenIds.add(key)) {
        rowsSkipped++;
        skip(
          sheetRow,
          'duplicateRecordId',
          mapping.recordId as string,
          cellText(cells[idSlot]).trim(),
        );
        return;
      }
    }

    const won = wonSlot < 0 || isWonCell(cells[wonSlot]);
    let counted = false;
    let readable = false;
    let latest = Number.NEGATIVE_INFINITY;
    let orderWarned = false;
    stageMonth.fill(-1);
    for (let i = 0; i < stageCols.length; i++) {
      const { stage, header } = stageCols[i];
      const v = cells[stageSlots[i]];
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

    if (amountSlot >= 0) {
      const amount = parseAmountCell(cells[amountSlot]);
      if (amount !== null && Number.isNaN(amount))
        skip(sheetRow, 'invalidAmount', mapping.amount as string, cells[amountSlot]);
      else if (amount !== null && revenueOn && stageMonth[wonStage] >= 0)
        revenue[stageMonth[wonStage]] += amount;
    }

    if (bySourceOn && stageMonth[sourceStage] >= 0) {
      const label = cellText(cells[sourceSlot]).trim();
      let perMonth = bySource.get(label);
      if (!perMonth) {
        perMonth = new Array<number>(nMonths).fill(0);
        bySource.set(label, perMonth);
      }
      perMonth[stageMonth[sourceStage]]++;
    }

    if (handSlot >= 0) {
      const hv = cells[handSlot];
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
      if (touchSlot >= 0) {
        const tv = cells[touchSlot];
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
            touchHours[m].add(hours);
            handedForShare[m]++;
            if (hours <= ctx.followUpHours) withinWindow[m]++;
          }
        }
      }
    }

    if (counted) rowsCounted++;
    else if (readable) rowsOutsidePeriod++;
  };

  const add = (blocks: readonly ColumnBlock[], from: number, to: number): void => {
    // Per chunk, not per row: which block and offset holds each column read.
    const blockOf: (readonly (readonly unknown[])[])[] = [];
    const offsetOf: number[] = [];
    for (const col of columns) {
      let best = -1;
      for (let b = 0; b < blocks.length; b++)
        if (blocks[b].col <= col && (best < 0 || blocks[b].col > blocks[best].col)) best = b;
      blockOf.push(best < 0 ? [] : blocks[best].rows);
      offsetOf.push(best < 0 ? 0 : col - blocks[best].col);
    }
    for (let r = from; r < to; r++) {
      for (let i = 0; i < cells.length; i++) {
        const row = blockOf[i][r];
        cells[i] = row === undefined ? undefined : row[offsetOf[i]];
      }
      rowsRead++;
      addRow(headerRow + rowsRead);
    }
  };

  const result = (): ActualsResult => {
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
            touchHours[m].median(),
            handedForShare[m] ? withinWindow[m] / handedForShare[m] : null,
          ])
        : null,
      leadsHandedToSales,
      leadsHandedToSalesBasis: basis,
      rowsRead,
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
  };

  const useRecordIds = (ids: RecordIds): void => {
    if (rowsRead > 0) throw new Error('useRecordIds: rows were already added');
    seenIds = ids;
  };

  return { columns, add, result, idColumn: idCol, useRecordIds };
}
