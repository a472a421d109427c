/**
 * The spreadsheet document: tabs, named ranges, locale and time zone, plus
 * the formula engine kept in step with them. Every change goes through here
 * so the model and HyperFormula never disagree. Knows nothing of Apps Script
 * objects, call counting or auth modes (see gas/ for those).
 */
import type { Rect } from './a1';
import { MetadataStore } from './dev-metadata';
import {
  type EngineHost,
  type EngineValue,
  FormulaEngine,
  type HfFactory,
  isCellErr,
} from './engine';
import {
  type Content,
  Formula,
  SheetData,
  type SheetRect,
  shiftRectCols,
  shiftRectRows,
} from './model';

export interface NamedSpec {
  name: string;
  sheet: SheetData;
  rect: Rect;
  /** The Sheets API's namedRangeId: given on first use, kept across renames and moves. */
  apiId?: string;
}

export interface DocOptions {
  id?: string;
  name?: string;
  locale?: string;
  timeZone?: string;
  host?: EngineHost;
  hfFactory?: HfFactory;
  /** The clock TODAY() and NOW() read (epoch ms); default real time. */
  now?: () => number;
}

const NO_HOST: EngineHost = { evaluating: (fn) => fn() };

/** Removes string literals so names inside quotes do not count as references. */
function stripStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class Doc {
  id: string;
  name: string;
  private _locale: string;
  private _timeZone: string;
  readonly sheets: SheetData[] = [];
  /** Keyed by lower-case name: names are case-insensitive. */
  readonly named = new Map<string, NamedSpec>();
  activeSheet: SheetData | null = null;
  /** Developer metadata of the spreadsheet, its tabs, rows and columns. */
  readonly metadata = new MetadataStore();
  readonly engine: FormulaEngine;
  private nextSheetId = 0;
  private nextObjectId = 1;

  constructor(opts: DocOptions = {}) {
    this.id = opts.id ?? 'emulated-spreadsheet';
    this.name = opts.name ?? 'Untitled spreadsheet';
    this._locale = opts.locale ?? 'en_US';
    this._timeZone = opts.timeZone ?? 'Etc/UTC';
    const now = opts.now ?? (() => Date.now());
    this.engine = new FormulaEngine(opts.host ?? NO_HOST, opts.hfFactory, {
      now,
      timeZone: () => this._timeZone,
      locale: () => this._locale,
    });
  }

  get locale(): string {
    return this._locale;
  }

  /** Like Sheets, a new locale recomputes TEXT() results (its separators and month names). */
  set locale(locale: string) {
    if (locale === this._locale) return;
    this._locale = locale;
    this.reenterFormulas((text) => /\bTEXT\s*\(/i.test(text));
  }

  get timeZone(): string {
    return this._timeZone;
  }

  /** Like Sheets, a new time zone recomputes TODAY() and NOW(). */
  set timeZone(timeZone: string) {
    if (timeZone === this._timeZone) return;
    this._timeZone = timeZone;
    this.engine.recalculateVolatile();
  }

  /** Ids for charts and protections. */
  newObjectId(): number {
    return this.nextObjectId++;
  }

  // ── tabs ──────────────────────────────────────────────────────────────────

  sheetByName(name: string): SheetData | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: number): SheetData | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** A name Sheets would pick for a new tab: Sheet1, Sheet2, … */
  freeSheetName(): string {
    for (let i = this.sheets.length + 1; ; i++) {
      if (!this.sheetByName(`Sheet${i}`)) return `Sheet${i}`;
    }
  }

  /** Inserts a tab; `index` is 0-based, `id` a free sheetId (the Sheets API may choose it). The caller has validated the name. */
  addSheet(name: string, index = this.sheets.length, id?: number): SheetData {
    let auto = this.nextSheetId === 0 ? 0 : this.nextSheetId * 1_000_003;
    this.nextSheetId++;
    while (id === undefined && this.sheetById(auto)) auto = this.nextSheetId++ * 1_000_003;
    const sheet = new SheetData(id ?? auto, name);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    this.engine.addSheet(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    // A formula may already mention this name (it showed #REF! until now).
    if (this.anyFormulaMentions(sheetRefPattern(name))) this.engine.materialize(sheet);
    return sheet;
  }

  removeSheet(sheet: SheetData): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) return;
    this.sheets.splice(i, 1);
    this.engine.removeSheet(sheet);
    for (const [key, n] of this.named) if (n.sheet === sheet) this.named.delete(key);
    this.metadata.removeSheet(sheet);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[Math.max(0, i - 1)] ?? null;
    this.refreshFormulaTexts();
  }

  renameSheet(sheet: SheetData, name: string): void {
    this.engine.renameSheet(sheet, name);
    sheet.name = name;
    this.refreshFormulaTexts();
  }

  moveSheet(sheet: SheetData, index: number): void {
    const i = this.sheets.indexOf(sheet);
    this.sheets.splice(i, 1);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
  }

  // ── contents ──────────────────────────────────────────────────────────────

  /** Writes a block of contents (undefined = blank) and keeps HF in step. */
  write(sheet: SheetData, row: number, col: number, block: (Content | undefined)[][]): void {
    const formulas: string[] = [];
    for (let r = 0; r < block.length; r++) {
      const line = block[r];
      for (let c = 0; c < line.length; c++) {
        const v = line[c];
        sheet.setContent(row + r, col + c, v);
        if (v instanceof Formula) formulas.push(v.text);
      }
    }
    const wasMaterialized = this.engine.isMaterialized(sheet);
    if (formulas.length) {
      this.engine.materialize(sheet);
      for (const f of formulas) this.materializeReferenced(f);
    }
    // Materializing just pushed the whole tab, this block included.
    if (wasMaterialized) this.engine.write(sheet, row, col, block);
  }

  /** Materializes the tabs a formula may read. */
  private materializeReferenced(formula: string): void {
    const text = stripStrings(formula);
    if (/\bINDIRECT\s*\(/i.test(text)) {
      for (const s of this.sheets) this.engine.materialize(s);
      return;
    }
    for (const s of this.sheets) {
      if (!this.engine.isMaterialized(s) && sheetRefPattern(s.name).test(text))
        this.engine.materialize(s);
    }
    for (const n of this.named.values()) {
      if (!this.engine.isMaterialized(n.sheet) && namePattern(n.name).test(text)) {
        this.engine.materialize(n.sheet);
      }
    }
  }

  private anyFormulaMentions(re: RegExp): boolean {
    for (const s of this.sheets) {
      if (!this.engine.isMaterialized(s)) continue;
      for (const row of s.cells) {
        if (!row) continue;
        for (const c of row) if (c instanceof Formula && re.test(stripStrings(c.text))) return true;
      }
    }
    return false;
  }

  /** Evaluates a formula as if typed in `sheet` (view only: conditional formats). */
  calculateIn(sheet: SheetData, formula: string): EngineValue {
    this.engine.materialize(sheet);
    this.materializeReferenced(formula);
    return this.engine.calculate(formula, sheet);
  }

  /** Computed values of a block: from HF for materialized tabs, else straight from the model. */
  values(sheet: SheetData, rect: Rect): EngineValue[][] {
    if (this.engine.isMaterialized(sheet)) return this.engine.values(sheet, rect);
    const out: EngineValue[][] = new Array(rect.rows);
    for (let r = 0; r < rect.rows; r++) {
      const src = sheet.cells[rect.row - 1 + r];
      const line: EngineValue[] = new Array(rect.cols);
      for (let c = 0; c < rect.cols; c++) {
        const v = src?.[rect.col - 1 + c];
        line[c] = v === undefined || v instanceof Formula ? null : v;
      }
      out[r] = line;
    }
    return out;
  }

  value(sheet: SheetData, row: number, col: number): EngineValue {
    return this.values(sheet, { row, col, rows: 1, cols: 1 })[0][0];
  }

  /** Last row/column with a value, counting spilled array results. */
  lastRow(sheet: SheetData): number {
    const own = sheet.lastRow();
    if (!this.engine.isMaterialized(sheet)) return own;
    const ext = this.engine.extent(sheet);
    if (ext.rows <= own) return own;
    const vals = this.engine.values(sheet, {
      row: 1,
      col: 1,
      rows: ext.rows,
      cols: Math.max(ext.cols, 1),
    });
    for (let r = vals.length; r > own; r--)
      if (vals[r - 1].some((v) => v !== null && v !== '')) return r;
    return own;
  }

  lastCol(sheet: SheetData): number {
    const own = sheet.lastCol();
    if (!this.engine.isMaterialized(sheet)) return own;
    const ext = this.engine.extent(sheet);
    if (ext.cols <= own) return own;
    const vals = this.engine.values(sheet, {
      row: 1,
      col: 1,
      rows: Math.max(ext.rows, 1),
      cols: ext.cols,
    });
    for (let c = ext.cols; c > own; c--)
      if (vals.some((line) => line[c - 1] !== null && line[c - 1] !== '')) return c;
    return own;
  }

  /** Whether a formula result is a date that Sheets would format as one. */
  dateKind(
    sheet: SheetData,
    row: number,
    col: number,
    v: EngineValue,
  ): 'date' | 'datetime' | 'time' | null {
    if (typeof v !== 'number' || isCellErr(v) || !(sheet.content(row, col) instanceof Formula))
      return null;
    return this.engine.isDateResult(sheet, row, col);
  }

  // ── structure ─────────────────────────────────────────────────────────────

  insertRows(sheet: SheetData, at: number, n: number): void {
    sheet.insertRows(at, n);
    this.metadata.shift(sheet, 'ROW', at, n);
    this.engine.insertRows(sheet, at, n);
    this.shiftRefs(sheet, (r) => shiftRectRows(r, at, n));
    this.afterStructure();
  }

  deleteRows(sheet: SheetData, at: number, n: number): void {
    sheet.deleteRows(at, n);
    this.metadata.shift(sheet, 'ROW', at, -n);
    this.engine.deleteRows(sheet, at, n);
    this.shiftRefs(sheet, (r) => shiftRectRows(r, at, -n));
    this.afterStructure();
  }

  insertCols(sheet: SheetData, at: number, n: number): void {
    sheet.insertCols(at, n);
    this.metadata.shift(sheet, 'COLUMN', at, n);
    this.engine.insertCols(sheet, at, n);
    this.shiftRefs(sheet, (r) => shiftRectCols(r, at, n));
    this.afterStructure();
  }

  deleteCols(sheet: SheetData, at: number, n: number): void {
    sheet.deleteCols(at, n);
    this.metadata.shift(sheet, 'COLUMN', at, -n);
    this.engine.deleteCols(sheet, at, n);
    this.shiftRefs(sheet, (r) => shiftRectCols(r, at, -n));
    this.afterStructure();
  }

  /** Shifts every stored rectangle that points into `sheet` (from any tab). */
  private shiftRefs(sheet: SheetData, fn: (r: Rect) => void): void {
    const each = (sr: SheetRect) => {
      if (sr.sheet === sheet) fn(sr.rect);
    };
    for (const n of this.named.values()) if (n.sheet === sheet) fn(n.rect);
    for (const s of this.sheets) {
      for (const rule of s.rules) rule.ranges.forEach(each);
      for (const chart of s.charts) chart.ranges.forEach(each);
      for (const row of s.meta) {
        if (!row) continue;
        for (const m of row) {
          for (const v of m?.validation?.values ?? []) {
            if (typeof v === 'object' && v !== null && 'sheet' in v) each(v);
          }
        }
      }
    }
    for (const [key, n] of this.named) {
      if (n.rect.rows <= 0 || n.rect.cols <= 0) {
        this.named.delete(key);
        this.engine.removeName(n.name);
      }
    }
  }

  private afterStructure(): void {
    // Named expressions: HF shifts its own copy; re-assert ours so both agree exactly.
    for (const n of this.named.values()) this.engine.setName(n.name, n.sheet, n.rect);
    this.refreshFormulaTexts();
  }

  /** After HF rewrote references (structure, renames, deleted tabs), copy its formula texts back. */
  private refreshFormulaTexts(): void {
    for (const s of this.sheets) {
      if (!this.engine.isMaterialized(s)) continue;
      s.cells.forEach((row, r) => {
        row?.forEach((c, col) => {
          if (!(c instanceof Formula)) return;
          const text = this.engine.formulaText(s, r + 1, col + 1);
          if (text !== undefined && text !== c.text) row[col] = new Formula(text);
        });
      });
    }
  }

  // ── named ranges ──────────────────────────────────────────────────────────

  namedRange(name: string): NamedSpec | undefined {
    return this.named.get(name.toLowerCase());
  }

  setNamed(name: string, sheet: SheetData, rect: Rect, apiId?: string): void {
    const old = this.named.get(name.toLowerCase());
    if (old && old.name !== name) this.engine.removeName(old.name);
    const id = apiId ?? old?.apiId;
    this.named.set(name.toLowerCase(), {
      name,
      sheet,
      rect: { ...rect },
      ...(id === undefined ? {} : { apiId: id }),
    });
    this.engine.setName(name, sheet, rect);
    if (!this.engine.isMaterialized(sheet) && this.anyFormulaMentions(namePattern(name))) {
      this.engine.materialize(sheet);
    }
    // HF parsed earlier mentions of an address-like name (Revenue2026) as a cell: re-enter them.
    if (!old && /^[A-Za-z]+[0-9]+$/.test(name)) this.reenterFormulasMentioning(name);
  }

  private reenterFormulasMentioning(name: string): void {
    const re = namePattern(name);
    this.reenterFormulas((text) => re.test(text));
  }

  /** Re-enters into HF the formulas whose text (string literals removed) passes `test`. */
  private reenterFormulas(test: (code: string) => boolean): void {
    for (const s of this.sheets) {
      if (!this.engine.isMaterialized(s)) continue;
      s.cells.forEach((row, r) => {
        row?.forEach((c, col) => {
          if (c instanceof Formula && test(stripStrings(c.text)))
            this.engine.write(s, r + 1, col + 1, [[c]]);
        });
      });
    }
  }

  /** Renames a named range; like Sheets, formulas that use it follow the new name. */
  renameNamed(oldName: string, newName: string): void {
    const n = this.named.get(oldName.toLowerCase());
    if (!n) return;
    this.removeNamed(oldName);
    this.setNamed(newName, n.sheet, n.rect, n.apiId);
    const re = new RegExp(namePattern(oldName).source, 'gi');
    for (const s of this.sheets) {
      s.cells.forEach((row, r) => {
        row?.forEach((c, col) => {
          if (!(c instanceof Formula) || !namePattern(oldName).test(stripStrings(c.text))) return;
          // Replace only outside string literals.
          const text = c.text.replace(
            /("(?:[^"]|"")*")|([^"]+)/g,
            (_m, str: string, code: string) =>
              str ??
              code.replace(re, (whole) => whole.slice(0, whole.length - oldName.length) + newName),
          );
          this.write(s, r + 1, col + 1, [[new Formula(text)]]);
        });
      });
    }
  }

  removeNamed(name: string): void {
    const n = this.named.get(name.toLowerCase());
    if (!n) return;
    this.named.delete(name.toLowerCase());
    this.engine.removeName(n.name);
  }
}

/** `Tab!` or `'Tab'!` (case-insensitive) as it would appear in a formula. */
function sheetRefPattern(name: string): RegExp {
  const quoted = `'${name.replace(/'/g, "''")}'`;
  return new RegExp(`(?:^|[^A-Za-z0-9_.])(?:${escapeRe(name)}|${escapeRe(quoted)})!`, 'i');
}

function namePattern(name: string): RegExp {
  return new RegExp(`(?:^|[^A-Za-z0-9_.!$'])${escapeRe(name)}(?![A-Za-z0-9_.(!])`, 'i');
}
