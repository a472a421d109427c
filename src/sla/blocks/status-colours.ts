/** The status colours: conditional formats over the grid's attainment and status and the report. */
import { t } from '../../api/messages';
import { cellA1, type Rect } from '../../sheet/a1';
import { RULE_MARKER, type SheetPlan } from '../../sheet/plan';
import { str } from '../formulas';
import type { Layout } from '../layout';
import { reportStatusRects } from './report';

/**
 * Three rules over attainment and status together: each rule's formula is
 * relative to the top-left of each range, so it reads a number (attainment)
 * in one and a status text in the other.
 */
export function conditionalRules(l: Layout, tolerance: string): SheetPlan['conditionalRules'] {
  const S = l.stages;
  const att: Rect = {
    row: l.firstMonthRow,
    col: l.blockCol.attainment,
    rows: l.months + 1,
    cols: S + 1,
  };
  const rects = [att, { ...att, col: l.blockCol.status }, ...reportStatusRects(l)];
  const x = cellA1(att.row, att.col);
  const is = (key: 'status.on_track' | 'status.at_risk' | 'status.behind') => `${x}=${str(t(key))}`;
  const n = `ISNUMBER(${x})`;
  const m = RULE_MARKER;
  return [
    {
      rects,
      formula: `=AND(${m},OR(AND(${n},${x}>=1),${is('status.on_track')}))`,
      background: '#e6f4ea',
      fontColor: '#137333',
    },
    {
      rects,
      formula: `=AND(${m},OR(AND(${n},${x}<1,${x}>=1-${tolerance}),${is('status.at_risk')}))`,
      background: '#fef7e0',
      fontColor: '#b06000',
    },
    {
      rects,
      formula: `=AND(${m},OR(AND(${n},${x}<1-${tolerance}),${is('status.behind')}))`,
      background: '#fce8e6',
      fontColor: '#c5221f',
    },
  ];
}
