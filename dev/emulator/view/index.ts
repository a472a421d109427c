/**
 * WorkbookView: a JSON picture of what a user would see in Sheets (computed
 * values through number formats, styles with conditional formatting
 * applied, merges, charts resolved to series). Harness-only: builds from
 * the document directly, so nothing here is counted.
 */
import { absoluteA1, type Rect } from '../a1';
import type { CellView, ChartView, SheetView, WorkbookView } from '../contract';
import type { Doc } from '../document';
import { type EngineValue, isCellErr } from '../engine';
import { localeInfo } from '../locale';
import { type ChartSpec, Formula, type SheetData } from '../model';
import { effectiveFormat, toDisplay, toPlainValue } from '../values';
import { conditionalFormats } from './conditional';
import { applyRuleFormat, styleOf } from './styles';

/** Sheets' default embedded chart size. */
const CHART_WIDTH = 600;
const CHART_HEIGHT = 371;

function usedBounds(doc: Doc, sheet: SheetData): Rect {
  let rows = Math.max(doc.lastRow(sheet), sheet.meta.length);
  let cols = doc.lastCol(sheet);
  for (const row of sheet.meta) if (row) cols = Math.max(cols, row.length);
  rows = Math.min(rows, sheet.maxRows);
  cols = Math.min(cols, sheet.maxCols);
  return { row: 1, col: 1, rows, cols };
}

function plainForView(
  v: EngineValue,
  fmt: string | undefined,
  tz: string,
): string | number | boolean | null {
  if (v === null || v === '') return null;
  return toPlainValue(v, fmt, tz);
}

function sheetCells(doc: Doc, sheet: SheetData): CellView[] {
  const bounds = usedBounds(doc, sheet);
  if (bounds.rows === 0 || bounds.cols === 0) return [];
  const loc = localeInfo(doc.locale);
  const values = doc.values(sheet, bounds);
  const rules = sheet.rules.length ? conditionalFormats(doc, sheet, bounds) : null;
  const out: CellView[] = [];
  for (let r = 1; r <= bounds.rows; r++) {
    const line = values[r - 1];
    const metaRow = sheet.meta[r - 1];
    const contentRow = sheet.cells[r - 1];
    for (let c = 1; c <= bounds.cols; c++) {
      const content = contentRow?.[c - 1];
      const v = spilledFailure(line[c - 1], content) ? null : line[c - 1];
      const meta = metaRow?.[c - 1];
      const rule = rules?.get(`${r}:${c}`);
      if ((v === null || v === '') && !meta && !rule && content === undefined) continue;
      const fmt = effectiveFormat(doc, sheet, r, c, v);
      const cell: CellView = {
        r,
        c,
        v: plainForView(v, fmt, doc.timeZone),
        display: toDisplay(v, fmt, loc),
      };
      if (content instanceof Formula) cell.formula = content.text;
      if (meta?.numberFormat) cell.numberFormat = meta.numberFormat;
      const base = styleOf(meta);
      const style = rule ? applyRuleFormat(base, rule) : base;
      if (style) cell.style = style;
      if (meta?.note) cell.note = meta.note;
      if (isCellErr(v) && v.message) cell.error = v.message;
      const dv = meta?.validation;
      if (dv)
        cell.validation =
          dv.criteria === 'VALUE_IN_LIST' ? { list: (dv.values[0] as string[]) ?? [] } : {};
      out.push(cell);
    }
  }
  return out;
}

/** One column (or row, transposed) of a chart range as a series. */
function chartSeries(doc: Doc, spec: ChartSpec): ChartView['series'] {
  const loc = localeInfo(doc.locale);
  const columns: { values: (string | number | null)[]; display: string[] }[] = [];
  for (const { sheet, rect } of spec.ranges) {
    if (!doc.sheets.includes(sheet)) continue;
    const vals = doc.values(sheet, rect);
    const lines = spec.transpose ? vals : vals[0].map((_, c) => vals.map((row) => row[c]));
    lines.forEach((line, i) => {
      const display: string[] = [];
      const values = line.map((v, j) => {
        const row = spec.transpose ? rect.row + i : rect.row + j;
        const col = spec.transpose ? rect.col + j : rect.col + i;
        display.push(toDisplay(v, effectiveFormat(doc, sheet, row, col, v), loc));
        if (v === null || isCellErr(v)) return null;
        return typeof v === 'boolean' ? String(v) : v;
      });
      columns.push({ values, display });
    });
  }
  if (!columns.length) return [];
  // Auto header detection (numHeaders -1): a text first cell above numbers in a series column.
  const probe = columns[1] ?? columns[0];
  const headers =
    spec.numHeaders >= 0
      ? spec.numHeaders
      : typeof probe.values[0] === 'string' &&
          probe.values.slice(1).some((v) => typeof v === 'number')
        ? 1
        : 0;
  return columns.map((col, i) => ({
    name: headers ? col.display.slice(0, headers).join(' ') : i === 0 ? '' : `Series ${i}`,
    // The domain shows as users see it (dates as formatted text); series stay numeric.
    values: i === 0 ? col.display.slice(headers) : col.values.slice(headers),
  }));
}

function chartView(doc: Doc, spec: ChartSpec): ChartView {
  const width = Number(spec.options.width) || CHART_WIDTH;
  const height = Number(spec.options.height) || CHART_HEIGHT;
  const title = spec.options.title;
  const view: ChartView = {
    id: String(spec.id),
    type: spec.type,
    row: spec.anchorRow,
    col: spec.anchorCol,
    width,
    height,
    series: chartSeries(doc, spec),
    options: { ...spec.options },
  };
  if (typeof title === 'string') view.title = title;
  return view;
}

export function sheetView(doc: Doc, sheet: SheetData, index: number): SheetView {
  const view: SheetView = {
    name: sheet.name,
    index,
    hidden: sheet.hidden,
    rows: sheet.maxRows,
    cols: sheet.maxCols,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenCols,
    colWidths: Object.fromEntries(sheet.colWidths),
    rowHeights: Object.fromEntries(sheet.rowHeights),
    merges: sheet.merges.map((m) => ({ r: m.row, c: m.col, rows: m.rows, cols: m.cols })),
    cells: sheetCells(doc, sheet),
    charts: sheet.charts.map((c) => chartView(doc, c)),
    protected: sheet.protections.length > 0,
  };
  if (sheet.tabColor) view.tabColor = sheet.tabColor;
  return view;
}

export function workbookView(doc: Doc): WorkbookView {
  return {
    name: doc.name,
    locale: doc.locale,
    timeZone: doc.timeZone,
    activeSheet: (doc.activeSheet ?? doc.sheets[0])?.name ?? '',
    sheets: doc.sheets.map((s, i) => sheetView(doc, s, i)),
    namedRanges: [...doc.named.values()].map((n) => ({
      name: n.name,
      a1: absoluteA1(n.sheet.name, n.rect).replace(/\$/g, ''),
    })),
  };
}

/**
 * A formula that fails (a custom function that throws: #ERROR!) shows its
 * error in its own cell only, as in Sheets; the local engine copies the error
 * over the whole area it reserved for the result (dev/formula/custom-functions.ts).
 * Errors that are elements of a returned array (#NUM!, #VALUE!) stay visible.
 */
function spilledFailure(v: EngineValue, content: unknown): boolean {
  return isCellErr(v) && v.error === '#ERROR!' && !(content instanceof Formula);
}
