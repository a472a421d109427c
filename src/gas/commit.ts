/**
 * THE committer: writes any SheetPlan with a constant number of spreadsheet
 * calls, independent of how many rows or months the plan holds. All reads
 * happen before the first write (a read after a write forces a flush in Sheets).
 */
import { t } from '../api/messages';
import { type Rect, rectA1 } from '../sheet/a1';
import { gridRange } from '../sheet/api-cells';
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
import { freeSheetId } from '../sheet/sheet-ids';
import { namedRangeIds, SHEETS_FIELDS, type SheetsApi, sheetFacts, sheetsApi } from './api';
import type { ApiRequest, ApiSpreadsheet, GSheetsApi } from './sheets-api';
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
  /** Known without a call when the commit made the tab through the API. */
  sheetId?: number;
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
  /**
   * The spreadsheet's structure (named ranges, tabs) as the caller read it
   * through the API before this commit; read here when the plan has names
   * and the caller did not.
   */
  structure?: ApiSpreadsheet;
  /** The tab's id when the caller knows it (saves a getSheetId). */
  sheetId?: number | null;
  /** The caller's API handle (its spreadsheet id already known). */
  api?: SheetsApi;
  /**
   * Requests that must land before this commit's first write (a journal),
   * sent in its structure batch or alone; `applied` runs once they have.
   */
  before?: { requests: ApiRequest[]; applied: () => void };
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
  Sheets: GSheetsApi;
}

/** What a commit asks of the structure: names (with their ids) and the tabs' ids and titles. */
export const NAMES_FIELDS = `namedRanges(namedRangeId,name),${SHEETS_FIELDS}`;

export function commitPlan(
  svc: CommitServices,
  ss: GSpreadsheet,
  plan: SheetPlan,
  known?: KnownSheet,
): CommitResult {
  const app = svc.SpreadsheetApp;
  const state = read(ss, plan, known);
  const api = plan.namedRanges.length ? (known?.api ?? sheetsApi(svc, ss)) : null;
  const structure = api ? (known?.structure ?? api.get(NAMES_FIELDS)) : null;
  // ---- every read is done; writes only from here ----
  const created = !state.sheet;
  if (!state.sheet && !plan.create)
    throw new Error(t('commit.err.missingTab', { name: plan.sheetName }));
  // With names: the tab, its size and the names in one atomic batch, first.
  let made: { sheet: GSheet; sheetId?: number };
  if (api && structure) made = structureBatch(api, ss, plan, state, structure, known);
  else {
    sendBefore(svc, ss, known);
    made = { sheet: state.sheet ?? ss.insertSheet(plan.sheetName) };
  }
  const sheet = made.sheet;
  if (!api) grow(sheet, plan, state);

  // One batch of Range objects for blocks, merges, names, rules and charts.
  const fresh = plan.blocks.filter((b) => !state.existing.has(b) && !known?.ranges?.has(b));
  const rects = [
    ...fresh.map((b) => b.rect),
    ...plan.mergeAcross,
    ...(plan.conditionalRules ?? []).flatMap((r) => r.rects),
    ...(plan.charts ?? []).flatMap((c) => c.ranges),
  ];
  // getRangeList([]) throws in Sheets.
  const ranges = rects.length ? sheet.getRangeList(rects.map((r) => rectA1(r))).getRanges() : [];
  let next = 0;
  const take = (n: number) => {
    next += n;
    return ranges.slice(next - n, next);
  };
  const blockRanges = new Map(fresh.map((b) => [b, take(1)[0]]));
  const mergeRanges = take(plan.mergeAcross.length);

  if (!created && plan.mergeAcross.length)
    sheet.getRangeList(plan.mergeAcross.map((r) => rectA1(r))).breakApart();
  for (const block of plan.blocks)
    writeBlock(
      sheet,
      block,
      plan.styles,
      state.existing.get(block),
      known?.ranges?.get(block) ?? blockRanges.get(block),
    );
  for (const range of mergeRanges) range.mergeAcross();
  for (const b of plan.borders) {
    if (!b.rects.length) continue;
    const [top, left, bottom, right, vertical, horizontal] = b.sides;
    sheet
      .getRangeList(b.rects.map((r) => rectA1(r)))
      .setBorder(top, left, bottom, right, vertical, horizontal, b.color, app.BorderStyle.SOLID);
  }
  if (plan.frozenRows !== undefined) sheet.setFrozenRows(plan.frozenRows);
  if (plan.frozenColumns !== undefined) sheet.setFrozenColumns(plan.frozenColumns);
  for (const w of plan.columnWidths) sheet.setColumnWidths(w.col, w.count, w.width);
  for (const h of plan.rowHeights) sheet.setRowHeights(h.row, h.count, h.height);

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
  // insertSheet already shows the new tab.
  if (plan.activate && !created) sheet.activate();
  return { sheet, created, sheetId: made.sheetId };
}

