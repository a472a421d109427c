/**
 * The add-on's append-only tabs (SLA Log, SLA History) as requests of the
 * operation's one atomic batch (src/gas/api.ts): a tab is created with its
 * header, frozen row and formats in the same batch as its first rows and
 * the record that names it, so no attempt can leave a tab without a header,
 * a tab the record does not know, or rows without the record saying so.
 * History rows go to the position the record holds; log rows are appended.
 */
import type { SheetFacts } from '../gas/api';
import type { ApiColor, ApiRequest } from '../gas/sheets-api';
import { rowData, type ToSerial } from '../sheet/api-cells';
import type { Cell } from '../sheet/plan';
import { type TabFormat, TEXT_COLUMN_FORMAT } from '../sla/side-tabs';
import type { AppendTab } from './state';

export { freeSheetId, freeTitle } from '../sheet/sheet-ids';

/** Sheets' size for a new tab: years of monthly history and log rows. */
const NEW_TAB_ROWS = 1000;

/** A side tab as this operation writes it: where it is, and the requests that write it. */
export interface SideTab {
  sheetId: number;
  /** Rows written from the top once the batch is applied (history: the next position). */
  rows: number;
  requests: ApiRequest[];
}

/** The tab the record names, if it still exists. */
export function knownTab(known: AppendTab | null, sheets: SheetFacts[]): SheetFacts | null {
  return (known && sheets.find((s) => s.sheetId === known.sheetId)) || null;
}

interface Lines {
  header: Cell[];
  lines: Cell[][];
  format: TabFormat;
  toSerial: ToSerial;
}

/** A new tab with its header, frozen row, formats, widths and first lines. */
export function createTab(sheetId: number, title: string, w: Lines): SideTab {
  const width = Math.max(w.header.length, ...w.lines.map((l) => l.length));
  const rows = 1 + w.lines.length;
  const gridRows = Math.max(NEW_TAB_ROWS, rows);
  return {
    sheetId,
    rows,
    requests: [
      {
        addSheet: {
          properties: {
            sheetId,
            title,
            gridProperties: { rowCount: gridRows, columnCount: width, frozenRowCount: 1 },
          },
        },
      },
      ...formatRequests(sheetId, width, gridRows, w.format),
      {
        updateCells: {
          start: { sheetId, rowIndex: 0, columnIndex: 0 },
          rows: rowData([w.header, ...w.lines], w.toSerial, width),
          fields: 'userEnteredValue',
        },
      },
    ],
  };
}

/** Lines written after the `at` rows the record says the tab holds, growing the grid first. */
export function writeAt(tab: SheetFacts, at: number, w: Omit<Lines, 'header'>): SideTab {
  const requests: ApiRequest[] = [];
  if (!w.lines.length) return { sheetId: tab.sheetId, rows: at, requests };
  const width = Math.max(...w.lines.map((l) => l.length));
  const short = at + w.lines.length - tab.rows;
  if (short > 0)
    requests.push({ appendDimension: { sheetId: tab.sheetId, dimension: 'ROWS', length: short } });
  requests.push({
    updateCells: {
      start: { sheetId: tab.sheetId, rowIndex: at, columnIndex: 0 },
      rows: rowData(w.lines, w.toSerial, width),
      fields: 'userEnteredValue',
    },
  });
  return { sheetId: tab.sheetId, rows: at + w.lines.length, requests };
}

/** One row appended after the last row with data (the API grows the grid when needed). */
export function appendRow(sheetId: number, row: Cell[], toSerial: ToSerial): ApiRequest {
  return { appendCells: { sheetId, rows: rowData([row], toSerial), fields: 'userEnteredValue' } };
}

/** '#f1f3f4' → the API's 0–1 channels. */
function color(hex: string): ApiColor {
  const n = Number.parseInt(hex.slice(1), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

/** Header look, one number format per column below it, widths in runs of equal width. */
function formatRequests(
  sheetId: number,
  width: number,
  gridRows: number,
  format: TabFormat,
): ApiRequest[] {
  const h = format.header;
  const requests: ApiRequest[] = [
    {
      repeatCell: {
        range: {
          sheetId,
          startRowIndex: 0,
          endRowIndex: 1,
          startColumnIndex: 0,
          endColumnIndex: width,
        },
        cell: {
          userEnteredFormat: {
            ...(h.bold ? { textFormat: { bold: true } } : {}),
            ...(h.background ? { backgroundColor: color(h.background) } : {}),
            ...(h.wrap ? { wrapStrategy: 'WRAP' } : {}),
          },
        },
        fields: 'userEnteredFormat(textFormat.bold,backgroundColor,wrapStrategy)',
      },
    },
  ];
  format.columns.forEach((c, i) => {
    const pattern = c.numberFormat ?? TEXT_COLUMN_FORMAT;
    requests.push({
      repeatCell: {
        range: {
          sheetId,
          startRowIndex: 1,
          endRowIndex: gridRows,
          startColumnIndex: i,
          endColumnIndex: i + 1,
        },
        cell: {
          userEnteredFormat: {
            numberFormat: { type: /[dmyh]/i.test(pattern) ? 'DATE_TIME' : 'NUMBER', pattern },
          },
        },
        fields: 'userEnteredFormat.numberFormat',
      },
    });
  });
  for (let i = 0; i < format.columns.length; ) {
    let n = 1;
    while (format.columns[i + n]?.width === format.columns[i].width) n++;
    requests.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: i, endIndex: i + n },
        properties: { pixelSize: format.columns[i].width },
        fields: 'pixelSize',
      },
    });
    i += n;
  }
  return requests;
}
