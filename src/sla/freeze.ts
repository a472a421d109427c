/**
 * Frozen archives: an archived or signed version is a record, so nothing on
 * it may depend on the day it is opened. The two cells that read TODAY() —
 * the "as of" date (end of the last complete month) and the review reminder —
 * are fixed at archive time; every count, pace and catch-up follows from the
 * as-of date and so stays as it was. Pure: the cells to write.
 */
import { cellA1 } from '../sheet/a1';
import { type Cell, formula } from '../sheet/plan';
import type { Layout } from './layout';
import { VALUE_COL } from './layout';

export interface FrozenCell {
  a1: string;
  row: number;
  col: number;
  value: Cell;
}

/**
 * `currentMonth` is `YYYY-MM` in the spreadsheet's zone at archive time (what
 * TODAY() said); `reviewText` is what the review line showed then.
 */
export function frozenCells(l: Layout, currentMonth: string, reviewText: string): FrozenCell[] {
  const [y, m] = currentMonth.split('-').map(Number);
  const asOf = l.assumption.asOf;
  const out: FrozenCell[] = [{ a1: cellA1(l.review, 1), row: l.review, col: 1, value: reviewText }];
  if (asOf !== undefined)
    out.push({
      a1: cellA1(asOf, VALUE_COL),
      row: asOf,
      col: VALUE_COL,
      value: formula(`=EOMONTH(DATE(${y},${m},1),-1)`),
    });
  return out;
}
