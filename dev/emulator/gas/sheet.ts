/** Sheet (a tab): ranges, structure, sizes, visibility, rules, charts, protections. */
import type {
  GCellValue,
  GConditionalFormatRule,
  GDeveloperMetadataVisibility,
  GEmbeddedChart,
  GProtectionType,
  GSheet,
} from '../../../src/gas/surface';
import { type A1Ref, parseA1, type Rect } from '../a1';
import { DEFAULT_COL_WIDTH, DEFAULT_ROW_HEIGHT, type SheetData } from '../model';
import { enumName } from '../services/enums';
import { GasObject } from './boundary';
import { clearCells, readValues, signatureError, writeValues } from './cell-ops';
import { EmbeddedChartBuilderImpl, EmbeddedChartImpl } from './chart';
import { normalizeColor } from './colors';
import { ConditionalFormatRuleImpl } from './conditional-format';
import { fail, type GasContext, type WriteTarget } from './context';
import {
  addMetadata,
  DeveloperMetadataFinderImpl,
  type DeveloperMetadataImpl,
  metadataAt,
} from './developer-metadata';
import { NamedRangeImpl } from './names';
import { newProtectionAccess, ProtectionImpl } from './protection';
import { type A1Shape, RangeImpl } from './range';
import { RangeListImpl } from './range-list';
import { SpreadsheetImpl } from './spreadsheet';
import { checkSheetName } from './tab-names';

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** A parsed A1 reference plus how it was written (for getA1Notation). */
export interface ParsedRef {
  ref: A1Ref;
  wholeCols: boolean;
  wholeRows: boolean;
}

export function parseRef(text: string): ParsedRef | null {
  if (typeof text !== 'string') return null;
  const ref = parseA1(text);
  if (!ref) return null;
  const local = text.slice(text.lastIndexOf('!') + 1).trim();
  return {
    ref,
    wholeCols: /^\$?[A-Za-z]+:\$?[A-Za-z]+$/.test(local),
    wholeRows: /^\$?\d+:\$?\d+$/.test(local),
  };
}

/** Resolves a reference against a tab's size; null when Sheets says "Range not found". */
export function resolveA1(sheet: SheetData, p: ParsedRef): { rect: Rect; shape: A1Shape } | null {
  const { ref } = p;
  const row = ref.startRow ?? 1;
  const col = ref.startCol ?? 1;
  const endRow = ref.endRow ?? sheet.maxRows;
  const endCol = ref.endCol ?? sheet.maxCols;
  if (endRow > sheet.maxRows || endCol > sheet.maxCols || row > endRow || col > endCol) return null;
  const shape: A1Shape = p.wholeCols
    ? { wholeCols: true }
    : p.wholeRows
      ? { wholeRows: true }
      : { openRows: ref.endRow === null, openCols: ref.endCol === null };
  return { rect: { row, col, rows: endRow - row + 1, cols: endCol - col + 1 }, shape };
}

export const EMPTY_RANGE_LIST = 'Invalid argument: a1Notations';

export class SheetImpl extends GasObject implements GSheet {
  readonly gasKind = 'Sheet';

  constructor(
    readonly ctx: GasContext,
    readonly data: SheetData,
  ) {
    super();
  }

  /** Tab-level writes (rename, rows, clear…) are refused by a sheet protection only. */
  override writeTargets(): WriteTarget[] {
    return [{ sheet: this.data }];
  }

  private live(): SheetData {
    if (!this.ctx.doc.sheets.includes(this.data)) fail('The sheet has been deleted.');
    return this.data;
  }

  private range(rect: Rect, shape?: A1Shape): RangeImpl {
    return new RangeImpl(this.ctx, this.data, rect, shape);
  }

  getName(): string {
    return this.live().name;
  }
  getSheetName(): string {
    return this.getName();
  }
  setName(name: string): this {
    const sheet = this.live();
    const clean = checkSheetName(this.ctx, name, sheet);
    if (clean !== sheet.name) this.ctx.doc.renameSheet(sheet, clean);
    return this;
  }
  getSheetId(): number {
    return this.live().id;
  }
  getIndex(): number {
    return this.ctx.doc.sheets.indexOf(this.live()) + 1;
  }
  getParent(): SpreadsheetImpl {
    return new SpreadsheetImpl(this.ctx);
  }
  activate(): this {
    const sheet = this.live();
    if (sheet.hidden) sheet.hidden = false;
    this.ctx.doc.activeSheet = sheet;
    return this;
  }
  hideSheet(): this {
    const sheet = this.live();
    const visible = this.ctx.doc.sheets.filter((s) => !s.hidden && s !== sheet);
    if (!visible.length) fail("You can't hide all the sheets in a document.");
    sheet.hidden = true;
    if (this.ctx.doc.activeSheet === sheet) this.ctx.doc.activeSheet = visible[0];
    return this;
  }
  showSheet(): this {
    this.live().hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.live().hidden;
  }
  getTabColor(): string | null {
    return this.live().tabColor;
  }
  setTabColor(color: string | null): this {
    this.live().tabColor = color ? normalizeColor(color) : null;
    return this;
  }

