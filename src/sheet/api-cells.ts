/**
 * Plan cells as the Sheets API writes them. Pure. Text goes as `stringValue`,
 * which the API stores as text without parsing it (no quote prefix needed:
 * CRM values and user text stay inert); formulas as `formulaValue`; a blank
 * as a cell without a value, which clears it under a `userEnteredValue` mask.
 */
import type { ApiCellData, ApiGridRange, ApiRowData } from '../gas/sheets-api';
import type { Rect } from './a1';
import { type Cell, isFormula } from './plan';

/** A date as the spreadsheet's serial number, in the spreadsheet's time zone. */
export type ToSerial = (d: Date) => number;

export function cellData(cell: Cell, toSerial: ToSerial): ApiCellData {
  // '' is a blank, as setValues writes it: no value at all, not an empty text.
  if (cell === null || cell === '') return {};
  if (isFormula(cell)) return { userEnteredValue: { formulaValue: cell.f } };
  if (cell instanceof Date) return { userEnteredValue: { numberValue: toSerial(cell) } };
  if (typeof cell === 'number') return { userEnteredValue: { numberValue: cell } };
  if (typeof cell === 'boolean') return { userEnteredValue: { boolValue: cell } };
  return { userEnteredValue: { stringValue: cell } };
}

/** Rows padded to `width` cells (a shorter row would leave old cells standing). */
export function rowData(rows: Cell[][], toSerial: ToSerial, width?: number): ApiRowData[] {
  const w = width ?? Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => ({
    values: Array.from({ length: w }, (_, c) => cellData(c < r.length ? r[c] : null, toSerial)),
  }));
}

/** A 1-based rectangle as the API's 0-based, end-exclusive range. */
export function gridRange(sheetId: number, r: Rect): ApiGridRange {
  return {
    sheetId,
    startRowIndex: r.row - 1,
    endRowIndex: r.row - 1 + r.rows,
    startColumnIndex: r.col - 1,
    endColumnIndex: r.col - 1 + r.cols,
  };
}

const DAY_MS = 86_400_000;
/** Days from the spreadsheet epoch (1899-12-30) to 1970-01-01. */
const EPOCH_DAYS = 25_569;

/**
 * Serial numbers count local days: the wall-clock time in `timeZone`, as
 * `format` (Utilities.formatDate) prints it, read back as if it were UTC.
 */
export function serialIn(
  timeZone: string,
  format: (d: Date, tz: string, pattern: string) => string,
): ToSerial {
  return (d) => {
    const local = format(d, timeZone, "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    return Date.parse(local) / DAY_MS + EPOCH_DAYS;
  };
}
