/**
 * A1 references into an SLA tab's layout, shared by the renderers of its
 * sections so each formula names cells the same way.
 */
import { cellA1, rectA1 } from '../sheet/a1';
import { type GridBlock, type Layout, VALUE_COL } from './layout';

export interface TabRefs {
  /** Absolute cell of an assumption value. */
  asm(k: keyof Layout['assumption']): string;
  /** A stage-table cell of stage s (0-based). */
  stage(row: keyof Layout['stageRow'], s: number, absolute?: boolean): string;
  /** The year-to-date cell of a grid block; s = stages for revenue. */
  total(block: GridBlock, s: number): string;
  /** A grid column over the months (absolute); s = stages for revenue. */
  column(block: GridBlock, s: number): string;
  /** Any column over the months (absolute). */
  monthsOf(col: number): string;
  /** The month column (absolute). */
  months: string;
  /** Complete months up to the as-of date: a formula expression. */
  elapsed: string;
}

export function tabRefs(l: Layout): TabRefs {
  const monthsOf = (col: number) =>
    rectA1({ row: l.firstMonthRow, col, rows: l.months, cols: 1 }, true);
  const asm = (k: keyof Layout['assumption']) => cellA1(l.assumption[k] ?? 0, VALUE_COL, true);
  const months = monthsOf(1);
  return {
    asm,
    stage: (row, s, absolute = true) => cellA1(l.stageRow[row], VALUE_COL + s, absolute),
    total: (block, s) => cellA1(l.totalRow, l.blockCol[block] + s, true),
    column: (block, s) => monthsOf(l.blockCol[block] + s),
    monthsOf,
    months,
    elapsed: `COUNTIF(${months},"<="&${asm('asOf')})`,
  };
}
