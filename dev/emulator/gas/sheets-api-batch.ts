/**
 * batchUpdate: every request validated against a scratch state first, then
 * all applied in order — if any request is invalid nothing is applied
 * (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/batchUpdate).
 * Tab, cell and dimension requests live here; object requests in sheets-api-objects.ts.
 */
import type { ApiCellData, ApiRequest, ApiRowData } from '../../../src/gas/sheets-api';
import type { Rect } from '../a1';
import { type GasContext, GasError } from './context';
import { bad, cellMask, checkCell, RequestError, writeCells } from './sheets-api-cells';
import { leaves, parseMask } from './sheets-api-fields';
import { sheetPropertiesJson } from './sheets-api-get';
import {
  type Apply,
  maskFields,
  planAddNamedRange,
  planAddProtectedRange,
  planDeleteNamedRange,
  planUpdateDeveloperMetadata,
  planUpdateNamedRange,
} from './sheets-api-objects';
import { isInt, liveSheet, Shadow, type ShadowSheet } from './sheets-api-shadow';

/** A refused batch: `message` is what follows "API call to … failed with error: ". */
export class BatchError extends Error {}

type Req<K extends keyof ApiRequest> = NonNullable<ApiRequest[K]>;
type Plan = (ctx: GasContext, sh: Shadow, req: never) => Apply;

function checkTitle(sh: Shadow, title: unknown, self?: ShadowSheet): string {
  if (typeof title !== 'string' || title.trim() === '') bad('Sheet names cannot be empty.');
  if (title.length > 100) bad('Sheet names must be 100 characters or fewer.');
  const other = sh.byTitle(title);
  if (other && other !== self)
    bad(`A sheet with the name "${title}" already exists. Please enter another name.`);
  return title;
}

function positive(v: unknown, field: string, dflt: number): number {
  if (v === undefined) return dflt;
  if (!isInt(v) || v < 1) bad(`Invalid ${field}: ${v}`);
  return v;
}

function planAddSheet(ctx: GasContext, sh: Shadow, req: Req<'addSheet'>): Apply {
  const p = req?.properties ?? {};
  const title = p.title === undefined ? freeTitle(sh) : checkTitle(sh, p.title);
  const id = p.sheetId;
  if (id !== undefined) {
    if (!isInt(id) || id < 0) bad(`Invalid sheetId: ${id}`);
    if (sh.sheets.some((s) => s.id === id)) bad(`A sheet with the id ${id} already exists.`);
  }
  const index = p.index ?? sh.sheets.length;
  if (!isInt(index) || index < 0 || index > sh.sheets.length) bad(`Invalid index: ${p.index}`);
  const rows = positive(p.gridProperties?.rowCount, 'rowCount', 1000);
  const cols = positive(p.gridProperties?.columnCount, 'columnCount', 26);
  const frozen = p.gridProperties?.frozenRowCount ?? 0;
  if (!isInt(frozen) || frozen < 0 || frozen >= rows) bad(`Invalid frozenRowCount: ${frozen}`);
  sh.sheets.splice(index, 0, {
    id: id ?? Number.NaN,
    title,
    rows,
    cols,
    lastRow: 0,
    hasSheetProtection: false,
  });
  return () => {
    const sheet = ctx.doc.addSheet(title, index, id);
    sheet.maxRows = rows;
    sheet.maxCols = cols;
    sheet.frozenRows = frozen;
    return { addSheet: { properties: sheetPropertiesJson(ctx.doc, sheet) } };
  };
}

function freeTitle(sh: Shadow): string {
  for (let i = sh.sheets.length + 1; ; i++) if (!sh.byTitle(`Sheet${i}`)) return `Sheet${i}`;
}

function planUpdateSheetProperties(
  ctx: GasContext,
  sh: Shadow,
  req: Req<'updateSheetProperties'>,
): Apply {
  const p = req?.properties ?? bad('properties is required.');
  const sheet = sh.sheet(p.sheetId ?? 0);
  const mask = sheetMask(req.fields);
  const title = mask.has('title') ? checkTitle(sh, p.title, sheet) : undefined;
  const index = mask.has('index') ? (p.index ?? 0) : undefined;
  if (index !== undefined && (!isInt(index) || index < 0 || index >= sh.sheets.length))
    bad(`Invalid index: ${index}`);
  let frozen: number | undefined;
  if (mask.has('gridProperties.frozenRowCount')) {
    frozen = p.gridProperties?.frozenRowCount ?? 0;
    if (!isInt(frozen) || frozen < 0 || frozen >= sheet.rows)
      bad(`Invalid frozenRowCount: ${frozen}`);
  }
  guardTab(ctx, sheet);
  if (title !== undefined) sheet.title = title;
  if (index !== undefined) {
    sh.sheets.splice(sh.sheets.indexOf(sheet), 1);
    sh.sheets.splice(index, 0, sheet);
  }
  const id = sheet.id;
  return () => {
    const data = liveSheet(ctx.doc, id);
    if (title !== undefined && title !== data.name) ctx.doc.renameSheet(data, title);
    if (index !== undefined) ctx.doc.moveSheet(data, index);
    if (frozen !== undefined) data.frozenRows = frozen;
    return {};
  };
}