  // ── ranges ──────────────────────────────────────────────────────────────

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): RangeImpl {
    const sheet = this.live();
    if (typeof a === 'string' && column === undefined) {
      const parsed = parseRef(a);
      if (!parsed) fail('Range not found');
      const name = parsed.ref.sheet;
      const target = name === undefined ? sheet : this.ctx.doc.sheetByName(name);
      if (!target) fail('Range not found');
      const resolved = resolveA1(target, parsed);
      if (!resolved) fail('Range not found');
      return new RangeImpl(this.ctx, target, resolved.rect, resolved.shape);
    }
    const args = [a, column, numRows, numColumns].slice(
      0,
      2 + (numRows !== undefined ? 1 : 0) + (numColumns !== undefined ? 1 : 0),
    );
    if (!args.every(isInt)) signatureError('Sheet', 'getRange', args);
    const row = Math.trunc(a as number);
    const col = Math.trunc(column as number);
    const rows = numRows === undefined ? 1 : Math.trunc(numRows);
    const cols = numColumns === undefined ? 1 : Math.trunc(numColumns);
    if (row < 1) fail('The starting row of the range is too small.');
    if (col < 1) fail('The starting column of the range is too small.');
    if (rows < 1) fail('The number of rows in the range must be at least 1.');
    if (cols < 1) fail('The number of columns in the range must be at least 1.');
    if (row + rows - 1 > sheet.maxRows || col + cols - 1 > sheet.maxCols) fail(OUTSIDE);
    return this.range({ row, col, rows, cols });
  }

  getRangeList(a1Notations: string[]): RangeListImpl {
    if (!Array.isArray(a1Notations)) signatureError('Sheet', 'getRangeList', [a1Notations]);
    // Google refuses an empty list (issue 9; wording not recorded: see DIFFERENCES.md).
    if (a1Notations.length === 0) fail(EMPTY_RANGE_LIST);
    return new RangeListImpl(
      a1Notations.map((n) => {
        const r = this.getRange(n);
        if (r.sheet !== this.data) fail('Range not found');
        return r;
      }),
    );
  }

  getDataRange(): RangeImpl {
    const sheet = this.live();
    const rows = Math.max(1, this.ctx.doc.lastRow(sheet));
    const cols = Math.max(1, this.ctx.doc.lastCol(sheet));
    return this.range({ row: 1, col: 1, rows, cols });
  }

  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): GCellValue[][] {
    const sheet = this.live();
    // -1 means "to the last row/column with content", as Google documents.
    const rows = numRows === -1 ? this.ctx.doc.lastRow(sheet) - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this.ctx.doc.lastCol(sheet) - startColumn + 1 : numColumns;
    const r = this.getRange(startRow, startColumn, Math.max(1, rows), Math.max(1, cols));
    return readValues(this.ctx, sheet, r.rect);
  }

  getLastRow(): number {
    return this.ctx.doc.lastRow(this.live());
  }
  getLastColumn(): number {
    return this.ctx.doc.lastCol(this.live());
  }
  getMaxRows(): number {
    return this.live().maxRows;
  }
  getMaxColumns(): number {
    return this.live().maxCols;
  }

  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents)) signatureError('Sheet', 'appendRow', [rowContents]);
    const sheet = this.live();
    const row = this.ctx.doc.lastRow(sheet) + 1;
    if (row > sheet.maxRows) this.ctx.doc.insertRows(sheet, sheet.maxRows + 1, row - sheet.maxRows);
    if (rowContents.length > sheet.maxCols) {
      this.ctx.doc.insertCols(sheet, sheet.maxCols + 1, rowContents.length - sheet.maxCols);
    }
    if (rowContents.length) {
      writeValues(this.ctx, sheet, { row, col: 1, rows: 1, cols: rowContents.length }, [
        rowContents,
      ]);
    }
    return this;
  }

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): this {
    const sheet = this.live();
    const all = { row: 1, col: 1, rows: sheet.maxRows, cols: sheet.maxCols };
    const only = options && (options.formatOnly || options.contentsOnly);
    clearCells(this.ctx, sheet, all, {
      contents: !only || Boolean(options?.contentsOnly),
      formats: !only || Boolean(options?.formatOnly),
    });
    return this;
  }
  clearContents(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): this {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): this {
    const sheet = this.live();
    clearCells(
      this.ctx,
      sheet,
      { row: 1, col: 1, rows: sheet.maxRows, cols: sheet.maxCols },
      { notes: true },
    );
    return this;
  }

  // ── structure ───────────────────────────────────────────────────────────

  private checkRows(at: number, n: number, max: number): void {
    if (!isInt(at) || !isInt(n) || at < 1 || n < 1 || at > max)
      fail('Those rows are out of bounds.');
  }
  private checkCols(at: number, n: number, max: number): void {
    if (!isInt(at) || !isInt(n) || at < 1 || n < 1 || at > max)
      fail('Those columns are out of bounds.');
  }

  insertRows(rowIndex: number, numRows = 1): void {
    const sheet = this.live();
    this.checkRows(rowIndex, numRows, sheet.maxRows);
    this.ctx.doc.insertRows(sheet, rowIndex, numRows);
  }
  insertRowBefore(beforePosition: number): this {
    this.insertRows(beforePosition, 1);
    return this;
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.insertRows(beforePosition, howMany);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    const sheet = this.live();
    this.checkRows(afterPosition, howMany, sheet.maxRows);
    this.ctx.doc.insertRows(sheet, afterPosition + 1, howMany);
    return this;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    const sheet = this.live();
    this.checkCols(columnIndex, numColumns, sheet.maxCols);
    this.ctx.doc.insertCols(sheet, columnIndex, numColumns);
  }
  insertColumnBefore(beforePosition: number): this {
    this.insertColumns(beforePosition, 1);
    return this;
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.insertColumns(beforePosition, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    const sheet = this.live();
    this.checkCols(afterPosition, howMany, sheet.maxCols);
    this.ctx.doc.insertCols(sheet, afterPosition + 1, howMany);
    return this;
  }
  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    const sheet = this.live();
    this.checkRows(rowPosition, howMany, sheet.maxRows);
    if (rowPosition + howMany - 1 > sheet.maxRows) fail('Those rows are out of bounds.');
    if (howMany >= sheet.maxRows - sheet.frozenRows)
      fail('Sorry, it is not possible to delete all non-frozen rows.');
    // Deleting rows edits every cell in them: a range protection there refuses it.
    const rows = { row: rowPosition, rows: howMany, col: 1, cols: sheet.maxCols };
    this.ctx.guardWrite([{ sheet, rect: rows }]);
    this.ctx.doc.deleteRows(sheet, rowPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    const sheet = this.live();
    this.checkCols(columnPosition, howMany, sheet.maxCols);
    if (columnPosition + howMany - 1 > sheet.maxCols) fail('Those columns are out of bounds.');
    if (howMany >= sheet.maxCols - sheet.frozenCols) {
      fail('Sorry, it is not possible to delete all non-frozen columns.');
    }
    const cols = { row: 1, rows: sheet.maxRows, col: columnPosition, cols: howMany };
    this.ctx.guardWrite([{ sheet, rect: cols }]);
    this.ctx.doc.deleteCols(sheet, columnPosition, howMany);
  }

  getFrozenRows(): number {
    return this.live().frozenRows;
  }
  setFrozenRows(rows: number): void {
    const sheet = this.live();
    if (!isInt(rows) || rows < 0 || rows >= sheet.maxRows) fail('Those rows are out of bounds.');
    sheet.frozenRows = rows;
  }
  getFrozenColumns(): number {
    return this.live().frozenCols;
  }
  setFrozenColumns(columns: number): void {
    const sheet = this.live();
    if (!isInt(columns) || columns < 0 || columns >= sheet.maxCols)
      fail('Those columns are out of bounds.');
    sheet.frozenCols = columns;
  }

  getColumnWidth(columnPosition: number): number {
    return this.live().colWidths.get(columnPosition) ?? DEFAULT_COL_WIDTH;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    const sheet = this.live();
    this.checkCols(startColumn, numColumns, sheet.maxCols);
    for (let c = startColumn; c < startColumn + numColumns; c++) sheet.colWidths.set(c, width);
    return this;
  }
  autoResizeColumns(startColumn: number, numColumns: number): this {
    const sheet = this.live();
    this.checkCols(startColumn, numColumns, sheet.maxCols);
    // Approximation: 7 px per character of the longest display value, at least the default.
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      sheet.cells.forEach((row) => {
        const v = row?.[c - 1];
        if (v !== undefined && typeof v !== 'object') longest = Math.max(longest, String(v).length);
      });
      sheet.colWidths.set(c, Math.max(DEFAULT_COL_WIDTH, longest * 7 + 10));
    }
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this.live().rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  setRowHeight(rowPosition: number, height: number): this {
    return this.setRowHeights(rowPosition, 1, height);
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    const sheet = this.live();
    this.checkRows(startRow, numRows, sheet.maxRows);
    for (let r = startRow; r < startRow + numRows; r++) sheet.rowHeights.set(r, height);
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    const sheet = this.live();
    this.checkCols(columnIndex, numColumns, sheet.maxCols);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) sheet.hiddenCols.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    const sheet = this.live();
    for (let c = columnIndex; c < columnIndex + numColumns; c++) sheet.hiddenCols.delete(c);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    const sheet = this.live();
    this.checkRows(rowIndex, numRows, sheet.maxRows);
    for (let r = rowIndex; r < rowIndex + numRows; r++) sheet.hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    const sheet = this.live();
    for (let r = rowIndex; r < rowIndex + numRows; r++) sheet.hiddenRows.delete(r);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.live().hiddenCols.has(columnPosition);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this.live().hiddenRows.has(rowPosition);
  }

  getNamedRanges(): NamedRangeImpl[] {
    const sheet = this.live();
    return [...this.ctx.doc.named.values()]
      .filter((n) => n.sheet === sheet)
      .map((n) => new NamedRangeImpl(this.ctx, n));
  }

  // ── protection, rules, charts ───────────────────────────────────────────

  protect(): ProtectionImpl {
    const sheet = this.live();
    const existing = sheet.protections.find((p) => p.type === 'SHEET');
    if (existing) return new ProtectionImpl(this.ctx, sheet, existing);
    const spec = {
      id: this.ctx.doc.newObjectId(),
      type: 'SHEET' as const,
      rect: { row: 1, col: 1, rows: sheet.maxRows, cols: sheet.maxCols },
      description: '',
      warningOnly: false,
      ...newProtectionAccess(this.ctx),
      unprotected: [],
    };
    sheet.protections.push(spec);
    return new ProtectionImpl(this.ctx, sheet, spec);
  }
  getProtections(type: GProtectionType): ProtectionImpl[] {
    const sheet = this.live();
    const name = enumName(type);
    return sheet.protections
      .filter((p) => p.type === name)
      .map((p) => new ProtectionImpl(this.ctx, sheet, p));
  }

  getConditionalFormatRules(): ConditionalFormatRuleImpl[] {
    return this.live().rules.map((r) => new ConditionalFormatRuleImpl(this.ctx, r));
  }
  setConditionalFormatRules(rules: GConditionalFormatRule[]): void {
    const sheet = this.live();
    if (!Array.isArray(rules)) signatureError('Sheet', 'setConditionalFormatRules', [rules]);
    const specs = rules.map((r) => {
      if (!(r instanceof ConditionalFormatRuleImpl))
        signatureError('Sheet', 'setConditionalFormatRules', [rules]);
      const spec = r.spec;
      if (!spec.ranges.length) fail('The conditional format rule must have at least one range.');
      if (!spec.criteria) fail('The conditional format rule must have a condition.');
      if (spec.ranges.some((x) => x.sheet !== sheet)) {
        fail('The conditional format rule cannot reference a different sheet.');
      }
      return { ...spec, ranges: spec.ranges.map((x) => ({ sheet: x.sheet, rect: { ...x.rect } })) };
    });
    sheet.rules = specs;
  }
  clearConditionalFormatRules(): void {
    this.live().rules = [];
  }

  newChart(): EmbeddedChartBuilderImpl {
    return new EmbeddedChartBuilderImpl(this.ctx, this.live());
  }
  insertChart(chart: GEmbeddedChart): void {
    const sheet = this.live();
    if (!(chart instanceof EmbeddedChartImpl)) signatureError('Sheet', 'insertChart', [chart]);
    const spec = { ...chart.spec, id: this.ctx.doc.newObjectId() };
    sheet.charts.push(spec);
  }
  updateChart(chart: GEmbeddedChart): void {
    const sheet = this.live();
    if (!(chart instanceof EmbeddedChartImpl)) signatureError('Sheet', 'updateChart', [chart]);
    const i = sheet.charts.findIndex((c) => c.id === chart.spec.id);
    if (i < 0) fail('The chart does not exist on this sheet.');
    sheet.charts[i] = { ...chart.spec };
  }
  removeChart(chart: GEmbeddedChart): void {
    const sheet = this.live();
    if (!(chart instanceof EmbeddedChartImpl)) signatureError('Sheet', 'removeChart', [chart]);
    sheet.charts = sheet.charts.filter((c) => c.id !== chart.spec.id);
  }
  getCharts(): EmbeddedChartImpl[] {
    const sheet = this.live();
    return sheet.charts.map((c) => new EmbeddedChartImpl(this.ctx, sheet, c));
  }

  // ── developer metadata ────────────────────────────────────────────────────

  addDeveloperMetadata(
    key: string,
    a?: string | GDeveloperMetadataVisibility,
    b?: GDeveloperMetadataVisibility,
  ): this {
    addMetadata(this.ctx, { type: 'SHEET', sheet: this.live() }, key, a, b);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    return metadataAt(this.ctx, { type: 'SHEET', sheet: this.live() });
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return new DeveloperMetadataFinderImpl(this.ctx, { type: 'SHEET', sheet: this.live() });
  }
}
