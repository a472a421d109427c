/**
 * SheetPlan: a plain description of what a generated tab contains. Renderers
 * (pure) return one; ONE committer (src/gas/commit.ts) writes any plan with a
 * constant number of spreadsheet calls. Layout is thus testable without fakes,
 * and the call budget holds by construction.
 */
import type { Rect } from './a1';

/** A formula, kept apart from text so that text can never turn into a formula. */
export interface Formula {
  f: string;
}

/**
 * A cell: text (always written inert), a number, a boolean, a formula, or
 * `null` = the plan does not own this cell (the committer keeps what is there).
 */
export type Cell = string | number | boolean | Date | Formula | null;

export const formula = (f: string): Formula => ({ f: f.startsWith('=') ? f : `=${f}` });
export const isFormula = (c: Cell): c is Formula =>
  typeof c === 'object' && c !== null && typeof (c as Formula).f === 'string';

export interface Style {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  background?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  numberFormat?: string;
}

export interface BorderSpec {
  rects: Rect[];
  /** Which sides: top, left, bottom, right, vertical, horizontal. */
  sides: [boolean, boolean, boolean, boolean, boolean, boolean];
  color: string;
}

/** A conditional format rule on a custom formula, relative to the first cell of the first rect. */
export interface ConditionalRule {
  rects: Rect[];
  formula: string;
  background?: string;
  fontColor?: string;
}

export interface ChartSpec {
  /** Title doubles as the chart's identity on rebuild. */
  title: string;
  type: 'LINE' | 'COLUMN' | 'COMBO';
  /** Domain first, then one range per series (header row included). */
  ranges: Rect[];
  anchor: { row: number; col: number };
  width: number;
  height: number;
  /** Header rows in each range (series names). */
  headers: number;
  options?: Record<string, string | number | boolean>;
}

/** A rectangle of cells written with one setValues (and one call per style property). */
export interface Block {
  rect: Rect;
  /** rect.rows × rect.cols cells. */
  values: Cell[][];
  /** rect.rows × rect.cols keys into SheetPlan.styles ('' = plain); omit to leave formats alone. */
  styleGrid?: string[][];
}

export interface SheetPlan {
  sheetName: string;
  /** Create the tab when it does not exist (else the plan only patches an existing tab). */
  create: boolean;
  blocks: Block[];
  styles: Record<string, Style>;
  /** Each rect's rows are merged across (one merge per row). */
  mergeAcross: Rect[];
  borders: BorderSpec[];
  frozenRows?: number;
  frozenColumns?: number;
  columnWidths: { col: number; count: number; width: number }[];
  rowHeights: { row: number; count: number; height: number }[];
  /**
   * Names to point at rects of this tab. Sheets refuses to add a name that
   * exists, so `replace` marks names known to exist: removed, then added.
   */
  namedRanges: { name: string; rect: Rect; replace?: boolean }[];
  /** When set, the tab's rules are replaced by these (rules the add-on did not make are kept). */
  conditionalRules?: ConditionalRule[];
  /** When set, the add-on's charts on the tab (matched by title) are replaced by these. */
  charts?: ChartSpec[];
  /** Titles of the add-on's charts to remove before inserting `charts` (e.g. old stage names). */
  replaceChartTitles?: string[];
  /** Rows appended after the last row with content (a log); `appendHeader` first when the tab is new. */
  append?: Cell[][];
  appendHeader?: Cell[];
  /**
   * Where the append starts when the caller knows it (a tab only it writes):
   * then all rows go in one block write instead of one appendRow call each.
   */
  appendAfterRow?: number;
  /**
   * A tab created for appended rows (a log): the header row's style (a key of
   * `styles`) and number formats of whole columns below it, set once at creation
   * so every appended row reads like the SLA tab.
   */
  headerStyle?: string;
  columnFormats?: { col: number; count: number; numberFormat: string }[];
  /** Activate the tab when done. */
  activate?: boolean;
}

/** Marker inside the add-on's own conditional-format formulas, so a rebuild replaces only its own rules. */
export const RULE_MARKER = 'LEN("FunnelSLA")';

/** A plan that only writes blocks (and appends rows) on a tab: no layout, names or charts. */
export function patchPlan(
  sheetName: string,
  blocks: Block[],
  extra: Partial<SheetPlan> = {},
): SheetPlan {
  return {
    sheetName,
    create: false,
    blocks,
    styles: {},
    mergeAcross: [],
    borders: [],
    columnWidths: [],
    rowHeights: [],
    namedRanges: [],
    ...extra,
  };
}
