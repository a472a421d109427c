/**
 * Operations on a rectangle of cells, shared by Range and RangeList: reading
 * values/formulas/display strings, writing with Google's strictness
 * (dimension checks, input parsing, data validation), and cell metadata.
 */
import { cellA1, type Rect } from '../a1';
import { isCellErr } from '../engine';
import { fromJs, parseInput } from '../input';
import {
  type CellMeta,
  type Content,
  Formula,
  type SheetData,
  type ValidationSpec,
} from '../model';
import { AUTOMATIC_FORMAT, isTextFormat } from '../number-format';
import { effectiveFormat, type GasValue, toDisplay, toGasValue } from '../values';
import { fail, type GasContext } from './context';

/** Google's wording for an argument of the wrong type. */
export function signatureError(kind: string, method: string, args: unknown[]): never {
  const types = args.map(describeType).join(',');
  fail(
    `The parameters (${types}) don't match the method signature for SpreadsheetApp.${kind}.${method}.`,
  );
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) {
    const inner = v.length ? describeType(v[0]) : 'Object';
    return `${inner}[]`;
  }
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (v === undefined) return 'undefined';
  return 'Object';
}

/** setValues & co.: a 2-D array exactly the size of the range, else Google's messages. */
export function checkGrid(data: unknown, rect: Rect, method: string): unknown[][] {
  if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
    signatureError('Range', method, [data]);
  }
  const rows = data as unknown[][];
  if (rows.length !== rect.rows) {
    fail(
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${rect.rows}.`,
    );
  }
  for (const row of rows) {
    if (row.length !== rect.cols) {
      fail(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.cols}.`,
      );
    }
  }
  return rows;
}

/** A grid of one value, for single-value setters. */
export function fill<T>(rect: Rect, v: T): T[][] {
  return Array.from({ length: rect.rows }, () => new Array<T>(rect.cols).fill(v));
}

// ── values ────────────────────────────────────────────────────────────────

export function readValues(ctx: GasContext, sheet: SheetData, rect: Rect): GasValue[][] {
  const doc = ctx.doc;
  const vals = doc.values(sheet, rect);
  const tz = doc.timeZone;
  const D = ctx.realm.Date;
  // Built with the vm realm's Array so the boundary need not copy large reads.
  const A = ctx.realm.Array;
  const out: GasValue[][] = new A(rect.rows);
  for (let r = 0; r < rect.rows; r++) {
    const src = vals[r];
    const line: GasValue[] = new A(rect.cols);
    const metaRow = sheet.meta[rect.row - 1 + r];
    for (let c = 0; c < rect.cols; c++) {
      const v = src[c];
      // Fast path: no number involved or no format on the row → no date conversion needed.
      if (typeof v !== 'number') line[c] = v === null ? '' : isCellErr(v) ? v.error : v;
      else if (
        !metaRow?.[rect.col - 1 + c]?.numberFormat &&
        !(sheet.content(rect.row + r, rect.col + c) instanceof Formula)
      ) {
        line[c] = v;
      } else {
        line[c] = toGasValue(v, effectiveFormat(doc, sheet, rect.row + r, rect.col + c, v), tz, D);
      }
    }
    out[r] = line;
  }
  return out;
}

export function readDisplay(ctx: GasContext, sheet: SheetData, rect: Rect): string[][] {
  const vals = ctx.doc.values(sheet, rect);
  const loc = ctx.locale;
  return vals.map((line, r) =>
    line.map((v, c) =>
      toDisplay(v, effectiveFormat(ctx.doc, sheet, rect.row + r, rect.col + c, v), loc),
    ),
  );
}

export function readFormulas(sheet: SheetData, rect: Rect): string[][] {
  return Array.from({ length: rect.rows }, (_, r) =>
    Array.from({ length: rect.cols }, (_, c) => {
      const v = sheet.content(rect.row + r, rect.col + c);
      return v instanceof Formula ? v.text : '';
    }),
  );
}

/** Writes JS values as setValues does: parsed like input, dates converted, validation enforced. */
export function writeValues(
  ctx: GasContext,
  sheet: SheetData,
  rect: Rect,
  data: unknown[][],
): void {
  const loc = ctx.locale;
  const tz = ctx.doc.timeZone;
  const block: (Content | undefined)[][] = new Array(rect.rows);
  const formats: [number, number, string][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const src = data[r];
    const line: (Content | undefined)[] = new Array(rect.cols);
    const metaRow = sheet.meta[rect.row - 1 + r];
    for (let c = 0; c < rect.cols; c++) {
      const v = src[c];
      // Fast path for the common cases: numbers, booleans, blanks.
      if (typeof v === 'number' && Number.isFinite(v)) line[c] = v;
      else if (typeof v === 'boolean') line[c] = v;
      else if (v === null || v === undefined || v === '') line[c] = undefined;
      else {
        const own = metaRow?.[rect.col - 1 + c]?.numberFormat;
        const parsed = fromJs(v, loc, tz, isTextFormat(own));
        line[c] = parsed.content;
        if (parsed.format && (!own || own === AUTOMATIC_FORMAT))
          formats.push([r, c, parsed.format]);
      }
    }
    block[r] = line;
  }
  enforceValidation(ctx, sheet, rect, block);
  for (const [r, c, f] of formats) sheet.ensureMeta(rect.row + r, rect.col + c).numberFormat = f;
  ctx.doc.write(sheet, rect.row, rect.col, block);
}

