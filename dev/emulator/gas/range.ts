/**
 * Range: a fixed rectangle on a tab (like Apps Script's, it does not move
 * when rows are inserted). Implements the surface's GRange exactly.
 */
import type {
  GBorderStyle,
  GCellValue,
  GClearOptions,
  GDataValidation,
  GDeveloperMetadataVisibility,
  GFontLine,
  GFontStyle,
  GFontWeight,
  GHAlign,
  GRange,
  GTextStyle,
  GVAlign,
  GWrapStrategy,
} from '../../../src/gas/surface';
import { columnLetter, type Rect, rectA1 } from '../a1';
import { Formula, type SheetData } from '../model';
import { AUTOMATIC_FORMAT } from '../number-format';
import { enumName } from '../services/enums';
import { GasObject } from './boundary';
import {
  breakApart,
  checkGrid,
  clearCells,
  clearOptions,
  fill,
  getMetaGrid,
  intersects,
  mergeRects,
  readDisplay,
  readFormulas,
  readValues,
  setBorders,
  setMetaAll,
  setMetaGrid,
  signatureError,
  writeFormulas,
  writeValues,
} from './cell-ops';
import { normalizeColor } from './colors';
import { fail, type GasContext, type WriteTarget } from './context';
import { DataValidationImpl } from './data-validation';
import {
  addMetadata,
  DeveloperMetadataFinderImpl,
  type DeveloperMetadataImpl,
  metadataAt,
  rangeLocation,
  rangeScope,
} from './developer-metadata';
import { newProtectionAccess, ProtectionImpl } from './protection';
import { SheetImpl } from './sheet';
import { TextStyleImpl } from './text-style';

/** How the range was written in A1, so getA1Notation() can give it back (`A:C`, `2:5`, `A2:C`). */
export interface A1Shape {
  wholeCols?: boolean;
  wholeRows?: boolean;
  openRows?: boolean;
  openCols?: boolean;
}

const H_ALIGN: Record<string, 'left' | 'center' | 'right' | undefined> = {
  left: 'left',
  center: 'center',
  right: 'right',
  normal: undefined,
};

/** The emulated Range behind an argument (the boundary has already unwrapped proxies). */
export function asRange(range: unknown): RangeImpl {
  if (!(range instanceof RangeImpl)) fail('Invalid argument: range');
  return range;
}

export class RangeImpl extends GasObject implements GRange {
  readonly gasKind = 'Range';

  constructor(
    readonly ctx: GasContext,
    readonly sheet: SheetData,
    readonly rect: Rect,
    private readonly shape: A1Shape = {},
  ) {
    super();
  }

  private live(): SheetData {
    if (!this.ctx.doc.sheets.includes(this.sheet))
      fail('The sheet for this range has been deleted.');
    return this.sheet;
  }

  override writeTargets(): WriteTarget[] {
    return [{ sheet: this.sheet, rect: this.rect }];
  }

  private get r(): Rect {
    return this.rect;
  }

  // ── coordinates ─────────────────────────────────────────────────────────

  getA1Notation(): string {
    const { row, col, rows, cols } = this.rect;
    const s = this.shape;
    if (s.wholeCols) return `${columnLetter(col)}:${columnLetter(col + cols - 1)}`;
    if (s.wholeRows) return `${row}:${row + rows - 1}`;
    if (s.openRows) return `${columnLetter(col)}${row}:${columnLetter(col + cols - 1)}`;
    if (s.openCols) return `${columnLetter(col)}${row}:${row + rows - 1}`;
    return rectA1(this.rect);
  }
  getRow(): number {
    return this.r.row;
  }
  getColumn(): number {
    return this.r.col;
  }
  getLastRow(): number {
    return this.r.row + this.r.rows - 1;
  }
  getLastColumn(): number {
    return this.r.col + this.r.cols - 1;
  }
  getNumRows(): number {
    return this.r.rows;
  }
  getNumColumns(): number {
    return this.r.cols;
  }
  getHeight(): number {
    return this.r.rows;
  }
  getWidth(): number {
    return this.r.cols;
  }
  getGridId(): number {
    return this.sheet.id;
  }
  getSheet(): SheetImpl {
    return new SheetImpl(this.ctx, this.live());
  }

