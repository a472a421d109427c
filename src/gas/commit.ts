/**
 * THE committer: writes any SheetPlan with a constant number of spreadsheet
 * calls, independent of how many rows or months the plan holds. All reads
 * happen before the first write (a read after a write forces a flush in Sheets).
 */
import { t } from '../api/messages';
import { cellA1, type Rect, rectA1 } from '../sheet/a1';
import {
  type Block,
  type Cell,
  type ChartSpec,
  type ConditionalRule,
  isFormula,
  RULE_MARKER,
  type SheetPlan,
  type Style,
} from '../sheet/plan';
import type {
  GCellValue,
  GCharts,
  GConditionalFormatRule,
  GEmbeddedChart,
  GRange,
  GSheet,
  GSpreadsheet,
  GSpreadsheetApp,
} from './surface';

/** Sheets' size for a new tab: known without a read after insertSheet. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLS = 26;

export interface CommitResult {
  sheet: GSheet;
  created: boolean;
}

/**
 * Text is always written with Sheets' quote prefix: setValues parses strings
 * like typed input, so `=…`, `+…`, `-…`, `@…` (or a date-like text) from a CRM
 * or a user would otherwise turn into formulas, numbers or dates.
 */
export function inert(value: string): string {
  return value === '' ? '' : `'${value}`;
}

function toWritable(cell: Cell, existing?: { value: GCellValue; formula: string }): unknown {
  if (cell === null) {
    if (!existing) return '';
    if (existing.formula) return existing.formula;
    return typeof existing.value === 'string' ? inert(existing.value) : existing.value;
  }
  if (isFormula(cell)) return cell.f;
  return typeof cell === 'string' ? inert(cell) : cell;
}

const hasNull = (b: Block) => b.values.some((row) => row.some((c) => c === null));

interface ReadState {
  sheet: GSheet | null;
  maxRows: number;
  maxCols: number;
  existing: Map<Block, { range: GRange; values: GCellValue[][]; formulas: string[][] }>;
  keptRules: GConditionalFormatRule[];
  oldCharts: GEmbeddedChart[];
}

/** What the caller already read (saves repeating getSheetByName / getMaxRows). */
export interface KnownSheet {
  sheet: GSheet | null;
  maxRows: number;
  maxCols: number;
  /** Ranges already fetched for blocks (saves a getRange each). */
  ranges?: Map<Block, GRange>;
}

function read(ss: GSpreadsheet, plan: SheetPlan, known?: KnownSheet): ReadState {
  const sheet = known ? known.sheet : ss.getSheetByName(plan.sheetName);
  const state: ReadState = {
    sheet,
    maxRows: NEW_SHEET_ROWS,
    maxCols: NEW_SHEET_COLS,
    existing: new Map(),
    keptRules: [],
    oldCharts: [],
  };
  if (!sheet) return state;
  state.maxRows = known ? known.maxRows : sheet.getMaxRows();
  state.maxCols = known ? known.maxCols : sheet.getMaxColumns();
  for (const block of plan.blocks) {
    const { row, col, rows, cols } = block.rect;
    if (!hasNull(block) || row + rows - 1 > state.maxRows || col + cols - 1 > state.maxCols)
      continue;
    const range = sheet.getRange(row, col, rows, cols);
    state.existing.set(block, { range, values: range.getValues(), formulas: range.getFormulas() });
  }
  if (plan.conditionalRules)
    state.keptRules = sheet.getConditionalFormatRules().filter((rule) => !isOurRule(rule));
  if (plan.charts) {
    const titles = new Set([
      ...plan.charts.map((c) => c.title),
      ...(plan.replaceChartTitles ?? []),
    ]);
    state.oldCharts = sheet.getCharts().filter((c) => titles.has(chartTitle(c)));
  }
  return state;
}

function isOurRule(rule: GConditionalFormatRule): boolean {
  const values = rule.getBooleanCondition()?.getCriteriaValues() ?? [];
  return values.some((v) => typeof v === 'string' && v.includes(RULE_MARKER));
}

function chartTitle(chart: GEmbeddedChart): string {
  const title = chart.getOptions().get('title');
  return typeof title === 'string' ? title : '';
}

