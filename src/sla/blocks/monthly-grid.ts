/**
 * The monthly grid, months down: targets, actuals, variance, attainment and
 * status per stage plus revenue, the year-to-date row, the weights, and the
 * refresh's columns right of it (speed to lead, hand-overs, by source).
 */
import { t } from '../../api/messages';
import { cellA1, type Rect, rectA1 } from '../../sheet/a1';
import { type Cell, formula, type SheetPlan } from '../../sheet/plan';
import { str } from '../formulas';
import { GRID_BLOCKS, type Layout, SOURCE_COLUMNS } from '../layout';
import { type SpreadRefs, spreadFormula } from '../spread';
import { type BlockContext, monthKey, REVENUE_KEY } from './context';

const abs = (row: number, col: number) => cellA1(row, col, true);

/** The spread's references for stage s: its period target, its lag, the weight column. */
export function spreadRefs(c: BlockContext, s: number): SpreadRefs {
  const { l, refs } = c;
  return {
    total: refs.stage('periodTargets', s),
    lag: refs.stage('lagMonths', s),
    months: l.months,
    weights: refs.monthsOf(l.weightCol),
    weightTotal: abs(l.firstMonthRow + l.months - 1, l.cumWeightCol),
    monthDates: refs.months,
  };
}

export function statusFormula(att: string, tolerance: string): string {
  return `=IF(ISNUMBER(${att}),IF(${att}>=1,${str(t('status.on_track'))},IF(${att}>=1-${tolerance},${str(t('status.at_risk'))},${str(t('status.behind'))})),"")`;
}

export function drawMonthlyGrid(c: BlockContext): void {
  drawGridHeader(c);
  for (let i = 0; i < c.l.months; i++) drawMonthRow(c, i);
  drawTotalRow(c);
  drawRefreshColumns(c);
}

function drawGridHeader(c: BlockContext): void {
  const { cv, l } = c;
  cv.set(l.gridHeader, 1, t('sla.section.monthly'), 'section');
  cv.style({ row: l.gridHeader, col: 2, rows: 1, cols: l.cols - 1 }, 'section');
  const hdr = l.gridColumnsRow;
  cv.set(hdr, 1, t('sla.col.month'), 'header');
  for (const b of GRID_BLOCKS) {
    const c0 = l.blockCol[b];
    cv.set(l.gridHeader, c0, t(`sla.block.${b}`), 'section');
    for (let s = 0; s < l.stages; s++)
      cv.set(hdr, c0 + s, formula(`=${c.refs.stage('stages', s)}`), 'header');
    cv.set(hdr, c0 + l.stages, t('sla.col.revenue'), 'header');
  }
  cv.set(hdr, l.weightCol, t('sla.col.weight'), 'header');
  cv.set(hdr, l.cumWeightCol, t('sla.col.cumWeight'), 'header');
  cv.set(hdr, l.speedCol, t('sla.col.medianHours'), 'header');
  cv.set(hdr, l.speedCol + 1, t('sla.col.withinSla'), 'header');
  cv.set(hdr, l.handedCol, t('sla.col.handed'), 'header');
  cv.set(l.gridHeader, l.sourceCol, t('sla.col.bySource'), 'section');
}

function drawMonthRow(c: BlockContext, i: number): void {
  const { cv, l, settings, refs } = c;
  const S = l.stages;
  const M = l.months;
  const asm = refs.asm;
  const row = l.firstMonthRow + i;
  const mo = c.months[i];
  const cumRange = rectA1({ row: l.firstMonthRow, col: l.cumWeightCol, rows: M, cols: 1 }, true);
  const cumTotal = abs(l.firstMonthRow + M - 1, l.cumWeightCol);
  cv.set(row, 1, formula(`=DATE(${mo.y},${mo.m},1)`), 'month');
  const weight: Cell =
    settings.shape.kind === 'growth'
      ? formula(`=(1+${asm('growth')})^${i}`)
      : settings.shape.kind === 'weights'
        ? settings.shape.weights[i]
        : 1;
  cv.set(row, l.weightCol, weight, 'inputDecimal');
  cv.set(
    row,
    l.cumWeightCol,
    formula(`=SUM(${abs(l.firstMonthRow, l.weightCol)}:${cellA1(row, l.weightCol)})`),
    'decimalMuted',
  );
  const asOfOk = `${cellA1(row, 1)}<=${asm('asOf')}`;
  for (let s = 0; s <= S; s++) {
    const isRevenue = s === S;
    const tgt = cellA1(row, l.blockCol.targets + s);
    const act = cellA1(row, l.blockCol.actuals + s);
    const att = cellA1(row, l.blockCol.attainment + s);
    cv.set(
      row,
      l.blockCol.targets + s,
      formula(
        isRevenue
          ? revenueSpread(i, asm('goal'), cumRange, cumTotal)
          : spreadFormula(i + 1, spreadRefs(c, s)),
      ),
      isRevenue ? 'money' : 'target',
    );
    const kept = c.previous?.actuals
      ?.get(monthKey(mo))
      ?.get(isRevenue ? REVENUE_KEY : settings.stages[s]);
    cv.set(row, l.blockCol.actuals + s, kept ?? '', isRevenue ? 'actualMoney' : 'actual');
    cv.set(
      row,
      l.blockCol.variance + s,
      formula(`=IF(AND(ISNUMBER(${act}),${asOfOk}),${act}-${tgt},"")`),
      isRevenue ? 'money' : 'count',
    );
    cv.set(
      row,
      l.blockCol.attainment + s,
      formula(`=IF(AND(ISNUMBER(${act}),${asOfOk},N(${tgt})>0),${act}/${tgt},"")`),
      'percent',
    );
    cv.set(row, l.blockCol.status + s, formula(statusFormula(att, asm('tolerance'))), 'status');
  }
}