const SHEET_FIELDS = ['title', 'index', 'gridProperties.frozenRowCount'];

/** updateSheetProperties' mask as dotted leaves; `*` is refused (it would reset every other property). */
function sheetMask(fields: unknown): Set<string> {
  if (typeof fields !== 'string' || fields.trim() === '')
    bad('At least one field must be specified.');
  let names: string[];
  try {
    names = leaves(parseMask(fields));
  } catch {
    return bad(`Invalid field mask: ${fields}`);
  }
  for (const n of names) {
    if (!SHEET_FIELDS.includes(n))
      bad(
        `The emulator does not support the field "${n}" here (it supports ${SHEET_FIELDS.join(', ')}).`,
      );
  }
  return new Set(names);
}

function checkRows(rows: unknown): ApiRowData[] {
  if (!Array.isArray(rows)) bad('rows must be a list.');
  for (const row of rows) {
    if (row?.values !== undefined && !Array.isArray(row.values))
      bad('RowData.values must be a list.');
    for (const cell of row?.values ?? []) checkCell(cell);
  }
  return rows as ApiRowData[];
}

const width = (rows: ApiRowData[]) => rows.reduce((w, r) => Math.max(w, r?.values?.length ?? 0), 0);
const cellOf = (rows: ApiRowData[]) => (r: number, c: number) => rows[r]?.values?.[c] ?? undefined;

/** A write must not touch cells the user may not edit (existing protections). */
function guard(ctx: GasContext, sheet: ShadowSheet, rect: Rect): void {
  const data = ctx.doc.sheetById(sheet.id);
  if (!data || rect.rows === 0 || rect.cols === 0) return;
  try {
    ctx.guardWrite([{ sheet: data, rect }]);
  } catch (e) {
    if (e instanceof GasError) bad(e.message);
    throw e;
  }
}

/** Changing a tab's structure needs edit rights on a sheet protection (as Sheet methods do). */
function guardTab(ctx: GasContext, sheet: ShadowSheet): void {
  const data = ctx.doc.sheetById(sheet.id);
  if (!data) return;
  try {
    ctx.guardWrite([{ sheet: data }]);
  } catch (e) {
    if (e instanceof GasError) bad(e.message);
    throw e;
  }
}

/** Rows that hold a value (for appendCells' "last row with data"). */
function valueRows(rows: ApiRowData[]): number {
  for (let r = rows.length; r > 0; r--)
    if (rows[r - 1]?.values?.some((c) => c?.userEnteredValue)) return r;
  return 0;
}

function planUpdateCells(ctx: GasContext, sh: Shadow, req: Req<'updateCells'>): Apply {
  const rows = checkRows(req?.rows ?? []);
  const mask = cellMask(req.fields);
  if ((req.start === undefined) === (req.range === undefined))
    bad('Exactly one of start or range must be set.');
  let sheet: ShadowSheet;
  let rect: Rect;
  if (req.start) {
    const s = req.start;
    sheet = sh.sheet(s.sheetId ?? 0);
    const row = s.rowIndex ?? 0;
    const col = s.columnIndex ?? 0;
    if (!isInt(row) || row < 0 || !isInt(col) || col < 0) bad('Invalid start coordinate.');
    rect = { row: row + 1, col: col + 1, rows: rows.length, cols: width(rows) };
    sh.inGrid(sheet, rect);
  } else {
    ({ sheet, rect } = sh.rect(req.range));
    if (rows.length > rect.rows || width(rows) > rect.cols)
      bad('The rows are larger than the range.');
  }
  guard(ctx, sheet, rect);
  if (mask.value) sh.raiseLastRow(sheet, rect.row - 1 + valueRows(rows));
  const id = sheet.id;
  return () => {
    writeCells(ctx.doc, liveSheet(ctx.doc, id), rect, cellOf(rows), mask);
    return {};
  };
}

function planAppendCells(ctx: GasContext, sh: Shadow, req: Req<'appendCells'>): Apply {
  const sheet = sh.sheet(req?.sheetId ?? 0);
  const rows = checkRows(req.rows ?? []);
  const mask = cellMask(req.fields);
  const cols = width(rows);
  const last = sh.lastRow(sheet);
  if (cols > sheet.cols) sh.inGrid(sheet, { row: last + 1, col: 1, rows: 1, cols });
  guard(ctx, sheet, { row: last + 1, col: 1, rows: rows.length, cols });
  // "Adds new cells after the last row with data in a sheet, inserting new rows into the sheet if necessary."
  sheet.rows = Math.max(sheet.rows, last + rows.length);
  sh.raiseLastRow(sheet, last + rows.length);
  const id = sheet.id;
  return () => {
    const data = liveSheet(ctx.doc, id);
    const at = ctx.doc.lastRow(data) + 1;
    const end = at + rows.length - 1;
    if (end > data.maxRows) ctx.doc.insertRows(data, data.maxRows + 1, end - data.maxRows);
    writeCells(ctx.doc, data, { row: at, col: 1, rows: rows.length, cols }, cellOf(rows), mask);
    return {};
  };
}

