/**
 * The add-on's append-only tabs (SLA Log, SLA History): created with a frozen
 * header on first use, found again by sheet id. History rows go to the
 * position the state records, so a retry writes over its own earlier attempt
 * instead of adding the months twice.
 */
import { inert } from '../gas/commit';
import type { GSheet } from '../gas/surface';
import { type Cell, isFormula } from '../sheet/plan';
import { type TabFormat, TEXT_COLUMN_FORMAT } from '../sla/side-tabs';
import type { Operation } from './operation';
import type { AppendTab } from './state';

export interface OwnTab {
  sheet: GSheet;
  sheetId: number;
  /** Inserted by this operation (or by its cut-off attempt): Sheets showed it. */
  created: boolean;
}

export const writable = (c: Cell): unknown =>
  c === null ? '' : isFormula(c) ? c.f : typeof c === 'string' ? inert(c) : c;

/** A known tab and its size, read before the operation's first write (a read after a write flushes). */
export interface KnownTab {
  sheet: GSheet | null;
  maxRows: number;
}

export function readTab(op: Operation, known: AppendTab | null): KnownTab | null {
  const sheet = known ? op.ss.getSheetById(known.sheetId) : null;
  return sheet ? { sheet, maxRows: sheet.getMaxRows() } : null;
}

/** Sheets' size for a new tab. */
const NEW_TAB_ROWS = 1000;

/**
 * Writes `lines` after the `known.rows` the state says the tab holds. A tab
 * the state does not know yet is taken by name when `adopt` (a cut-off
 * attempt inserted it before the state could record it), else inserted;
 * either way it gets its frozen header in the same write as the lines, from
 * row 1, so a retry never leaves it without a header or with rows twice, and
 * its `format` (set again on a retry: the same formats land again).
 */
export function writeOwnTab(
  op: Operation,
  name: string,
  known: AppendTab | null,
  adopt: boolean,
  header: Cell[],
  lines: Cell[][],
  read?: KnownTab | null,
  format?: TabFormat,
): OwnTab & { rows: number } {
  const found = read ? read.sheet : known ? op.ss.getSheetById(known.sheetId) : null;
  if (found && known) {
    const rows = lines.length
      ? writeAt(found, known.rows, lines, read?.maxRows ?? found.getMaxRows())
      : known.rows;
    return { sheet: found, sheetId: known.sheetId, created: false, rows };
  }
  const sheet = (adopt ? op.ss.getSheetByName(name) : null) ?? op.ss.insertSheet(name);
  sheet.setFrozenRows(1);
  const rows = writeAt(sheet, 0, [header, ...lines], NEW_TAB_ROWS);
  if (format) formatTab(sheet, header.length, Math.max(rows, NEW_TAB_ROWS), format);
  return { sheet, sheetId: sheet.getSheetId(), created: true, rows };
}

function writeAt(sheet: GSheet, start: number, lines: Cell[][], maxRows: number): number {
  const width = Math.max(...lines.map((r) => r.length));
  const padded = lines.map((r) => [...r.map(writable), ...Array(width - r.length).fill('')]);
  if (start + padded.length > maxRows)
    sheet.insertRowsAfter(maxRows, start + padded.length - maxRows);
  sheet.getRange(start + 1, 1, padded.length, width).setValues(padded);
  return start + padded.length;
}

/**
 * A new side tab reads like the SLA tab. Set once, at creation, batched: one
 * call per header property, one for the number formats of every row the new
 * tab has below its header (1,000: years of monthly history and log rows),
 * one per run of equal column widths. No read: a read after a write flushes.
 */
function formatTab(sheet: GSheet, width: number, maxRows: number, format: TabFormat): void {
  const header = sheet.getRange(1, 1, 1, width);
  if (format.header.bold) header.setFontWeight('bold');
  if (format.header.background) header.setBackground(format.header.background);
  if (format.header.wrap) header.setWrap(true);
  const row = format.columns.map((c) => c.numberFormat ?? TEXT_COLUMN_FORMAT);
  const rows = maxRows - 1;
  sheet.getRange(2, 1, rows, row.length).setNumberFormats(Array.from({ length: rows }, () => row));
  for (let i = 0; i < format.columns.length; ) {
    let n = 1;
    while (format.columns[i + n]?.width === format.columns[i].width) n++;
    sheet.setColumnWidths(i + 1, n, format.columns[i].width);
    i += n;
  }
}