/** setFormulas: each entry is a formula (or, as in Sheets, a value when it lacks `=`). */
export function writeFormulas(
  ctx: GasContext,
  sheet: SheetData,
  rect: Rect,
  data: unknown[][],
): void {
  const loc = ctx.locale;
  const block = data.map((line) =>
    line.map((f) => {
      if (typeof f !== 'string') signatureError('Range', 'setFormulas', [data]);
      return parseInput(f as string, loc).content;
    }),
  );
  ctx.doc.write(sheet, rect.row, rect.col, block);
}

// ── data validation ───────────────────────────────────────────────────────

/** Google rejects a script write that breaks a "reject input" rule. */
function enforceValidation(
  ctx: GasContext,
  sheet: SheetData,
  rect: Rect,
  block: (Content | undefined)[][],
): void {
  for (let r = 0; r < rect.rows; r++) {
    const metaRow = sheet.meta[rect.row - 1 + r];
    if (!metaRow) continue;
    for (let c = 0; c < rect.cols; c++) {
      const dv = metaRow[rect.col - 1 + c]?.validation;
      const v = block[r][c];
      if (!dv || dv.allowInvalid || v === undefined || v instanceof Formula) continue;
      if (!satisfies(ctx, dv, v)) {
        fail(
          `The data you entered in cell ${cellA1(rect.row + r, rect.col + c)} violates the data validation rules set on this cell.`,
        );
      }
    }
  }
}

function satisfies(ctx: GasContext, dv: ValidationSpec, v: string | number | boolean): boolean {
  const n = typeof v === 'number' ? v : Number.NaN;
  const [a, b] = dv.values as number[];
  switch (dv.criteria) {
    case 'VALUE_IN_LIST':
      return ((dv.values[0] as string[]) ?? []).some((x) => String(x) === String(v));
    case 'VALUE_IN_RANGE': {
      const ref = dv.values[0];
      if (typeof ref !== 'object' || ref === null || !('sheet' in ref)) return true;
      const vals = ctx.doc.values(ref.sheet, ref.rect).flat();
      return vals.some((x) => x !== null && !isCellErr(x) && String(x) === String(v));
    }
    case 'CHECKBOX':
      return dv.values.length
        ? dv.values.some((x) => String(x) === String(v))
        : typeof v === 'boolean';
    case 'NUMBER_BETWEEN':
      return n >= a && n <= b;
    case 'NUMBER_NOT_BETWEEN':
      return n < a || n > b;
    case 'NUMBER_GREATER_THAN':
      return n > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n >= a;
    case 'NUMBER_LESS_THAN':
      return n < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n <= a;
    case 'NUMBER_EQUAL_TO':
      return n === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return !Number.isNaN(n) && n !== a;
    default:
      return true;
  }
}

// ── metadata ──────────────────────────────────────────────────────────────

type MetaKey = keyof CellMeta;

/** Sets one meta field on every cell (undefined removes it). */
export function setMetaAll<K extends MetaKey>(
  sheet: SheetData,
  rect: Rect,
  key: K,
  value: CellMeta[K] | undefined,
): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      if (value === undefined) {
        const m = sheet.metaAt(r, c);
        if (m) delete m[key];
      } else sheet.ensureMeta(r, c)[key] = value;
    }
  }
}

/** Sets a meta field per cell from a checked grid; `map` converts (undefined removes). */
export function setMetaGrid<K extends MetaKey, V>(
  sheet: SheetData,
  rect: Rect,
  grid: V[][],
  key: K,
  map: (v: V) => CellMeta[K] | undefined,
): void {
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const value = map(grid[r][c]);
      if (value === undefined) {
        const m = sheet.metaAt(rect.row + r, rect.col + c);
        if (m) delete m[key];
      } else sheet.ensureMeta(rect.row + r, rect.col + c)[key] = value;
    }
  }
}