/** The services a commit needs (see src/gas/services.ts). */
export interface CommitServices {
  SpreadsheetApp: GSpreadsheetApp;
  Charts: GCharts;
}

export function commitPlan(
  svc: CommitServices,
  ss: GSpreadsheet,
  plan: SheetPlan,
  known?: KnownSheet,
): CommitResult {
  const app = svc.SpreadsheetApp;
  const state = read(ss, plan, known);
  // ---- every read is done; writes only from here ----
  const created = !state.sheet;
  if (!state.sheet && !plan.create)
    throw new Error(t('commit.err.missingTab', { name: plan.sheetName }));
  const sheet = state.sheet ?? ss.insertSheet(plan.sheetName);
  grow(sheet, plan, state);

  if (!created && plan.mergeAcross.length)
    sheet.getRangeList(plan.mergeAcross.map((r) => rectA1(r))).breakApart();
  for (const block of plan.blocks)
    writeBlock(sheet, block, plan.styles, state.existing.get(block), known?.ranges?.get(block));
  for (const rect of plan.mergeAcross) sheet.getRange(rectA1(rect)).mergeAcross();
  for (const b of plan.borders) {
    const [top, left, bottom, right, vertical, horizontal] = b.sides;
    sheet
      .getRangeList(b.rects.map((r) => rectA1(r)))
      .setBorder(top, left, bottom, right, vertical, horizontal, b.color, app.BorderStyle.SOLID);
  }
  if (plan.frozenRows !== undefined) sheet.setFrozenRows(plan.frozenRows);
  if (plan.frozenColumns !== undefined) sheet.setFrozenColumns(plan.frozenColumns);
  for (const w of plan.columnWidths) sheet.setColumnWidths(w.col, w.count, w.width);
  for (const h of plan.rowHeights) sheet.setRowHeights(h.row, h.count, h.height);

  // One batch of Range objects for names, rules and charts.
  const rects = [
    ...plan.namedRanges.map((n) => n.rect),
    ...(plan.conditionalRules ?? []).flatMap((r) => r.rects),
    ...(plan.charts ?? []).flatMap((c) => c.ranges),
  ];
  const ranges = rects.length ? sheet.getRangeList(rects.map((r) => rectA1(r))).getRanges() : [];
  let next = 0;
  const take = (n: number) => {
    next += n;
    return ranges.slice(next - n, next);
  };
  for (const n of plan.namedRanges) {
    if (n.replace) ss.removeNamedRange(n.name);
    ss.setNamedRange(n.name, take(1)[0]);
  }
  if (plan.conditionalRules) {
    const ours = plan.conditionalRules.map((r) => buildRule(app, r, take(r.rects.length)));
    sheet.setConditionalFormatRules([...state.keptRules, ...ours]);
  }
  if (plan.charts) {
    for (const old of state.oldCharts) sheet.removeChart(old);
    for (const spec of plan.charts)
      sheet.insertChart(buildChart(svc.Charts, sheet, spec, take(spec.ranges.length)));
  }
  appendRows(sheet, plan, created, state.maxRows);
  if (plan.activate) sheet.activate();
  return { sheet, created };
}

function appendRows(sheet: GSheet, plan: SheetPlan, created: boolean, maxRows: number): void {
  const rows = [
    ...(created && plan.appendHeader ? [plan.appendHeader] : []),
    ...(plan.append ?? []),
  ];
  if (!rows.length) return;
  if (created) formatAppendTab(sheet, plan);
  const writable = rows.map((row) => row.map((cell) => toWritable(cell)));
  if (plan.appendAfterRow === undefined) {
    for (const row of writable) sheet.appendRow(row);
    return;
  }
  const width = Math.max(...writable.map((r) => r.length));
  const padded = writable.map((r) => [...r, ...Array(width - r.length).fill('')]);
  const after = created ? 0 : plan.appendAfterRow;
  if (after + padded.length > maxRows)
    sheet.insertRowsAfter(maxRows, after + padded.length - maxRows);
  sheet.getRange(after + 1, 1, padded.length, width).setValues(padded);
}