  getCell(row: number, column: number): RangeImpl {
    if (row < 1 || column < 1 || row > this.r.rows || column > this.r.cols)
      fail('Cell reference out of range');
    return new RangeImpl(this.ctx, this.sheet, {
      row: this.r.row + row - 1,
      col: this.r.col + column - 1,
      rows: 1,
      cols: 1,
    });
  }

  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): RangeImpl {
    return this.getSheet().getRange(
      this.r.row + rowOffset,
      this.r.col + columnOffset,
      numRows ?? this.r.rows,
      numColumns ?? this.r.cols,
    );
  }

  activate(): RangeImpl {
    this.ctx.doc.activeSheet = this.live();
    this.ctx.activeRange = this;
    return this;
  }

  isBlank(): boolean {
    for (let r = this.r.row; r < this.r.row + this.r.rows; r++) {
      for (let c = this.r.col; c < this.r.col + this.r.cols; c++) {
        const v = this.sheet.content(r, c);
        if (v !== undefined && v !== '') return false;
      }
    }
    return true;
  }

  // ── values and formulas ─────────────────────────────────────────────────

  getValue(): GCellValue {
    return readValues(this.ctx, this.live(), { ...this.r, rows: 1, cols: 1 })[0][0];
  }
  getValues(): GCellValue[][] {
    return readValues(this.ctx, this.live(), this.r);
  }
  setValue(value: unknown): RangeImpl {
    if (Array.isArray(value)) signatureError('Range', 'setValue', [value]);
    writeValues(this.ctx, this.live(), this.r, fill(this.r, value));
    return this;
  }
  setValues(values: unknown[][]): RangeImpl {
    writeValues(this.ctx, this.live(), this.r, checkGrid(values, this.r, 'setValues'));
    return this;
  }
  getDisplayValue(): string {
    return readDisplay(this.ctx, this.live(), { ...this.r, rows: 1, cols: 1 })[0][0];
  }
  getDisplayValues(): string[][] {
    return readDisplay(this.ctx, this.live(), this.r);
  }
  getFormula(): string {
    const v = this.live().content(this.r.row, this.r.col);
    return v instanceof Formula ? v.text : '';
  }
  getFormulas(): string[][] {
    return readFormulas(this.live(), this.r);
  }
  setFormula(formula: string): RangeImpl {
    if (typeof formula !== 'string') signatureError('Range', 'setFormula', [formula]);
    writeFormulas(this.ctx, this.live(), this.r, fill(this.r, formula));
    return this;
  }
  setFormulas(formulas: string[][]): RangeImpl {
    writeFormulas(this.ctx, this.live(), this.r, checkGrid(formulas, this.r, 'setFormulas'));
    return this;
  }

  clear(options?: GClearOptions): RangeImpl {
    clearCells(this.ctx, this.live(), this.r, clearOptions(options));
    return this;
  }
  clearContent(): RangeImpl {
    clearCells(this.ctx, this.live(), this.r, { contents: true });
    return this;
  }
  clearFormat(): RangeImpl {
    clearCells(this.ctx, this.live(), this.r, { formats: true });
    return this;
  }
  clearNote(): RangeImpl {
    clearCells(this.ctx, this.live(), this.r, { notes: true });
    return this;
  }
  clearDataValidations(): RangeImpl {
    clearCells(this.ctx, this.live(), this.r, { validations: true });
    return this;
  }

  // ── number formats ──────────────────────────────────────────────────────

  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }
  getNumberFormats(): string[][] {
    return getMetaGrid(this.live(), this.r, 'numberFormat', (f) => f ?? AUTOMATIC_FORMAT);
  }
  setNumberFormat(numberFormat: string): RangeImpl {
    return this.setNumberFormats(fill(this.r, numberFormat));
  }
  setNumberFormats(numberFormats: string[][]): RangeImpl {
    const grid = checkGrid(numberFormats, this.r, 'setNumberFormats') as string[][];
    setMetaGrid(this.live(), this.r, grid, 'numberFormat', (f) =>
      f === '' || f === AUTOMATIC_FORMAT || f === null ? undefined : String(f),
    );
    return this;
  }

  // ── colours and fonts ───────────────────────────────────────────────────

  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }
  getBackgrounds(): string[][] {
    return getMetaGrid(this.live(), this.r, 'background', (b) => b ?? '#ffffff');
  }
  setBackground(color: string | null): RangeImpl {
    return this.setBackgrounds(fill(this.r, color));
  }
  setBackgrounds(color: (string | null)[][]): RangeImpl {
    const grid = checkGrid(color, this.r, 'setBackgrounds') as (string | null)[][];
    setMetaGrid(this.live(), this.r, grid, 'background', (c) =>
      c ? normalizeColor(c) : undefined,
    );
    return this;
  }
  getFontColor(): string {
    return this.live().metaAt(this.r.row, this.r.col)?.fontColor ?? '#000000';
  }
  setFontColor(color: string | null): RangeImpl {
    return this.setFontColors(fill(this.r, color));
  }
  setFontColors(colors: (string | null)[][]): RangeImpl {
    const grid = checkGrid(colors, this.r, 'setFontColors') as (string | null)[][];
    setMetaGrid(this.live(), this.r, grid, 'fontColor', (c) => (c ? normalizeColor(c) : undefined));
    return this;
  }
  getFontWeight(): GFontWeight {
    return this.getFontWeights()[0][0];
  }
  getFontWeights(): GFontWeight[][] {
    return getMetaGrid(this.live(), this.r, 'bold', (b) => (b ? 'bold' : 'normal'));
  }
  setFontWeight(fontWeight: GFontWeight | null): RangeImpl {
    return this.setFontWeights(fill(this.r, fontWeight));
  }
  setFontWeights(fontWeights: (GFontWeight | null)[][]): RangeImpl {
    const grid = checkGrid(fontWeights, this.r, 'setFontWeights') as (GFontWeight | null)[][];
    setMetaGrid(this.live(), this.r, grid, 'bold', (w) => (w === 'bold' ? true : undefined));
    return this;
  }
  getFontStyle(): GFontStyle {
    return this.live().metaAt(this.r.row, this.r.col)?.italic ? 'italic' : 'normal';
  }
  setFontStyle(fontStyle: GFontStyle | null): RangeImpl {
    return this.setFontStyles(fill(this.r, fontStyle));
  }
  setFontStyles(fontStyles: (GFontStyle | null)[][]): RangeImpl {
    const grid = checkGrid(fontStyles, this.r, 'setFontStyles') as (GFontStyle | null)[][];
    setMetaGrid(this.live(), this.r, grid, 'italic', (s) => (s === 'italic' ? true : undefined));
    return this;
  }
  getFontLine(): GFontLine {
    const m = this.live().metaAt(this.r.row, this.r.col);
    return m?.underline ? 'underline' : m?.strikethrough ? 'line-through' : 'none';
  }
  setFontLine(fontLine: GFontLine | null): RangeImpl {
    setMetaAll(this.live(), this.r, 'underline', fontLine === 'underline' ? true : undefined);
    setMetaAll(this.sheet, this.r, 'strikethrough', fontLine === 'line-through' ? true : undefined);
    return this;
  }
  getFontSize(): number {
    return this.live().metaAt(this.r.row, this.r.col)?.fontSize ?? 10;
  }
  setFontSize(size: number): RangeImpl {
    return this.setFontSizes(fill(this.r, size));
  }
  setFontSizes(sizes: number[][]): RangeImpl {
    const grid = checkGrid(sizes, this.r, 'setFontSizes') as number[][];
    setMetaGrid(this.live(), this.r, grid, 'fontSize', (s) =>
      typeof s === 'number' ? s : undefined,
    );
    return this;
  }
  getFontFamily(): string {
    return this.live().metaAt(this.r.row, this.r.col)?.fontFamily ?? 'Arial';
  }
  setFontFamily(fontFamily: string | null): RangeImpl {
    setMetaAll(this.live(), this.r, 'fontFamily', fontFamily ?? undefined);
    return this;
  }

  // ── alignment and wrapping ──────────────────────────────────────────────

  getHorizontalAlignment(): string {
    return this.getHorizontalAlignments()[0][0];
  }
  getHorizontalAlignments(): string[][] {
    return getMetaGrid(this.live(), this.r, 'hAlign', (a) => a ?? 'general');
  }
  setHorizontalAlignment(alignment: GHAlign | null): RangeImpl {
    return this.setHorizontalAlignments(fill(this.r, alignment));
  }
  setHorizontalAlignments(alignments: (GHAlign | null)[][]): RangeImpl {
    const grid = checkGrid(alignments, this.r, 'setHorizontalAlignments') as (GHAlign | null)[][];
    setMetaGrid(this.live(), this.r, grid, 'hAlign', (a) => (a ? H_ALIGN[a] : undefined));
    return this;
  }
  getVerticalAlignment(): string {
    return this.live().metaAt(this.r.row, this.r.col)?.vAlign ?? 'bottom';
  }
  setVerticalAlignment(alignment: GVAlign | null): RangeImpl {
    return this.setVerticalAlignments(fill(this.r, alignment));
  }
  setVerticalAlignments(alignments: (GVAlign | null)[][]): RangeImpl {
    const grid = checkGrid(alignments, this.r, 'setVerticalAlignments') as (GVAlign | null)[][];
    setMetaGrid(this.live(), this.r, grid, 'vAlign', (a) => a ?? undefined);
    return this;
  }
  getWrap(): boolean {
    return this.getWraps()[0][0];
  }
  getWraps(): boolean[][] {
    return getMetaGrid(this.live(), this.r, 'wrap', (w) => w ?? false);
  }
  setWrap(isWrapEnabled: boolean): RangeImpl {
    return this.setWraps(fill(this.r, isWrapEnabled));
  }
  setWraps(isWrapEnabled: boolean[][]): RangeImpl {
    const grid = checkGrid(isWrapEnabled, this.r, 'setWraps') as boolean[][];
    setMetaGrid(this.live(), this.r, grid, 'wrap', (w) => (w ? true : undefined));
    return this;
  }
  setWrapStrategy(strategy: GWrapStrategy): RangeImpl {
    const name = enumName(strategy);
    setMetaAll(this.live(), this.r, 'wrapStrategy', name);
    setMetaAll(this.sheet, this.r, 'wrap', name === 'WRAP' ? true : undefined);
    return this;
  }

  getTextStyle(): GTextStyle {
    const m = this.live().metaAt(this.r.row, this.r.col);
    return new TextStyleImpl({
      bold: m?.bold ?? false,
      italic: m?.italic ?? false,
      underline: m?.underline ?? false,
      strikethrough: m?.strikethrough ?? false,
      fontSize: m?.fontSize ?? 10,
      fontFamily: m?.fontFamily ?? 'Arial',
      foregroundColor: m?.fontColor ?? '#000000',
    });
  }
  setTextStyle(style: GTextStyle): RangeImpl {
    const s = (style as TextStyleImpl).spec;
    const sheet = this.live();
    if (s.bold !== undefined) setMetaAll(sheet, this.r, 'bold', s.bold || undefined);
    if (s.italic !== undefined) setMetaAll(sheet, this.r, 'italic', s.italic || undefined);
    if (s.underline !== undefined) setMetaAll(sheet, this.r, 'underline', s.underline || undefined);
    if (s.strikethrough !== undefined)
      setMetaAll(sheet, this.r, 'strikethrough', s.strikethrough || undefined);
    if (s.fontSize !== undefined) setMetaAll(sheet, this.r, 'fontSize', s.fontSize);
    if (s.fontFamily !== undefined) setMetaAll(sheet, this.r, 'fontFamily', s.fontFamily);
    if (s.foregroundColor !== undefined)
      setMetaAll(sheet, this.r, 'fontColor', normalizeColor(s.foregroundColor));
    return this;
  }

  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GBorderStyle | null,
  ): RangeImpl {
    setBorders(this.live(), this.r, {
      top,
      left,
      bottom,
      right,
      vertical,
      horizontal,
      color: color ? normalizeColor(color) : '#000000',
      style: style ? enumName(style) : 'SOLID',
    });
    return this;
  }

  // ── merges ──────────────────────────────────────────────────────────────

  merge(): RangeImpl {
    mergeRects(this.ctx, this.live(), [this.r]);
    return this;
  }
  mergeAcross(): RangeImpl {
    const rows = Array.from({ length: this.r.rows }, (_, i) => ({
      ...this.r,
      row: this.r.row + i,
      rows: 1,
    }));
    mergeRects(this.ctx, this.live(), rows);
    return this;
  }
  mergeVertically(): RangeImpl {
    const cols = Array.from({ length: this.r.cols }, (_, i) => ({
      ...this.r,
      col: this.r.col + i,
      cols: 1,
    }));
    mergeRects(this.ctx, this.live(), cols);
    return this;
  }
  breakApart(): RangeImpl {
    breakApart(this.live(), this.r);
    return this;
  }
  isPartOfMerge(): boolean {
    return this.live().merges.some((m) => intersects(m, this.r));
  }
  getMergedRanges(): RangeImpl[] {
    return this.live()
      .merges.filter((m) => intersects(m, this.r))
      .map((m) => new RangeImpl(this.ctx, this.sheet, { ...m }));
  }

  // ── notes, validation, protection ───────────────────────────────────────

  getNote(): string {
    return this.live().metaAt(this.r.row, this.r.col)?.note ?? '';
  }
  getNotes(): string[][] {
    return getMetaGrid(this.live(), this.r, 'note', (n) => n ?? '');
  }
  setNote(note: string | null): RangeImpl {
    return this.setNotes(fill(this.r, note));
  }
  setNotes(notes: (string | null)[][]): RangeImpl {
    const grid = checkGrid(notes, this.r, 'setNotes') as (string | null)[][];
    setMetaGrid(this.live(), this.r, grid, 'note', (n) => (n ? String(n) : undefined));
    return this;
  }

  getDataValidation(): DataValidationImpl | null {
    return this.getDataValidations()[0][0];
  }
  getDataValidations(): (DataValidationImpl | null)[][] {
    return getMetaGrid(this.live(), this.r, 'validation', (v) =>
      v ? new DataValidationImpl(this.ctx, v) : null,
    );
  }
  setDataValidation(rule: GDataValidation | null): RangeImpl {
    return this.setDataValidations(fill(this.r, rule));
  }
  setDataValidations(rules: (GDataValidation | null)[][]): RangeImpl {
    const grid = checkGrid(rules, this.r, 'setDataValidations') as (GDataValidation | null)[][];
    setMetaGrid(this.live(), this.r, grid, 'validation', (v) =>
      v ? { ...(v as DataValidationImpl).spec } : undefined,
    );
    return this;
  }
  insertCheckboxes(): RangeImpl {
    const sheet = this.live();
    setMetaAll(sheet, this.r, 'validation', {
      criteria: 'CHECKBOX',
      values: [],
      allowInvalid: false,
      helpText: null,
      showDropdown: false,
    });
    const block = Array.from({ length: this.r.rows }, (_, r) =>
      Array.from({ length: this.r.cols }, (_, c) => {
        const v = sheet.content(this.r.row + r, this.r.col + c);
        return v === undefined ? false : v;
      }),
    );
    this.ctx.doc.write(sheet, this.r.row, this.r.col, block);
    return this;
  }

  protect(): ProtectionImpl {
    const sheet = this.live();
    const spec = {
      id: this.ctx.doc.newObjectId(),
      type: 'RANGE' as const,
      rect: { ...this.r },
      description: '',
      warningOnly: false,
      ...newProtectionAccess(this.ctx),
      unprotected: [],
    };
    sheet.protections.push(spec);
    return new ProtectionImpl(this.ctx, sheet, spec);
  }

  // ── developer metadata (entire rows or columns only) ─────────────────────

  addDeveloperMetadata(
    key: string,
    a?: string | GDeveloperMetadataVisibility,
    b?: GDeveloperMetadataVisibility,
  ): this {
    this.live();
    addMetadata(this.ctx, rangeLocation(this), key, a, b);
    return this;
  }
  /** Metadata at exactly this row or column; none for other ranges (they cannot hold any). */
  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    this.live();
    const { sheet, rect } = this;
    const row = rect.rows === 1 && rect.col === 1 && rect.cols === sheet.maxCols;
    const col = rect.cols === 1 && rect.row === 1 && rect.rows === sheet.maxRows;
    if (!row && !col) return [];
    return metadataAt(this.ctx, rangeLocation(this));
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    this.live();
    return new DeveloperMetadataFinderImpl(this.ctx, rangeScope(this));
  }
}