export function getMetaGrid<K extends MetaKey, T>(
  sheet: SheetData,
  rect: Rect,
  key: K,
  map: (v: CellMeta[K] | undefined) => T,
): T[][] {
  return Array.from({ length: rect.rows }, (_, r) =>
    Array.from({ length: rect.cols }, (_, c) =>
      map(sheet.metaAt(rect.row + r, rect.col + c)?.[key]),
    ),
  );
}

const FORMAT_KEYS: MetaKey[] = [
  'numberFormat',
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'fontColor',
  'fontSize',
  'fontFamily',
  'background',
  'hAlign',
  'vAlign',
  'wrap',
  'wrapStrategy',
  'borderTop',
  'borderLeft',
  'borderBottom',
  'borderRight',
];

export interface ClearWhat {
  contents?: boolean;
  formats?: boolean;
  notes?: boolean;
  validations?: boolean;
}

export function clearCells(ctx: GasContext, sheet: SheetData, rect: Rect, what: ClearWhat): void {
  if (what.contents) {
    const blank = Array.from({ length: rect.rows }, () =>
      new Array<undefined>(rect.cols).fill(undefined),
    );
    ctx.doc.write(sheet, rect.row, rect.col, blank);
  }
  if (what.formats || what.notes || what.validations) {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        const m = sheet.metaAt(r, c);
        if (!m) continue;
        if (what.formats) for (const k of FORMAT_KEYS) delete m[k];
        if (what.notes) delete m.note;
        if (what.validations) delete m.validation;
      }
    }
  }
}

/** Range.clear(options) → what to clear, as Google documents the flags. */
export function clearOptions(options?: {
  contentsOnly?: boolean;
  formatOnly?: boolean;
  commentsOnly?: boolean;
  validationsOnly?: boolean;
}): ClearWhat {
  if (
    !options ||
    !(options.contentsOnly || options.formatOnly || options.commentsOnly || options.validationsOnly)
  ) {
    return { contents: true, formats: true };
  }
  return {
    contents: Boolean(options.contentsOnly),
    formats: Boolean(options.formatOnly),
    notes: Boolean(options.commentsOnly),
    validations: Boolean(options.validationsOnly),
  };
}

// ── borders ───────────────────────────────────────────────────────────────

export interface BorderArgs {
  top: boolean | null;
  left: boolean | null;
  bottom: boolean | null;
  right: boolean | null;
  vertical: boolean | null;
  horizontal: boolean | null;
  color: string;
  style: string;
}

/** setBorder: `true` draws, `false` removes, `null` leaves a side as it is. */
export function setBorders(sheet: SheetData, rect: Rect, a: BorderArgs): void {
  const border = { color: a.color, style: a.style };
  const lastRow = rect.row + rect.rows - 1;
  const lastCol = rect.col + rect.cols - 1;
  const apply = (
    r: number,
    c: number,
    side: 'borderTop' | 'borderLeft' | 'borderBottom' | 'borderRight',
    on: boolean | null,
  ) => {
    if (on === null) return;
    if (on) sheet.ensureMeta(r, c)[side] = { ...border };
    else {
      const m = sheet.metaAt(r, c);
      if (m) delete m[side];
    }
  };
  for (let r = rect.row; r <= lastRow; r++) {
    for (let c = rect.col; c <= lastCol; c++) {
      apply(r, c, 'borderTop', r === rect.row ? a.top : a.horizontal);
      apply(r, c, 'borderBottom', r === lastRow ? a.bottom : a.horizontal);
      apply(r, c, 'borderLeft', c === rect.col ? a.left : a.vertical);
      apply(r, c, 'borderRight', c === lastCol ? a.right : a.vertical);
    }
  }
}

// ── merges ────────────────────────────────────────────────────────────────

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

const PARTIAL_MERGE = 'You must select all cells in a merged range to merge or unmerge them.';

/** Merges each rectangle; like Sheets it keeps only the upper-left value. */
export function mergeRects(ctx: GasContext, sheet: SheetData, rects: Rect[]): void {
  for (const rect of rects) {
    for (const m of sheet.merges) {
      if (intersects(m, rect) && !contains(rect, m)) fail(PARTIAL_MERGE);
    }
  }
  for (const rect of rects) {
    if (rect.rows * rect.cols < 2) continue;
    sheet.merges = sheet.merges.filter((m) => !contains(rect, m));
    sheet.merges.push({ ...rect });
    const block = Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.cols }, (_, c) =>
        r === 0 && c === 0 ? sheet.content(rect.row, rect.col) : undefined,
      ),
    );
    ctx.doc.write(sheet, rect.row, rect.col, block);
  }
}

export function breakApart(sheet: SheetData, rect: Rect): void {
  for (const m of sheet.merges) {
    if (intersects(m, rect) && !contains(rect, m)) fail(PARTIAL_MERGE);
  }
  sheet.merges = sheet.merges.filter((m) => !contains(rect, m));
}
