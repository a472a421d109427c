/**
 * The in-memory spreadsheet: pure data, no formulas evaluated here. Cell
 * contents live in dense per-row arrays of primitives (a 100,000-row CRM tab
 * must stay cheap); formats, styles, notes and validation live in a sparse
 * parallel grid of small objects. All coordinates are 1-based, as in Sheets.
 */
import type { Rect } from './a1';

/** A formula as the user (or add-on) wrote it, `=` included. */
export class Formula {
  constructor(readonly text: string) {}
}

export type Literal = string | number | boolean;
export type Content = Literal | Formula;

export interface Border {
  color: string;
  style: string;
}

export interface CellMeta {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontFamily?: string;
  background?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  wrapStrategy?: string;
  borderTop?: Border;
  borderLeft?: Border;
  borderBottom?: Border;
  borderRight?: Border;
  note?: string;
  validation?: ValidationSpec;
}

/** A range on a sheet that survives as data (named ranges, rules, charts, validation). */
export interface SheetRect {
  sheet: SheetData;
  rect: Rect;
}

export interface ValidationSpec {
  criteria: string;
  /** Criteria arguments; ranges as SheetRect. */
  values: (string | number | boolean | Date | SheetRect | string[])[];
  allowInvalid: boolean;
  helpText: string | null;
  showDropdown: boolean;
}

export interface RuleFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}

export interface RuleSpec {
  ranges: SheetRect[];
  /** Google's BooleanCriteria name, e.g. NUMBER_GREATER_THAN, CUSTOM_FORMULA. */
  criteria: string;
  values: (string | number)[];
  format: RuleFormat;
}

export interface ChartSpec {
  id: number;
  type: string;
  ranges: SheetRect[];
  anchorRow: number;
  anchorCol: number;
  offsetX: number;
  offsetY: number;
  numHeaders: number;
  transpose: boolean;
  options: Record<string, unknown>;
}