/** A new log tab: header style and whole-column number formats below it (open-ended A1, no read). */
function formatAppendTab(sheet: GSheet, plan: SheetPlan): void {
  for (const f of plan.columnFormats ?? []) {
    const letters = (col: number) => cellA1(1, col).replace(/\d+$/, '');
    const a1 = `${letters(f.col)}2:${letters(f.col + f.count - 1)}`;
    sheet.getRange(a1).setNumberFormat(f.numberFormat);
  }
  const style = plan.headerStyle ? plan.styles[plan.headerStyle] : undefined;
  if (!style || !plan.appendHeader) return;
  const header = sheet.getRange(1, 1, 1, plan.appendHeader.length);
  if (style.bold) header.setFontWeight('bold');
  if (style.background) header.setBackground(style.background);
  if (style.wrap) header.setWrap(true);
}

function grow(sheet: GSheet, plan: SheetPlan, state: ReadState): void {
  const bottom = (r: Rect) => r.row + r.rows - 1;
  const right = (r: Rect) => r.col + r.cols - 1;
  const all = [...plan.blocks.map((b) => b.rect), ...plan.namedRanges.map((n) => n.rect)];
  const needRows = Math.max(0, ...all.map(bottom), ...(plan.charts ?? []).map((c) => c.anchor.row));
  const needCols = Math.max(0, ...all.map(right));
  if (needRows > state.maxRows) sheet.insertRowsAfter(state.maxRows, needRows - state.maxRows);
  if (needCols > state.maxCols) sheet.insertColumnsAfter(state.maxCols, needCols - state.maxCols);
}

function writeBlock(
  sheet: GSheet,
  block: Block,
  styles: Record<string, Style>,
  existing?: { range: GRange; values: GCellValue[][]; formulas: string[][] },
  known?: GRange,
): void {
  const { row, col, rows, cols } = block.rect;
  const range = existing?.range ?? known ?? sheet.getRange(row, col, rows, cols);
  range.setValues(
    block.values.map((cells, r) =>
      cells.map((cell, c) =>
        toWritable(
          cell,
          existing && { value: existing.values[r][c], formula: existing.formulas[r][c] },
        ),
      ),
    ),
  );
  if (!block.styleGrid) return;
  const grid = block.styleGrid.map((keys) => keys.map((k) => styles[k] ?? {}));
  const map = <T>(f: (s: Style) => T) => grid.map((line) => line.map(f));
  range.setNumberFormats(map((s) => s.numberFormat ?? 'General'));
  range.setFontWeights(map((s) => (s.bold ? 'bold' : 'normal')));
  range.setFontStyles(map((s) => (s.italic ? 'italic' : 'normal')));
  range.setFontColors(map((s) => s.fontColor ?? '#000000'));
  range.setFontSizes(map((s) => s.fontSize ?? 10));
  range.setBackgrounds(map((s) => s.background ?? null));
  range.setHorizontalAlignments(map((s) => s.hAlign ?? null));
  range.setVerticalAlignments(map((s) => s.vAlign ?? 'bottom'));
  range.setWraps(map((s) => s.wrap ?? false));
}

function buildRule(
  app: GSpreadsheetApp,
  rule: ConditionalRule,
  ranges: GRange[],
): GConditionalFormatRule {
  let b = app.newConditionalFormatRule().whenFormulaSatisfied(rule.formula).setRanges(ranges);
  if (rule.background) b = b.setBackground(rule.background);
  if (rule.fontColor) b = b.setFontColor(rule.fontColor);
  return b.build();
}

function buildChart(
  charts: GCharts,
  sheet: GSheet,
  spec: ChartSpec,
  ranges: GRange[],
): GEmbeddedChart {
  let b = sheet
    .newChart()
    .setChartType(
      spec.type === 'LINE'
        ? charts.ChartType.LINE
        : spec.type === 'COLUMN'
          ? charts.ChartType.COLUMN
          : charts.ChartType.COMBO,
    )
    .setNumHeaders(spec.headers)
    .setPosition(spec.anchor.row, spec.anchor.col, 0, 0)
    .setOption('title', spec.title)
    .setOption('width', spec.width)
    .setOption('height', spec.height);
  for (const r of ranges) b = b.addRange(r);
  for (const [k, v] of Object.entries(spec.options ?? {})) b = b.setOption(k, v);
  return b.build();
}
