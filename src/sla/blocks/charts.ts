/** The charts: target vs actual for the hand-over stage and won deals, and the report's attainment chart. */
import { t } from '../../api/messages';
import type { Settings } from '../../api/settings';
import type { Rect } from '../../sheet/a1';
import type { SheetPlan } from '../../sheet/plan';
import type { Layout } from '../layout';
import { reportChart } from './report';

export function charts(l: Layout, s: Settings, handover: number): SheetPlan['charts'] {
  const rows = l.months + 1;
  const months: Rect = { row: l.gridColumnsRow, col: 1, rows, cols: 1 };
  const chart = (stage: number, col: number) => ({
    title: t('sla.chart.title', { stage: s.stages[stage] }),
    type: 'LINE' as const,
    ranges: [
      months,
      { row: l.gridColumnsRow, col: l.blockCol.targets + stage, rows, cols: 1 },
      { row: l.gridColumnsRow, col: l.blockCol.actuals + stage, rows, cols: 1 },
    ],
    anchor: { row: l.chartRow, col },
    width: 520,
    height: 300,
    headers: 1,
    options: {
      'series.0.labelInLegend': t('sla.chart.target'),
      'series.1.labelInLegend': t('sla.chart.actual'),
      legend: 'bottom',
      // Up to 36 month labels: slanted, never on top of each other.
      'hAxis.slantedText': true,
      'hAxis.slantedTextAngle': 45,
      'hAxis.textStyle.fontSize': 10,
    },
  });
  return [chart(handover, 1), chart(l.stages - 1, 7), reportChart(l)];
}