export interface ProtectionSpec {
  id: number;
  type: 'SHEET' | 'RANGE';
  rect: Rect;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: Rect[];
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;
export const DEFAULT_COL_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export class SheetData {
  maxRows = DEFAULT_ROWS;
  maxCols = DEFAULT_COLS;
  hidden = false;
  tabColor: string | null = null;
  frozenRows = 0;
  frozenCols = 0;
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenCols = new Set<number>();
  /** cells[row-1][col-1]; holes are blanks. */
  cells: (Content | undefined)[][] = [];
  meta: (CellMeta | undefined)[][] = [];
  merges: Rect[] = [];
  rules: RuleSpec[] = [];
  charts: ChartSpec[] = [];
  protections: ProtectionSpec[] = [];

  constructor(
    readonly id: number,
    public name: string,
  ) {}

  content(row: number, col: number): Content | undefined {
    return this.cells[row - 1]?.[col - 1];
  }

  setContent(row: number, col: number, value: Content | undefined): void {
    let r = this.cells[row - 1];
    if (!r) {
      if (value === undefined) return;
      r = [];
      this.cells[row - 1] = r;
    }
    r[col - 1] = value;
  }

  metaAt(row: number, col: number): CellMeta | undefined {
    return this.meta[row - 1]?.[col - 1];
  }

  /** The cell's meta object, created on first write. */
  ensureMeta(row: number, col: number): CellMeta {
    let r = this.meta[row - 1];
    if (!r) {
      r = [];
      this.meta[row - 1] = r;
    }
    let m = r[col - 1];
    if (!m) {
      m = {};
      r[col - 1] = m;
    }
    return m;
  }

  clearMeta(row: number, col: number, keep?: (keyof CellMeta)[]): void {
    const r = this.meta[row - 1];
    const m = r?.[col - 1];
    if (!r || !m) return;
    if (!keep) {
      r[col - 1] = undefined;
      return;
    }
    const next: CellMeta = {};
    for (const k of keep) if (m[k] !== undefined) Object.assign(next, { [k]: m[k] });
    r[col - 1] = Object.keys(next).length ? next : undefined;
  }

  /** Last row with content (formatting alone does not count, as in Sheets). */
  lastRow(): number {
    for (let r = this.cells.length; r > 0; r--) {
      const row = this.cells[r - 1];
      if (row?.some((c) => c !== undefined && c !== '')) return r;
    }
    return 0;
  }

  lastCol(): number {
    let last = 0;
    for (const row of this.cells) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        const v = row[c - 1];
        if (v !== undefined && v !== '') {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  // ── structural changes: shift everything that is positioned ──────────────

  insertRows(at: number, n: number): void {
    this.cells.splice(at - 1, 0, ...blanks<(Content | undefined)[]>(n, () => []));
    this.meta.splice(at - 1, 0, ...blanks<(CellMeta | undefined)[]>(n, () => []));
    this.maxRows += n;
    shiftMap(this.rowHeights, at, n);
    shiftSet(this.hiddenRows, at, n);
    this.eachRect((r) => shiftRectRows(r, at, n));
  }

  deleteRows(at: number, n: number): void {
    this.cells.splice(at - 1, n);
    this.meta.splice(at - 1, n);
    this.maxRows -= n;
    shiftMap(this.rowHeights, at, -n);
    shiftSet(this.hiddenRows, at, -n);
    this.eachRect((r) => shiftRectRows(r, at, -n));
    this.dropEmptyRects();
  }

  insertCols(at: number, n: number): void {
    for (const row of this.cells)
      if (row && row.length >= at) row.splice(at - 1, 0, ...blanks<undefined>(n));
    for (const row of this.meta)
      if (row && row.length >= at) row.splice(at - 1, 0, ...blanks<undefined>(n));
    this.maxCols += n;
    shiftMap(this.colWidths, at, n);
    shiftSet(this.hiddenCols, at, n);
    this.eachRect((r) => shiftRectCols(r, at, n));
  }

  deleteCols(at: number, n: number): void {
    for (const row of this.cells) if (row) row.splice(at - 1, n);
    for (const row of this.meta) if (row) row.splice(at - 1, n);
    this.maxCols -= n;
    shiftMap(this.colWidths, at, -n);
    shiftSet(this.hiddenCols, at, -n);
    this.eachRect((r) => shiftRectCols(r, at, -n));
    this.dropEmptyRects();
  }

  /** Every rectangle stored on this sheet's own objects (other sheets' refs are shifted by the workbook). */
  private eachRect(fn: (r: Rect) => void): void {
    for (const m of this.merges) fn(m);
    for (const p of this.protections) {
      fn(p.rect);
      for (const u of p.unprotected) fn(u);
    }
  }

  private dropEmptyRects(): void {
    this.merges = this.merges.filter((m) => m.rows > 0 && m.cols > 0 && m.rows * m.cols > 1);
  }
}

function blanks<T>(n: number, make?: () => T): T[] {
  return Array.from({ length: n }, () => (make ? make() : (undefined as T)));
}

function shiftMap(map: Map<number, number>, at: number, n: number): void {
  const entries = [...map.entries()];
  map.clear();
  for (const [k, v] of entries) {
    if (k < at) map.set(k, v);
    else if (n > 0) map.set(k + n, v);
    else if (k >= at - n) map.set(k + n, v);
  }
}

function shiftSet(set: Set<number>, at: number, n: number): void {
  const items = [...set];
  set.clear();
  for (const k of items) {
    if (k < at) set.add(k);
    else if (n > 0) set.add(k + n);
    else if (k >= at - n) set.add(k + n);
  }
}

/** Shifts a rect for rows inserted (n > 0) or deleted (n < 0) at `at`; it may shrink to 0 rows. */
export function shiftRectRows(r: Rect, at: number, n: number): void {
  const end = r.row + r.rows - 1;
  if (n > 0) {
    if (r.row >= at) r.row += n;
    else if (end >= at) r.rows += n;
    return;
  }
  const delStart = at;
  const delEnd = at - n - 1;
  const keepTop = Math.max(0, Math.min(end, delStart - 1) - r.row + 1);
  const keepBottom = Math.max(0, end - Math.max(r.row, delEnd + 1) + 1);
  const newStart = r.row < delStart ? r.row : Math.max(delStart, r.row + n);
  r.row = newStart;
  r.rows = keepTop + keepBottom;
}

export function shiftRectCols(r: Rect, at: number, n: number): void {
  const t = { row: r.col, rows: r.cols, col: 0, cols: 0 };
  shiftRectRows(t, at, n);
  r.col = t.row;
  r.cols = t.rows;
}
