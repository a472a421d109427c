/**
 * The SLA tab as data: render(settings, previous) → SheetPlan. Pure: no
 * services, no clock. Assumptions are the only inputs; every target, variance
 * and status is a native formula over them.
 *
 * Each block of the tab has its own renderer in src/sla/blocks/, drawing
 * only where the layout (src/sla/layout.ts, the one source of positions)
 * puts it. To add a block: give it rows in layout.ts, a renderer in blocks/,
 * and one line in BLOCKS below.
 */
import { t } from '../api/messages';
import type { Settings } from '../api/settings';
import { Canvas } from '../sheet/canvas';
import type { SheetPlan } from '../sheet/plan';
import { agreementMerges, agreementRowHeights, drawAgreement } from './blocks/agreement';
import { drawAssumptions } from './blocks/assumptions';
import { charts } from './blocks/charts';
import type { BlockContext, Previous } from './blocks/context';
import { drawFunnelTable } from './blocks/funnel-table';
import { drawMonthlyGrid, gridBorders } from './blocks/monthly-grid';
import { drawReport } from './blocks/report';
import { conditionalRules } from './blocks/status-colours';
import { handoverStage, layout } from './layout';
import { namedRanges } from './named-ranges';
import { tabRefs } from './refs';
import { SLA_STYLES } from './styles';

export { monthKey, type Previous, REVENUE_KEY } from './blocks/context';

export function monthList(periodStart: string, months: number): { y: number; m: number }[] {
  const [y0, m0] = periodStart.split('-').map(Number);
  return Array.from({ length: months }, (_, i) => {
    const idx = y0 * 12 + (m0 - 1) + i;
    return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
  });
}

/** `SLA 2026` for a calendar year, else `SLA 2026-04 – 2027-03`. */
export function sheetNameFor(s: Pick<Settings, 'periodStart' | 'months'>): string {
  const list = monthList(s.periodStart, s.months);
  const first = list[0];
  const last = list[list.length - 1];
  const period =
    first.m === 1 && s.months === 12
      ? String(first.y)
      : `${s.periodStart} – ${last.y}-${String(last.m).padStart(2, '0')}`;
  return t('sla.tabName', { period });
}

/** The blocks of the tab, top to bottom. */
const BLOCKS: ((c: BlockContext) => void)[] = [
  drawAgreement,
  drawAssumptions,
  drawFunnelTable,
  (c) => drawReport(c.cv, c.l, c.settings, c.refs),
  drawMonthlyGrid,
];

export function renderSla(settings: Settings, sheetName: string, previous?: Previous): SheetPlan {
  const l = layout(settings);
  const cv = new Canvas(
    Math.max(l.rows, previous?.box?.rows ?? 0),
    Math.max(l.cols, previous?.box?.cols ?? 0),
  );
  const refs = tabRefs(l);
  const context: BlockContext = {
    cv,
    l,
    settings,
    refs,
    sheetName,
    months: monthList(settings.periodStart, l.months),
    previous,
  };
  for (const draw of BLOCKS) draw(context);
  return {
    sheetName,
    create: true,
    blocks: [cv.toBlock()],
    styles: SLA_STYLES,
    mergeAcross: agreementMerges(l),
    borders: gridBorders(l),
    frozenColumns: 1,
    columnWidths: [
      { col: 1, count: 1, width: 230 },
      { col: 2, count: l.cols - 1, width: 96 },
    ],
    rowHeights: agreementRowHeights(l, settings, previous),
    namedRanges: namedRanges(l),
    conditionalRules: conditionalRules(l, refs.asm('tolerance')),
    charts: charts(l, settings, handoverStage(settings.stages)),
    activate: true,
  };
}
