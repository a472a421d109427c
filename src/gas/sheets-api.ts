/**
 * The subset of the advanced Sheets service (Sheets API v4 through Apps
 * Script, `Sheets.Spreadsheets.*`) the add-on uses, typed narrowly. One
 * `batchUpdate` is one round trip and is atomic — "if any request is not
 * valid, the entire update fails and nothing is applied"
 * (https://developers.google.com/workspace/sheets/api/guides/batchupdate) —
 * so an operation whose writes are one batch cannot be cut off half-way.
 * The emulator implements exactly these shapes (dev/emulator/gas/sheets-api.ts),
 * and the check at the bottom proves Google's own types are assignable.
 */

type Int = number;

/**
 * 0-based, end-exclusive, like the API; omitted bounds are unbounded. Google
 * leaves out fields holding their default in answers: a range on sheet 0
 * comes back without `sheetId`, a range from row 0 without `startRowIndex`.
 */
export interface ApiGridRange {
  sheetId?: Int;
  startRowIndex?: Int;
  endRowIndex?: Int;
  startColumnIndex?: Int;
  endColumnIndex?: Int;
}

export interface ApiColor {
  red?: number;
  green?: number;
  blue?: number;
}

export interface ApiExtendedValue {
  stringValue?: string;
  numberValue?: number;
  boolValue?: boolean;
  formulaValue?: string;
}

export interface ApiCellFormat {
  numberFormat?: { type: string; pattern?: string };
  backgroundColor?: ApiColor;
  textFormat?: { bold?: boolean };
  wrapStrategy?: string;
}

export interface ApiCellData {
  userEnteredValue?: ApiExtendedValue;
  userEnteredFormat?: ApiCellFormat;
}

export interface ApiRowData {
  values?: ApiCellData[];
}

export interface ApiNamedRange {
  namedRangeId?: string;
  name?: string;
  range?: ApiGridRange;
}

export interface ApiSheetProperties {
  sheetId?: Int;
  title?: string;
  index?: Int;
  gridProperties?: { rowCount?: Int; columnCount?: Int; frozenRowCount?: Int };
}

export interface ApiDeveloperMetadataLookup {
  metadataKey?: string;
  locationType?: string;
}

/** One request of a batchUpdate: exactly one field set. */
export interface ApiRequest {
  addSheet?: { properties: ApiSheetProperties };
  updateSheetProperties?: { properties: ApiSheetProperties; fields: string };
  updateCells?: {
    rows: ApiRowData[];
    fields: string;
    start?: { sheetId: Int; rowIndex: Int; columnIndex: Int };
    range?: ApiGridRange;
  };
  appendCells?: { sheetId: Int; rows: ApiRowData[]; fields: string };
  appendDimension?: { sheetId: Int; dimension: 'ROWS' | 'COLUMNS'; length: Int };
  repeatCell?: { range: ApiGridRange; cell: ApiCellData; fields: string };
  updateDimensionProperties?: {
    range: { sheetId: Int; dimension: 'ROWS' | 'COLUMNS'; startIndex: Int; endIndex: Int };
    properties: { pixelSize: Int };
    fields: string;
  };
  addNamedRange?: { namedRange: ApiNamedRange };
  updateNamedRange?: { namedRange: ApiNamedRange; fields: string };
  deleteNamedRange?: { namedRangeId: string };
  addProtectedRange?: {
    protectedRange: {
      range: ApiGridRange;
      description?: string;
      warningOnly?: boolean;
      editors?: { users?: string[]; domainUsersCanEdit?: boolean };
    };
  };
  updateDeveloperMetadata?: {
    dataFilters: { developerMetadataLookup: ApiDeveloperMetadataLookup }[];
    developerMetadata: { metadataValue: string };
    fields: string;
  };
}

export interface ApiSpreadsheet {
  properties?: { title?: string; locale?: string; timeZone?: string };
  sheets?: { properties?: ApiSheetProperties }[];
  namedRanges?: ApiNamedRange[];
}

export interface ApiBatchResponse {
  replies?: { addSheet?: { properties?: ApiSheetProperties } }[];
}

export interface GSheetsApi {
  Spreadsheets: {
    get(spreadsheetId: string, optionalArgs: { fields: string }): ApiSpreadsheet;
    batchUpdate(resource: { requests: ApiRequest[] }, spreadsheetId: string): ApiBatchResponse;
  };
}

// Compile-time proof against Google's declared advanced service: what we send
// is a valid Request; what Google answers fits what we read.
type Fits<Wide, Narrow extends Wide> = [Wide, Narrow];
export type SheetsApiChecks = [
  Fits<GoogleAppsScript.Sheets.Schema.Request, ApiRequest>,
  Fits<ApiSpreadsheet, GoogleAppsScript.Sheets.Schema.Spreadsheet>,
  Fits<ApiBatchResponse, GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse>,
];
