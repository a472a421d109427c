/**
 * The advanced Sheets service as the add-on uses it: one read of the
 * spreadsheet's structure and one atomic batch of writes per step. Thin on
 * purpose: the requests are built by pure code (src/sheet/api-cells.ts and
 * the callers); this only knows the spreadsheet's id (asked once).
 */
import type { ApiBatchResponse, ApiRequest, ApiSpreadsheet, GSheetsApi } from './sheets-api';
import type { GSpreadsheet } from './surface';

export interface SheetsApi {
  /** `fields`: the API's field mask, e.g. `namedRanges,sheets.properties`. */
  get(fields: string): ApiSpreadsheet;
  /** One round trip, all or nothing; no call at all for an empty batch. */
  batch(requests: ApiRequest[]): ApiBatchResponse;
}

export function sheetsApi(svc: { Sheets: GSheetsApi }, ss: GSpreadsheet): SheetsApi {
  let id: string | null = null;
  const spreadsheetId = () => {
    id ??= ss.getId();
    return id;
  };
  return {
    get: (fields) => svc.Sheets.Spreadsheets.get(spreadsheetId(), { fields }),
    batch: (requests) =>
      requests.length
        ? svc.Sheets.Spreadsheets.batchUpdate({ requests }, spreadsheetId())
        : { replies: [] },
  };
}

/** The field mask for every tab's id and title. */
export const SHEETS_FIELDS = 'sheets.properties(sheetId,title)';

/** What a structure read answers about the tabs: id, title, size (defaults filled in). */
export interface SheetFacts {
  sheetId: number;
  title: string;
  rows: number;
  cols: number;
}

export function sheetFacts(s: ApiSpreadsheet): SheetFacts[] {
  return (s.sheets ?? []).map(({ properties: p = {} }) => ({
    // The API leaves out fields that hold their default (sheet id 0).
    sheetId: p.sheetId ?? 0,
    title: p.title ?? '',
    rows: p.gridProperties?.rowCount ?? 0,
    cols: p.gridProperties?.columnCount ?? 0,
  }));
}

/** Named ranges by name (the API's ids are what a batch updates). */
export function namedRangeIds(s: ApiSpreadsheet): Map<string, string> {
  const ids = new Map<string, string>();
  for (const n of s.namedRanges ?? [])
    if (n.name && n.namedRangeId) ids.set(n.name, n.namedRangeId);
  return ids;
}