function dimension(v: unknown): 'ROWS' | 'COLUMNS' {
  if (v !== 'ROWS' && v !== 'COLUMNS') bad(`Invalid dimension: ${v}`);
  return v;
}

function planAppendDimension(ctx: GasContext, sh: Shadow, req: Req<'appendDimension'>): Apply {
  const sheet = sh.sheet(req?.sheetId ?? 0);
  const dim = dimension(req.dimension);
  const n = positive(req.length, 'length', 0);
  if (n === 0) bad('length must be at least 1.');
  guardTab(ctx, sheet);
  if (dim === 'ROWS') sheet.rows += n;
  else sheet.cols += n;
  const id = sheet.id;
  return () => {
    const data = liveSheet(ctx.doc, id);
    if (dim === 'ROWS') ctx.doc.insertRows(data, data.maxRows + 1, n);
    else ctx.doc.insertCols(data, data.maxCols + 1, n);
    return {};
  };
}

function planRepeatCell(ctx: GasContext, sh: Shadow, req: Req<'repeatCell'>): Apply {
  const { sheet, rect } = sh.rect(req?.range);
  const mask = cellMask(req.fields);
  const cell: ApiCellData | undefined = req.cell;
  checkCell(cell);
  guard(ctx, sheet, rect);
  if (mask.value && cell?.userEnteredValue) sh.raiseLastRow(sheet, rect.row + rect.rows - 1);
  const id = sheet.id;
  return () => {
    writeCells(ctx.doc, liveSheet(ctx.doc, id), rect, () => cell, mask);
    return {};
  };
}

function planUpdateDimensionProperties(
  ctx: GasContext,
  sh: Shadow,
  req: Req<'updateDimensionProperties'>,
): Apply {
  const r = req?.range ?? bad('range is required.');
  const sheet = sh.sheet(r.sheetId ?? 0);
  const dim = dimension(r.dimension);
  const max = dim === 'ROWS' ? sheet.rows : sheet.cols;
  const start = r.startIndex ?? 0;
  const end = r.endIndex ?? max;
  if (!isInt(start) || !isInt(end) || start < 0 || end < start || end > max)
    bad(`Invalid dimension range ${start}..${end} (the grid has ${max} ${dim.toLowerCase()}).`);
  maskFields(req.fields, ['pixelSize']);
  const px = req.properties?.pixelSize;
  if (!isInt(px) || px < 0) bad(`Invalid pixelSize: ${px}`);
  guardTab(ctx, sheet);
  const id = sheet.id;
  return () => {
    const data = liveSheet(ctx.doc, id);
    const sizes = dim === 'ROWS' ? data.rowHeights : data.colWidths;
    for (let i = start; i < end; i++) sizes.set(i + 1, px);
    return {};
  };
}

const PLANS: Record<string, Plan> = {
  addSheet: planAddSheet,
  updateSheetProperties: planUpdateSheetProperties,
  updateCells: planUpdateCells,
  appendCells: planAppendCells,
  appendDimension: planAppendDimension,
  repeatCell: planRepeatCell,
  updateDimensionProperties: planUpdateDimensionProperties,
  addNamedRange: planAddNamedRange,
  updateNamedRange: planUpdateNamedRange,
  deleteNamedRange: planDeleteNamedRange,
  addProtectedRange: planAddProtectedRange,
  updateDeveloperMetadata: planUpdateDeveloperMetadata,
};

function planOne(ctx: GasContext, sh: Shadow, req: unknown, i: number): Apply {
  const kinds =
    req && typeof req === 'object'
      ? Object.keys(req).filter((k) => (req as Record<string, unknown>)[k] != null)
      : [];
  // Google's proto3 JSON error for two kinds in one Request.
  if (kinds.length > 1)
    throw new BatchError(
      `Invalid JSON payload received. Oneof field 'kind' is already set. Cannot set '${kinds[1]}'`,
    );
  if (kinds.length === 0)
    throw new BatchError(`Invalid requests[${i}]: no kind of request is set.`);
  const kind = kinds[0];
  const plan = PLANS[kind];
  if (!plan)
    throw new BatchError(
      `Invalid requests[${i}].${kind}: the emulator does not implement this request (see dev/emulator/DIFFERENCES.md).`,
    );
  try {
    return plan(ctx, sh, (req as Record<string, never>)[kind]);
  } catch (e) {
    if (e instanceof RequestError)
      throw new BatchError(`Invalid requests[${i}].${kind}: ${e.message}`);
    throw e;
  }
}

/** Validates every request, then applies them all; returns Google's `{replies}`. */
export function batchUpdate(
  ctx: GasContext,
  requests: unknown,
): { replies: Record<string, unknown>[] } {
  // Google's text for an empty batch (googleapis/google-api-nodejs-client#1001).
  if (!Array.isArray(requests) || requests.length === 0)
    throw new BatchError('Must specify at least one request.');
  const sh = new Shadow(ctx.doc);
  const applies = requests.map((req, i) => planOne(ctx, sh, req, i));
  return { replies: applies.map((apply) => apply()) };
}
