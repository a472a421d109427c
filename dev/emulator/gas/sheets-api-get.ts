/**
 * Spreadsheets.get as Google answers it: JSON in which a field holding its
 * default (0, false, empty list) is left out — sheetId 0, index 0,
 * startRowIndex 0, frozenRowCount 0 and an empty namedRanges are absent
 * (proto3 JSON mapping: https://protobuf.dev/programming-guides/json/).
 * `fields` selects parts (https://developers.google.com/workspace/sheets/api/guides/field-masks).
 */
import type {
  ApiGridRange,
  ApiNamedRange,
  ApiSheetProperties,
  ApiSpreadsheet,
} from '../../../src/gas/sheets-api';
import type { Rect } from '../a1';
import type { Doc, NamedSpec } from '../document';
import type { SheetData } from '../model';
import { parseMask, prune } from './sheets-api-fields';
import { namedRangeId } from './sheets-api-shadow';

/** Sets `key` unless `value` is the proto default (0). */
function put<T extends object>(o: T, key: keyof T, value: number): void {
  if (value !== 0) (o as Record<keyof T, number>)[key] = value;
}

export function gridRangeJson(sheet: SheetData, rect: Rect): ApiGridRange {
  const out: ApiGridRange = {};
  put(out, 'sheetId', sheet.id);
  put(out, 'startRowIndex', rect.row - 1);
  put(out, 'endRowIndex', rect.row - 1 + rect.rows);
  put(out, 'startColumnIndex', rect.col - 1);
  put(out, 'endColumnIndex', rect.col - 1 + rect.cols);
  return out;
}

export function sheetPropertiesJson(
  doc: Doc,
  sheet: SheetData,
): ApiSheetProperties & { sheetType: string } {
  const props: ApiSheetProperties & { sheetType: string } = {
    title: sheet.name,
    sheetType: 'GRID',
  };
  put(props, 'sheetId', sheet.id);
  put(props, 'index', doc.sheets.indexOf(sheet));
  const grid: NonNullable<ApiSheetProperties['gridProperties']> = {
    rowCount: sheet.maxRows,
    columnCount: sheet.maxCols,
  };
  put(grid, 'frozenRowCount', sheet.frozenRows);
  props.gridProperties = grid;
  // Key order as Google prints it: sheetId, title, index, sheetType, gridProperties.
  const { sheetId, title, index, sheetType, gridProperties } = props;
  return JSON.parse(JSON.stringify({ sheetId, title, index, sheetType, gridProperties }));
}

export function namedRangeJson(doc: Doc, n: NamedSpec): ApiNamedRange {
  return {
    namedRangeId: namedRangeId(doc, n),
    name: n.name,
    range: gridRangeJson(n.sheet, n.rect),
  };
}

/** The whole answer before `fields` prunes it. */
function spreadsheetJson(doc: Doc): ApiSpreadsheet & { spreadsheetId: string } {
  const out: ApiSpreadsheet & { spreadsheetId: string } = {
    spreadsheetId: doc.id,
    properties: { title: doc.name, locale: doc.locale, timeZone: doc.timeZone },
    sheets: doc.sheets.map((s) => ({ properties: sheetPropertiesJson(doc, s) })),
  };
  const named = [...doc.named.values()].map((n) => namedRangeJson(doc, n));
  if (named.length) out.namedRanges = named;
  return out;
}

/** get(spreadsheetId, {fields}); throws `Invalid field selection` for a malformed mask. */
export function getSpreadsheet(doc: Doc, fields: unknown): unknown {
  const full = spreadsheetJson(doc);
  if (fields === undefined || fields === null || fields === '') return full;
  return prune(full, parseMask(String(fields)));
}