function appendRows(sheet: GSheet, plan: SheetPlan, created: boolean, maxRows: number): void {
  const rows = [
    ...(created && plan.appendHeader ? [plan.appendHeader] : []),
    ...(plan.append ?? []),
  ];
  if (!rows.length) return;
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

/** A commit without a structure batch sends the caller's `before` requests alone. */
function sendBefore(svc: CommitServices, ss: GSpreadsheet, known?: KnownSheet): void {
  if (!known?.before?.requests.length) return;
  (known.api ?? sheetsApi(svc, ss)).batch(known.before.requests);
  known.before.applied();
}

/** The rows and columns the plan reaches. */
function reach(plan: SheetPlan): { rows: number; cols: number } {
  const bottom = (r: Rect) => r.row + r.rows - 1;
  const right = (r: Rect) => r.col + r.cols - 1;
  const all = [...plan.blocks.map((b) => b.rect), ...plan.namedRanges.map((n) => n.rect)];
  return {
    rows: Math.max(0, ...all.map(bottom), ...(plan.charts ?? []).map((c) => c.anchor.row)),
    cols: Math.max(0, ...all.map(right)),
  };
}

function grow(sheet: GSheet, plan: SheetPlan, state: ReadState): void {
  const need = reach(plan);
  if (need.rows > state.maxRows) sheet.insertRowsAfter(state.maxRows, need.rows - state.maxRows);
  if (need.cols > state.maxCols) sheet.insertColumnsAfter(state.maxCols, need.cols - state.maxCols);
}

/**
 * The tab (created or grown) and every name of the plan, in ONE atomic batch:
 * a name already defined is moved (the API refuses to add a taken name), a
 * new one added. A cut-off commit leaves either all of them or none.
 */
function structureBatch(
  api: SheetsApi,
  ss: GSpreadsheet,
  plan: SheetPlan,
  state: ReadState,
  structure: ApiSpreadsheet,
  known?: KnownSheet,
): { sheet: GSheet; sheetId: number } {
  const sheets = sheetFacts(structure);
  const need = reach(plan);
  const requests: ApiRequest[] = [...(known?.before?.requests ?? [])];
  let sheetId: number;
  if (state.sheet) {
    sheetId = known?.sheetId ?? state.sheet.getSheetId();
    const grow = (dimension: 'ROWS' | 'COLUMNS', length: number) =>
      length > 0 && requests.push({ appendDimension: { sheetId, dimension, length } });
    grow('ROWS', need.rows - state.maxRows);
    grow('COLUMNS', need.cols - state.maxCols);
  } else {
    sheetId = freeSheetId(plan.sheetName, sheets);
    requests.push({
      addSheet: {
        properties: {
          sheetId,
          title: plan.sheetName,
          gridProperties: {
            rowCount: Math.max(NEW_SHEET_ROWS, need.rows),
            columnCount: Math.max(NEW_SHEET_COLS, need.cols),
          },
        },
      },
    });
  }
  const ids = namedRangeIds(structure);
  for (const n of plan.namedRanges) {
    const range = gridRange(sheetId, n.rect);
    const namedRangeId = ids.get(n.name);
    requests.push(
      namedRangeId
        ? { updateNamedRange: { namedRange: { namedRangeId, range }, fields: 'range' } }
        : { addNamedRange: { namedRange: { name: n.name, range } } },
    );
  }
  api.batch(requests);
  known?.before?.applied();
  if (state.sheet) return { sheet: state.sheet, sheetId };
  const sheet = ss.getSheetById(sheetId);
  if (!sheet) throw new Error(t('commit.err.missingTab', { name: plan.sheetName }));
  // A tab made through the API is not shown by itself (insertSheet shows it).
  sheet.activate();
  return { sheet, sheetId };
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
