/**
 * Reading a CRM export tab for the refresh without holding it in memory: the
 * header row, then only the columns the aggregation reads, EXPORT_CHUNK_ROWS
 * rows at a time, each chunk aggregated and dropped before the next is read.
 *
 * Why 10,000 rows: a chunk of ~10 mapped columns is ~100,000 cells, a few MB
 * of heap (a cell costs ~30–40 bytes once read), a small fraction of what an
 * Apps Script execution may hold, while 500,000 rows still take only 50 reads
 * per run of columns. An export of up to 10,000 rows is one read per run, as
 * before chunking.
 */
import {
  type ActualsMapping,
  type ActualsResult,
  type AggregateContext,
  type ColumnBlock,
  createAggregator,
} from '../core/actuals';
import type { GCellValue, GSheet } from './surface';

export const EXPORT_CHUNK_ROWS = 10_000;
/** Columns this close are read in one range: a service call costs more than a few cells. */
export const MERGE_GAP = 2;

export interface ExportTab {
  sheet: GSheet;
  /** Row 1 as read ([] for an empty tab). */
  header: GCellValue[];
  /** Last row with content in any column. */
  lastRow: number;
}

/** The header and the size of the tab: two calls. */
export function openExport(sheet: GSheet): ExportTab {
  const lastRow = sheet.getLastRow();
  // -1 columns: up to the last column with content (Sheet.getSheetValues).
  const header = lastRow >= 1 ? sheet.getSheetValues(1, 1, 1, -1)[0] : [];
  return { sheet, header, lastRow };
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
 * The refresh's aggregation over the tab's data rows (2…lastRow), reading
 * ⌈(lastRow − 1) / chunkRows⌉ × runs ranges. Same result as aggregating the
 * whole tab read at once.
 */
export function aggregateExport(
  tab: ExportTab,
  mapping: ActualsMapping,
  ctx: AggregateContext,
  chunkRows = EXPORT_CHUNK_ROWS,
): ActualsResult {
  const aggregator = createAggregator(tab.header, mapping, ctx);
  const runs = columnRuns(aggregator.columns);
  for (let first = 2; first <= tab.lastRow; first += chunkRows) {
    const rows = Math.min(chunkRows, tab.lastRow - first + 1);
    const blocks: ColumnBlock[] = runs.map((run) => ({
      col: run.col,
      rows: tab.sheet.getSheetValues(first, run.col + 1, rows, run.width),
    }));
    aggregator.add(blocks, 0, rows);
  }
  return aggregator.result();
}