/** Year-to-date row: sums up to the as-of month. */
function drawTotalRow(c: BlockContext): void {
  const { cv, l, refs } = c;
  const tr = l.totalRow;
  const asm = refs.asm;
  cv.set(tr, 1, t('sla.total'), 'totalLabel');
  for (let s = 0; s <= l.stages; s++) {
    const isRevenue = s === l.stages;
    const col = (b: (typeof GRID_BLOCKS)[number]) => l.blockCol[b] + s;
    const colRange = (cc: number) =>
      rectA1({ row: l.firstMonthRow, col: cc, rows: l.months, cols: 1 });
    const ytd = (cc: number) => `=SUMIF(${refs.months},"<="&${asm('asOf')},${colRange(cc)})`;
    const tgt = cellA1(tr, col('targets'));
    const act = cellA1(tr, col('actuals'));
    const money = isRevenue ? 'totalMoney' : 'total';
    cv.set(tr, col('targets'), formula(ytd(col('targets'))), money);
    cv.set(tr, col('actuals'), formula(ytd(col('actuals'))), money);
    cv.set(
      tr,
      col('variance'),
      formula(`=IF(COUNT(${colRange(col('actuals'))})>0,${act}-${tgt},"")`),
      money,
    );
    cv.set(
      tr,
      col('attainment'),
      formula(`=IF(AND(COUNT(${colRange(col('actuals'))})>0,N(${tgt})>0),${act}/${tgt},"")`),
      'totalPercent',
    );
    cv.set(
      tr,
      col('status'),
      formula(statusFormula(cellA1(tr, col('attainment')), asm('tolerance'))),
      'totalStatus',
    );
  }
  const weights = rectA1({ row: l.firstMonthRow, col: l.weightCol, rows: l.months, cols: 1 });
  cv.set(tr, l.weightCol, formula(`=SUM(${weights})`), 'totalDecimal');
}

/** Refresh outputs carried over by month, and their styles. */
function drawRefreshColumns(c: BlockContext): void {
  const { cv, l } = c;
  const M = l.months;
  for (let i = 0; i < M; i++) {
    const extra = c.previous?.extras?.get(monthKey(c.months[i])) ?? [];
    extra.forEach((v, j) => {
      cv.set(l.firstMonthRow + i, l.speedCol + j, v);
    });
  }
  (c.previous?.sourceHeader ?? []).forEach((v, j) => {
    cv.set(l.gridColumnsRow, l.sourceCol + j, v);
  });
  const refreshArea: Rect = {
    row: l.firstMonthRow,
    col: l.speedCol,
    rows: M,
    cols: 3 + SOURCE_COLUMNS,
  };
  cv.style(refreshArea, 'refreshed');
  cv.style({ row: l.firstMonthRow, col: l.speedCol + 1, rows: M, cols: 1 }, 'refreshedPercent');
  cv.style({ row: l.gridColumnsRow, col: l.sourceCol, rows: 1, cols: SOURCE_COLUMNS }, 'header');
  cv.style({ row: l.firstMonthRow, col: l.speedCol, rows: M, cols: 1 }, 'refreshedDecimal');
}

function revenueSpread(i: number, goal: string, cumRange: string, cumTotal: string): string {
  const cell = (k: number) => `ROUND(${goal}*INDEX(${cumRange},${k})/${cumTotal},2)`;
  return i === 0 ? `=${cell(1)}` : `=${cell(i + 1)}-${cell(i)}`;
}

/** The frame around each block of the grid. */
export function gridBorders(l: Layout): SheetPlan['borders'] {
  return [
    {
      rects: GRID_BLOCKS.map((b) => ({
        row: l.gridHeader,
        col: l.blockCol[b],
        rows: l.months + 3,
        cols: l.stages + 1,
      })),
      sides: [true, true, true, true, false, false],
      color: '#9aa0a6',
    },
  ];
}
