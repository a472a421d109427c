/**
 * The actuals refresh as data: one rectangle of the SLA tab (header row +
 * months, from the Targets block to the last source column) read once,
 * patched with the aggregated actuals, written back once. Cells the refresh
 * does not own (targets, variance… formulas) go back exactly as read.
 */
import { t } from '../api/messages';
import type { ActualsResult } from '../core/actuals';
import type { Rect } from '../sheet/a1';
import { type Block, type Cell, formula } from '../sheet/plan';
import { type Layout, SOURCE_COLUMNS } from './layout';

export type AreaValue = string | number | boolean | Date;

/** Header row + months × (Targets block … last source column). */
export function actualsArea(l: Layout): Rect {
  const col = l.blockCol.targets;
  return {
    row: l.gridColumnsRow,
    col,
    rows: l.months + 1,
    cols: l.sourceCol + SOURCE_COLUMNS - col,
  };
}

/** Up to SOURCE_COLUMNS sources: the largest, then the rest summed as "Other". */
export function foldSources(
  sources: string[],
  counts: number[][],
): { sources: string[]; counts: number[][] } {
  if (sources.length <= SOURCE_COLUMNS) return { sources, counts };
  const keep = SOURCE_COLUMNS - 1;
  return {
    sources: [...sources.slice(0, keep), t('actuals.source.other')],
    counts: counts.map((row) => [
      ...row.slice(0, keep),
      row.slice(keep).reduce((a, b) => a + b, 0),
    ]),
  };
}

export interface PatchInput {
  layout: Layout;
  stages: string[];
  result: ActualsResult;
  /** The area as read: values and formulas. */
  values: AreaValue[][];
  formulas: string[][];
  /** Months at or after this index are in the future: written blank, not 0. */
  firstFutureMonth: number;
}

export function patchActuals(p: PatchInput): Block {
  const { layout: l, result, values, formulas } = p;
  const area = actualsArea(l);
  const S = p.stages.length;
  // Start from what is there: formulas stay formulas, text stays inert text.
  const cells: Cell[][] = values.map((row, r) =>
    row.map((v, c): Cell => (formulas[r]?.[c] ? formula(formulas[r][c]) : v)),
  );
  const put = (row: number, col: number, v: Cell) => {
    cells[row - area.row][col - area.col] = v;
  };
  const monthValue = (i: number, v: number | null): Cell =>
    i >= p.firstFutureMonth || v === null ? '' : v;

  for (let i = 0; i < l.months; i++) {
    const row = l.firstMonthRow + i;
    for (let s = 0; s < S; s++) {
      const v = result.counts[i]?.[s];
      if (v === null || v === undefined) continue; // unmapped stage: keep what the user typed
      put(row, l.blockCol.actuals + s, monthValue(i, v));
    }
    if (result.revenue) put(row, l.blockCol.actuals + S, monthValue(i, result.revenue[i]));
    if (result.speedToLead) {
      const [hours, share] = result.speedToLead[i] ?? [null, null];
      put(row, l.speedCol, monthValue(i, hours));
      put(row, l.speedCol + 1, monthValue(i, share));
    }
    if (result.leadsHandedToSales)
      put(row, l.handedCol, monthValue(i, result.leadsHandedToSales[i]));
  }
  if (result.bySource) {
    const folded = foldSources(
      result.bySource.sources.map((s) => s || t('actuals.source.none')),
      result.bySource.counts,
    );
    for (let j = 0; j < SOURCE_COLUMNS; j++) {
      put(l.gridColumnsRow, l.sourceCol + j, folded.sources[j] ?? '');
      for (let i = 0; i < l.months; i++) {
        const v = j < folded.sources.length ? (folded.counts[i]?.[j] ?? 0) : null;
        put(l.firstMonthRow + i, l.sourceCol + j, v === null ? '' : monthValue(i, v));
      }
    }
  }
  return { rect: area, values: cells };
}
