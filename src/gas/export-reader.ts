/**
 * Reading a CRM export tab for the refresh without holding it in memory: the
 * header row with the first EXPORT_CHUNK_ROWS rows (one read of every column,
 * as before chunking: an export of up to 10,000 rows costs the same two calls
 * as getDataRange().getValues(), which keeps the refresh within its call
 * budget now that the record adds its own calls), then only the columns the
 * aggregation reads, EXPORT_CHUNK_ROWS rows at a time, each chunk aggregated
 * and dropped before the next is read.
 *
 * Why 10,000 rows: a chunk of ~10 mapped columns is ~100,000 cells, a few MB
 * of heap (a cell costs ~30–40 bytes once read), a small fraction of what an
 * Apps Script execution may hold, while 500,000 rows still take only 50 reads
 * per run of columns. The first chunk holds every column (16 in a HubSpot
 * export): still bounded by the chunk, not by the export.
 *
 * An export of more than one chunk first has its record-id column read alone,
 * ID_CHUNK_ROWS rows at a time (25,000 one-cell rows hold about as much heap
 * as the first chunk: a row array costs more than its cells), so the
 * aggregation remembers only the ids that may repeat (core/actuals/id-prepass.ts)
 * instead of every id: what the refresh holds between chunks then stays the
 * same from the second chunk to the last. It costs ⌈(rows − 10,000) / 25,000⌉ reads.
 */
import {
  type ActualsMapping,
  type ActualsResult,
  type AggregateContext,
  type Aggregator,
  type ColumnBlock,
  createAggregator,
  createIdPrepass,
  filterWordBits,
  type IdPrepass,
} from '../core/actuals';
import type { GCellValue, GSheet } from './surface';

export const EXPORT_CHUNK_ROWS = 10_000;
/** Rows per read of the id column alone, before the aggregation of a multi-chunk export. */
export const ID_CHUNK_ROWS = 25_000;
/** Columns this close are read in one range: a service call costs more than a few cells. */
export const MERGE_GAP = 2;

export interface ExportTab {
  sheet: GSheet;
  /** Row 1 as read ([] for an empty tab). */
  header: GCellValue[];
  /** Last row with content in any column. */
  lastRow: number;
  /** Rows 1…min(lastRow, chunkRows + 1), every column; aggregateExport drops them after use. */
  head: GCellValue[][] | null;
  chunkRows: number;
  /** Rows per read of the id column in the prepass. */
  idChunkRows: number;
}

/** The size of the tab, its header and first chunk: two calls. */
export function openExport(
  sheet: GSheet,
  chunkRows = EXPORT_CHUNK_ROWS,
  idChunkRows = ID_CHUNK_ROWS,
): ExportTab {
  const lastRow = sheet.getLastRow();
  // -1 columns: up to the last column with content (Sheet.getSheetValues).
  const head = lastRow >= 1 ? sheet.getSheetValues(1, 1, Math.min(lastRow, chunkRows + 1), -1) : [];
  return { sheet, header: head[0] ?? [], lastRow, head, chunkRows, idChunkRows };
}

/** Ascending 0-based columns → runs read as one range each (neighbours, and gaps ≤ MERGE_GAP). */
export function columnRuns(columns: readonly number[]): { col: number; width: number }[] {
  const runs: { col: number; width: number }[] = [];
  for (const col of columns) {
    const last = runs[runs.length - 1];
    if (last && col - (last.col + last.width) <= MERGE_GAP) last.width = col - last.col + 1;
    else runs.push({ col, width: 1 });
  }
  return runs;
}

/**
 * The refresh's aggregation over the tab's data rows (2…lastRow): the first
 * chunk as openExport read it, then (⌈(lastRow − 1) / chunkRows⌉ − 1) × runs
 * ranges. Same result as aggregating the whole tab read at once.
 */
export function aggregateExport(
  tab: ExportTab,
  mapping: ActualsMapping,
  ctx: AggregateContext,
): ActualsResult {
  const { chunkRows } = tab;
  const aggregator = createAggregator(tab.header, mapping, ctx);
  if (aggregator.idColumn >= 0) prepassIds(aggregator, tab);
  const firstRow = addHead(aggregator, tab);
  const runs = columnRuns(aggregator.columns);
  for (let first = firstRow; first <= tab.lastRow; first += chunkRows)
    addChunk(aggregator, tab, runs, first, Math.min(chunkRows, tab.lastRow - first + 1));
  return aggregator.result();
}

/**
 * Reads and aggregates one chunk. Its own function: a chunk read in the loop's
 * frame stayed referenced (by an interpreter register) while the next one was
 * read, which held two chunks at a time (measured: +2 MB at 10,000 rows).
 */
function addChunk(
  aggregator: Aggregator,
  tab: ExportTab,
  runs: readonly { col: number; width: number }[],
  first: number,
  rows: number,
): void {
  const blocks: ColumnBlock[] = runs.map((run) => ({
    col: run.col,
    rows: tab.sheet.getSheetValues(first, run.col + 1, rows, run.width),
  }));
  aggregator.add(blocks, 0, rows);
}

/**
 * More than one chunk: the ids that may repeat, from the first chunk as read and the id
 * column of the later rows. Its own function, like addHead: a temporary of the caller's
 * frame that held the first chunk would keep it alive through every later chunk.
 */
function prepassIds(aggregator: Aggregator, tab: ExportTab): void {
  const head = tab.head ?? [];
  if (tab.lastRow <= head.length) return;
  const col = aggregator.idColumn;
  const pass = createIdPrepass(filterWordBits(tab.lastRow - 1));
  for (let r = 1; r < head.length; r++) pass.see(head[r][col]);
  for (let first = head.length + 1; first <= tab.lastRow; first += tab.idChunkRows)
    seeIds(pass, tab, col, first, Math.min(tab.idChunkRows, tab.lastRow - first + 1));
  aggregator.useRecordIds(pass.done());
}

/** One read of the id column, in a function of its own for the same reason as addChunk. */
function seeIds(pass: IdPrepass, tab: ExportTab, col: number, first: number, rows: number): void {
  for (const row of tab.sheet.getSheetValues(first, col + 1, rows, 1)) pass.see(row[0]);
}

/**
 * Aggregates the first chunk (read with the header) and drops it; the next row to read.
 * Its own function, so no local variable keeps the chunk alive while later chunks are read.
 */
function addHead(aggregator: Aggregator, tab: ExportTab): number {
  const head = tab.head ?? [];
  aggregator.add([{ col: 0, rows: head }], 1, Math.max(1, head.length));
  tab.head = null; // the first chunk is dropped like every other
  return head.length + 1;
}
