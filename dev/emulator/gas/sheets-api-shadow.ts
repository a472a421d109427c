/**
 * What a batchUpdate is checked against before anything is applied: a
 * scratch copy of the parts of the document requests can change (tabs and
 * their grids, named ranges, spreadsheet metadata values). Each request is
 * validated against it and updates it, so request 3 sees what requests 1–2
 * did; only when every request passed does the batch touch the document
 * ("If any request is not valid, no requests will be applied":
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/batchUpdate).
 */
import type { ApiGridRange } from '../../../src/gas/sheets-api';
import { quoteSheetName, type Rect, rectA1 } from '../a1';
import type { MetaSpec } from '../dev-metadata';
import type { Doc, NamedSpec } from '../document';
import type { SheetData } from '../model';
import { bad } from './sheets-api-cells';

export interface ShadowSheet {
  /** NaN for a tab a request adds without choosing its id (no later request can name it). */
  id: number;
  title: string;
  rows: number;
  cols: number;
  /** Last row with data, as far as the batch can tell (appendCells writes below it); read lazily. */
  lastRow?: number;
  hasSheetProtection: boolean;
}

const nextApiId = new WeakMap<Doc, number>();

/** The named range's namedRangeId, given on first sight and kept with it (document.ts carries it). */
export function namedRangeId(doc: Doc, spec: NamedSpec): string {
  if (spec.apiId === undefined) spec.apiId = newNamedRangeId(doc);
  return spec.apiId;
}

export function newNamedRangeId(doc: Doc): string {
  const n = nextApiId.get(doc) ?? 1;
  nextApiId.set(doc, n + 1);
  // Opaque like Google's; the emulator's are recognisable in test output.
  return `nr${(n * 7919).toString(36)}${n}`;
}

export function findNamedById(doc: Doc, id: string): NamedSpec | undefined {
  for (const n of doc.named.values()) if (namedRangeId(doc, n) === id) return n;
  return undefined;
}

export function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

export class Shadow {
  readonly sheets: ShadowSheet[];
  /** Lower-case name → namedRangeId, and back. */
  readonly names = new Map<string, string>();
  readonly ids = new Map<string, string>();
  /** metadataValue each spreadsheet-level entry will have. */
  readonly meta = new Map<MetaSpec, string | null>();

  constructor(readonly doc: Doc) {
    this.sheets = doc.sheets.map((s) => ({
      id: s.id,
      title: s.name,
      rows: s.maxRows,
      cols: s.maxCols,
      hasSheetProtection: s.protections.some((p) => p.type === 'SHEET'),
    }));
    for (const n of doc.named.values()) this.addName(n.name, namedRangeId(doc, n));
    for (const m of doc.metadata.items)
      if (m.location.type === 'SPREADSHEET') this.meta.set(m, m.value);
  }

  /** The tab's last row with data, computed on first need (it can cost a scan of a big tab). */
  lastRow(sheet: ShadowSheet): number {
    if (sheet.lastRow === undefined) {
      const data = this.doc.sheetById(sheet.id);
      sheet.lastRow = data ? this.doc.lastRow(data) : 0;
    }
    return sheet.lastRow;
  }

  /** Data now reaches `row` (a write earlier in the batch). */
  raiseLastRow(sheet: ShadowSheet, row: number): void {
    sheet.lastRow = Math.max(this.lastRow(sheet), row);
  }

  addName(name: string, id: string): void {
    this.names.set(name.toLowerCase(), id);
    this.ids.set(id, name.toLowerCase());
  }

  removeName(id: string): void {
    const lower = this.ids.get(id);
    if (lower !== undefined) this.names.delete(lower);
    this.ids.delete(id);
  }

  /** The tab with this sheetId (Google's "No grid with id: 7"). */
  sheet(id: unknown): ShadowSheet {
    const s = isInt(id) ? this.sheets.find((x) => x.id === id) : undefined;
    return s ?? bad(`No grid with id: ${id}`);
  }

  byTitle(title: string): ShadowSheet | undefined {
    const lower = title.toLowerCase();
    return this.sheets.find((s) => s.title.toLowerCase() === lower);
  }

  /** A GridRange as a 1-based rect inside its grid; omitted bounds are the grid's. */
  rect(range: ApiGridRange | undefined): { sheet: ShadowSheet; rect: Rect } {
    if (!range || typeof range !== 'object') bad('A range is required.');
    const sheet = this.sheet(range.sheetId ?? 0);
    const r0 = bound(range.startRowIndex, 0, 'startRowIndex');
    const r1 = bound(range.endRowIndex, sheet.rows, 'endRowIndex');
    const c0 = bound(range.startColumnIndex, 0, 'startColumnIndex');
    const c1 = bound(range.endColumnIndex, sheet.cols, 'endColumnIndex');
    if (r1 < r0 || c1 < c0) bad('The range end is before its start.');
    const rect = { row: r0 + 1, col: c0 + 1, rows: r1 - r0, cols: c1 - c0 };
    this.inGrid(sheet, rect);
    return { sheet, rect };
  }

  /** Google's grid-limit refusal (its wording for writes outside the grid, see DIFFERENCES.md). */
  inGrid(sheet: ShadowSheet, rect: Rect): void {
    if (rect.row + rect.rows - 1 > sheet.rows || rect.col + rect.cols - 1 > sheet.cols) {
      const a1 = rect.rows > 0 && rect.cols > 0 ? rectA1(rect) : `R${rect.row}C${rect.col}`;
      bad(
        `Range (${quoteSheetName(sheet.title)}!${a1}) exceeds grid limits. Max rows: ${sheet.rows}, max columns: ${sheet.cols}`,
      );
    }
  }
}

function bound(v: unknown, dflt: number, field: string): number {
  if (v === undefined || v === null) return dflt;
  if (!isInt(v) || v < 0) bad(`Invalid ${field}: ${v}`);
  return v;
}

/** The live tab behind a sheetId at apply time (validated already). */
export function liveSheet(doc: Doc, id: number | undefined): SheetData {
  const s = doc.sheetById(id ?? 0);
  if (!s) throw new Error(`emulator bug: tab ${id} vanished between validation and apply`);
  return s;
}
