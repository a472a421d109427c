/** The SLA tab's named ranges (SLA_Goal, SLA_Targets, …): what formulas elsewhere and the add-on read by name. */
import type { Rect } from '../sheet/a1';
import type { SheetPlan } from '../sheet/plan';
import { blockRect, type Layout, revenueRect, SOURCE_COLUMNS, VALUE_COL } from './layout';

export function namedRanges(l: Layout): SheetPlan['namedRanges'] {
  const S = l.stages;
  const M = l.months;
  const row = (r: number, cols = S): Rect => ({ row: r, col: VALUE_COL, rows: 1, cols });
  const cell = (r: number): Rect => ({ row: r, col: VALUE_COL, rows: 1, cols: 1 });
  return [
    { name: 'SLA_Goal', rect: cell(l.assumption.goal ?? 0) },
    { name: 'SLA_DealSize', rect: cell(l.assumption.dealSize ?? 0) },
    { name: 'SLA_AsOf', rect: cell(l.assumption.asOf ?? 0) },
    { name: 'SLA_Stages', rect: row(l.stageRow.stages) },
    { name: 'SLA_Rates', rect: row(l.stageRow.rates, S - 1) },
    { name: 'SLA_PeriodTargets', rect: row(l.stageRow.periodTargets) },
    { name: 'SLA_ActualRates', rect: row(l.stageRow.actualRates, S - 1) },
    { name: 'SLA_Pace', rect: row(l.stageRow.pace) },
    { name: 'SLA_CatchUp', rect: row(l.stageRow.catchUp) },
    { name: 'SLA_CatchUpAtActualRates', rect: row(l.stageRow.catchUpAtActualRates) },
    { name: 'SLA_Months', rect: { row: l.firstMonthRow, col: 1, rows: M, cols: 1 } },
    { name: 'SLA_Targets', rect: blockRect(l, 'targets') },
    { name: 'SLA_Actuals', rect: blockRect(l, 'actuals') },
    { name: 'SLA_Variance', rect: blockRect(l, 'variance') },
    { name: 'SLA_Attainment', rect: blockRect(l, 'attainment') },
    { name: 'SLA_Status', rect: blockRect(l, 'status') },
    { name: 'SLA_Revenue', rect: revenueRect(l, 'actuals') },
    { name: 'SLA_SpeedToLead', rect: { row: l.firstMonthRow, col: l.speedCol, rows: M, cols: 2 } },
    { name: 'SLA_LeadsHanded', rect: { row: l.firstMonthRow, col: l.handedCol, rows: M, cols: 1 } },
    {
      name: 'SLA_BySource',
      rect: { row: l.gridColumnsRow, col: l.sourceCol, rows: M + 1, cols: SOURCE_COLUMNS },
    },
  ];
}
