/**
 * The SLA tab as data: render(settings, previous) → SheetPlan. Pure: no
 * services, no clock. Assumptions are the only inputs; every target, variance
 * and status is a native formula over them.
 */
import { t } from '../api/messages';
import { AGREEMENT_KEYS, type Settings } from '../api/settings';
import { cellA1, type Rect, rectA1 } from '../sheet/a1';
import { Canvas } from '../sheet/canvas';
import { type Cell, formula, RULE_MARKER, type SheetPlan } from '../sheet/plan';
import { ceilF, roundF, str, templateFormula } from './formulas';
import {
  AGREEMENT_SUMMARY,
  ASSUMPTION_KEYS,
  blockRect,
  GRID_BLOCKS,
  handoverStage,
  type Layout,
  layout,
  revenueRect,
  SOURCE_COLUMNS,
  STAGE_ROWS,
  VALUE_COL,
} from './layout';
import { tabRefs } from './refs';
import { drawReport, reportChart, reportStatusRects } from './report';
import { pipelineAtStartFormula, type SpreadRefs, spreadFormula } from './spread';
import { SLA_STYLES } from './styles';

/** What a rebuild carries over from the tab as it is now (see sla/previous.ts). */
export interface Previous {
  /** Agreement texts to write (already merged: the sheet's edits win). */
  agreement?: Partial<Record<string, string>>;
  /** Actuals by `YYYY-MM` then stage name (REVENUE_KEY for revenue). */
  actuals?: Record<string, Record<string, Cell>>;
  /** Refresh outputs right of the grid by `YYYY-MM`: speed (2), handed (1), sources. */
  extras?: Record<string, Cell[]>;
  sourceHeader?: Cell[];
  /** The old generated area: blanked where the new one is smaller. */
  box?: { rows: number; cols: number };
}

export const REVENUE_KEY = '§revenue';

export const monthKey = (mo: { y: number; m: number }): string =>
  `${mo.y}-${String(mo.m).padStart(2, '0')}`;

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

const abs = (row: number, col: number) => cellA1(row, col, true);

export function renderSla(settings: Settings, sheetName: string, previous?: Previous): SheetPlan {
  const l = layout(settings);
  const S = l.stages;
  const M = l.months;
  const cv = new Canvas(
    Math.max(l.rows, previous?.box?.rows ?? 0),
    Math.max(l.cols, previous?.box?.cols ?? 0),
  );
  const months = monthList(settings.periodStart, M);
  const refs = tabRefs(l);
  const asm = refs.asm;
  const stageCell = refs.stage;
  const monthRow = (i: number) => l.firstMonthRow + i;
  const monthsRange = refs.months;
  const elapsed = refs.elapsed;
  const h = handoverStage(settings.stages);
  const last = S - 1;
  const spreadRefs = (s: number): SpreadRefs => ({
    total: stageCell('periodTargets', s),
    lag: stageCell('lagMonths', s),
    months: M,
    weights: refs.monthsOf(l.weightCol),
    weightTotal: abs(l.firstMonthRow + M - 1, l.cumWeightCol),
    monthDates: monthsRange,
  });

  // Title and review reminder.
  cv.set(l.title, 1, t('sla.title', { name: sheetName }), 'title');
  cv.set(
    l.review,
    1,
    formula(
      `=IF(TODAY()>=${asm('reviewDate')},${str(t('sla.review.due'))},${str(t('sla.review.next'))})`,
    ),
    'review',
  );

  // Agreement: generated summary sentences, then the editable texts.
  cv.set(l.agreementHeader, 1, t('sla.section.agreement'), 'section');
  cv.style({ row: l.agreementHeader, col: 2, rows: 1, cols: l.agreementLastCol - 1 }, 'section');
  const first = months[0];
  const end = months[M - 1];
  const num = (ref: string) => `TEXT(${ref},"#,##0")`;
  const sentences: Record<(typeof AGREEMENT_SUMMARY)[number], string> = {
    goal: templateFormula(t('sla.sentence.goal'), {
      goal: num(asm('goal')),
      currency: asm('currency'),
      // TEXT with a date format names the months in the spreadsheet's locale.
      start: `TEXT(DATE(${first.y},${first.m},1),"mmmm yyyy")`,
      end: `TEXT(DATE(${end.y},${end.m},1),"mmmm yyyy")`,
      customers: num(stageCell('periodTargets', last)),
      dealSize: num(asm('dealSize')),
    }),
    marketing: templateFormula(t('sla.sentence.marketing'), {
      count: num(stageCell('periodTargets', h)),
      stage: stageCell('stages', h),
      perMonth: num(`ROUND(${stageCell('periodTargets', h)}/${M},0)`),
    }),
    sales: templateFormula(t('sla.sentence.sales'), {
      hours: asm('followUpHours'),
      touches: asm('minTouches'),
      days: asm('feedbackDays'),
    }),
  };
  for (const k of AGREEMENT_SUMMARY) {
    cv.set(l.summaryRow[k], 1, t(`sla.summary.${k}`), 'label');
    cv.set(l.summaryRow[k], 2, formula(sentences[k]), 'text');
  }
  for (const k of AGREEMENT_KEYS) {
    cv.set(l.agreementRow[k], 1, t(`sla.agreement.${k}`), 'label');
    cv.set(l.agreementRow[k], 2, previous?.agreement?.[k] ?? settings.agreement[k], 'editable');
  }

  // Assumptions: the only inputs.
  cv.set(l.assumptionsHeader, 1, t('sla.section.assumptions'), 'section');
  cv.style({ row: l.assumptionsHeader, col: 2, rows: 1, cols: l.agreementLastCol - 1 }, 'section');
  const [y0, m0] = settings.periodStart.split('-').map(Number);
  const values: Record<(typeof ASSUMPTION_KEYS)[number], [Cell, string]> = {
    goal: [settings.revenueGoal, 'inputMoney'],
    currency: [settings.currency, 'input'],
    dealSize: [settings.dealSize, 'inputMoney'],
    start: [formula(`=DATE(${y0},${m0},1)`), 'month'],
    months: [M, 'count'],
    reviewDate: [
      formula(`=DATE(${settings.reviewDate.split('-').map(Number).join(',')})`),
      'inputDate',
    ],
    tolerance: [settings.tolerance, 'inputPercent'],
    followUpHours: [settings.followUpHours, 'input'],
    minTouches: [settings.minTouches, 'input'],
    feedbackDays: [settings.feedbackDays, 'input'],
    growth: [settings.shape.kind === 'growth' ? settings.shape.rate : 0, 'inputPercent'],
    continuation: [t('sla.assumption.continuationText'), 'muted'],
    asOf: [formula('=EOMONTH(TODAY(),-1)'), 'date'],
  };
  for (const k of ASSUMPTION_KEYS) {
    const row = l.assumption[k];
    if (row === undefined) continue;
    cv.set(row, 1, t(`sla.assumption.${k}`), 'label');
    cv.set(row, VALUE_COL, values[k][0], values[k][1]);
  }

  // Stage table: one column per stage.
  cv.set(l.stageHeader, 1, t('sla.section.stages'), 'section');
  cv.style(
    { row: l.stageHeader, col: 2, rows: 1, cols: Math.max(S, l.agreementLastCol - 1) },
    'section',
  );
  for (const k of STAGE_ROWS) cv.set(l.stageRow[k], 1, t(`sla.stage.${k}`), 'label');
  const lagRow = l.stageRow.lagDays;
  for (let s = 0; s < S; s++) {
    const col = VALUE_COL + s;
    const set = (row: keyof Layout['stageRow'], v: Cell, style: string) =>
      cv.set(l.stageRow[row], col, v, style);
    set('stages', settings.stages[s], 'stageName');
    const isLast = s === last;
    set('rates', isLast ? '' : settings.rates[s], isLast ? 'muted' : 'inputPercent');
    set('lagDays', isLast ? '' : settings.lagDays[s], isLast ? 'muted' : 'input');
    set(
      'lagMonths',
      isLast
        ? 0
        : formula(`=ROUND(SUM(${abs(lagRow, col)}:${abs(lagRow, VALUE_COL + S - 2)})/30.4,0)`),
      'count',
    );
    set(
      'periodTargets',
      formula(
        isLast
          ? `=${ceilF(`${asm('goal')}/${asm('dealSize')}`)}`
          : `=${ceilF(`${stageCell('periodTargets', s + 1)}/${stageCell('rates', s)}`)}`,
      ),
      'target',
    );
    set(
      'pipelineAtStart',
      formula(pipelineAtStartFormula(spreadRefs(s), refs.column('targets', s))),
      'count',
    );
    const actualTotal = cellA1(l.totalRow, l.blockCol.actuals + s, true);
    const hasActuals = `COUNT(${rectA1({ row: l.firstMonthRow, col: l.blockCol.actuals + s, rows: M, cols: 1 }, true)})>0`;
    set('actualToDate', formula(`=${actualTotal}`), 'count');
    set(
      'dataMonths',
      formula(`=COUNTIFS(${monthsRange},"<="&${asm('asOf')},${refs.column('actuals', s)},">=0")`),
      'count',
    );
    set(
      'actualRates',
      isLast
        ? ''
        : formula(
            `=IF(N(${stageCell('actualToDate', s)})>0,${stageCell('actualToDate', s + 1)}/${stageCell('actualToDate', s)},"")`,
          ),
      isLast ? 'muted' : 'percent',
    );
    set(
      'pace',
      formula(
        `=IF(AND(${elapsed}>0,${hasActuals}),${roundF(`${actualTotal}/${elapsed}*${M}`)},"")`,
      ),
      'count',
    );
    set(
      'catchUp',
      formula(
        `=IF(AND(${M}-${elapsed}>0,${hasActuals}),MAX(0,${ceilF(`(${stageCell('periodTargets', s)}-N(${actualTotal}))/(${M}-${elapsed})`)}),"")`,
      ),
      'target',
    );
    // Remaining need walks up from the last stage with the actual rate where one exists.
    const rateAt = `IF(N(${stageCell('actualRates', s)})>0,${stageCell('actualRates', s)},${stageCell('rates', s)})`;
    set(
      'neededAtActualRates',
      formula(
        isLast
          ? `=MAX(0,${stageCell('periodTargets', s)}-N(${actualTotal}))`
          : `=${ceilF(`${stageCell('neededAtActualRates', s + 1)}/${rateAt}`)}`,
      ),
      'count',
    );
    set(
      'catchUpAtActualRates',
      formula(
        `=IF(AND(${M}-${elapsed}>0,${hasActuals}),${ceilF(`${stageCell('neededAtActualRates', s)}/(${M}-${elapsed})`)},"")`,
      ),
      'target',
    );
  }

  drawReport(cv, l, settings, refs);

  // Monthly grid.
  cv.set(l.gridHeader, 1, t('sla.section.monthly'), 'section');
  cv.style({ row: l.gridHeader, col: 2, rows: 1, cols: l.cols - 1 }, 'section');
  const hdr = l.gridColumnsRow;
  cv.set(hdr, 1, t('sla.col.month'), 'header');
  for (const b of GRID_BLOCKS) {
    const c0 = l.blockCol[b];
    cv.set(l.gridHeader, c0, t(`sla.block.${b}`), 'section');
    for (let s = 0; s < S; s++)
      cv.set(hdr, c0 + s, formula(`=${stageCell('stages', s)}`), 'header');
    cv.set(hdr, c0 + S, t('sla.col.revenue'), 'header');
  }
  cv.set(hdr, l.weightCol, t('sla.col.weight'), 'header');
  cv.set(hdr, l.cumWeightCol, t('sla.col.cumWeight'), 'header');
  cv.set(hdr, l.speedCol, t('sla.col.medianHours'), 'header');
  cv.set(hdr, l.speedCol + 1, t('sla.col.withinSla'), 'header');
  cv.set(hdr, l.handedCol, t('sla.col.handed'), 'header');
  cv.set(l.gridHeader, l.sourceCol, t('sla.col.bySource'), 'section');

  const cumRange = rectA1({ row: l.firstMonthRow, col: l.cumWeightCol, rows: M, cols: 1 }, true);
  const cumTotal = abs(l.firstMonthRow + M - 1, l.cumWeightCol);
  const weightStart = abs(l.firstMonthRow, l.weightCol);
  for (let i = 0; i < M; i++) {
    const row = monthRow(i);
    const mo = months[i];
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
      formula(`=SUM(${weightStart}:${cellA1(row, l.weightCol)})`),
      'decimalMuted',
    );
    const monthCell = cellA1(row, 1);
    const asOfOk = `${monthCell}<=${asm('asOf')}`;
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
            : spreadFormula(i + 1, spreadRefs(s)),
        ),
        isRevenue ? 'money' : 'target',
      );
      const kept =
        previous?.actuals?.[monthKey(mo)]?.[isRevenue ? REVENUE_KEY : settings.stages[s]];
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

  // Year-to-date row: sums up to the as-of month.
  const tr = l.totalRow;
  cv.set(tr, 1, t('sla.total'), 'totalLabel');
  for (let s = 0; s <= S; s++) {
    const isRevenue = s === S;
    const col = (b: (typeof GRID_BLOCKS)[number]) => l.blockCol[b] + s;
    const colRange = (c: number) => rectA1({ row: l.firstMonthRow, col: c, rows: M, cols: 1 });
    const ytd = (c: number) => `=SUMIF(${monthsRange},"<="&${asm('asOf')},${colRange(c)})`;
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
  cv.set(tr, l.weightCol, formula(`=SUM(${colRangeOf(l, l.weightCol)})`), 'totalDecimal');

  // Refresh outputs carried over by month.
  for (let i = 0; i < M; i++) {
    const extra = previous?.extras?.[monthKey(months[i])] ?? [];
    extra.forEach((v, j) => {
      cv.set(monthRow(i), l.speedCol + j, v);
    });
  }
  (previous?.sourceHeader ?? []).forEach((v, j) => {
    cv.set(hdr, l.sourceCol + j, v);
  });
  const refreshArea: Rect = {
    row: l.firstMonthRow,
    col: l.speedCol,
    rows: M,
    cols: 3 + SOURCE_COLUMNS,
  };
  const sourceHeader: Rect = { row: hdr, col: l.sourceCol, rows: 1, cols: SOURCE_COLUMNS };
  cv.style(refreshArea, 'refreshed');
  cv.style({ row: l.firstMonthRow, col: l.speedCol + 1, rows: M, cols: 1 }, 'refreshedPercent');
  cv.style(sourceHeader, 'header');
  cv.style({ row: l.firstMonthRow, col: l.speedCol, rows: M, cols: 1 }, 'refreshedDecimal');

  return {
    sheetName,
    create: true,
    blocks: [cv.toBlock()],
    styles: SLA_STYLES,
    mergeAcross: [
      {
        row: l.summaryRow.goal,
        col: 2,
        rows: l.agreementRow.salesOwner - l.summaryRow.goal + 1,
        cols: l.agreementLastCol - 1,
      },
    ],
    borders: [
      {
        rects: GRID_BLOCKS.map((b) => ({
          row: l.gridHeader,
          col: l.blockCol[b],
          rows: M + 3,
          cols: S + 1,
        })),
        sides: [true, true, true, true, false, false],
        color: '#9aa0a6',
      },
    ],
    frozenColumns: 1,
    columnWidths: [
      { col: 1, count: 1, width: 230 },
      { col: 2, count: l.cols - 1, width: 96 },
    ],
    rowHeights: agreementRowHeights(l, settings, previous),
    namedRanges: namedRanges(l),
    conditionalRules: conditionalRules(l, asm('tolerance')),
    charts: charts(l, settings, h),
    activate: true,
  };
}

function colRangeOf(l: Layout, col: number): string {
  return rectA1({ row: l.firstMonthRow, col, rows: l.months, cols: 1 });
}

function revenueSpread(i: number, goal: string, cumRange: string, cumTotal: string): string {
  const c = (k: number) => `ROUND(${goal}*INDEX(${cumRange},${k})/${cumTotal},2)`;
  return i === 0 ? `=${c(1)}` : `=${c(i + 1)}-${c(i)}`;
}

function statusFormula(att: string, tolerance: string): string {
  return `=IF(ISNUMBER(${att}),IF(${att}>=1,${str(t('status.on_track'))},IF(${att}>=1-${tolerance},${str(t('status.at_risk'))},${str(t('status.behind'))})),"")`;
}

/** Merged cells do not grow with wrapped text in Sheets, so the agreement rows get explicit heights. */
function agreementRowHeights(l: Layout, s: Settings, previous?: Previous) {
  const widthChars = Math.floor(((l.agreementLastCol - 1) * 96) / 7);
  const heights: { row: number; count: number; height: number }[] = [];
  const rows: [number, number][] = [];
  for (const k of AGREEMENT_SUMMARY) rows.push([l.summaryRow[k], 2]);
  for (const k of AGREEMENT_KEYS) {
    const text = previous?.agreement?.[k] ?? s.agreement[k];
    rows.push([l.agreementRow[k], Math.max(1, Math.ceil(text.length / widthChars))]);
  }
  for (const [row, lines] of rows) {
    const height = 8 + 17 * Math.min(lines, 8);
    const prev = heights[heights.length - 1];
    if (prev && prev.height === height && prev.row + prev.count === row) prev.count++;
    else heights.push({ row, count: 1, height });
  }
  return heights;
}

function namedRanges(l: Layout): SheetPlan['namedRanges'] {
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

/**
 * Three rules over attainment and status together: each rule's formula is
 * relative to the top-left of each range, so it reads a number (attainment)
 * in one and a status text in the other.
 */
function conditionalRules(l: Layout, tolerance: string): SheetPlan['conditionalRules'] {
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

function charts(l: Layout, s: Settings, handover: number): SheetPlan['charts'] {
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
    },
  });
  return [chart(handover, 1), chart(l.stages - 1, 7), reportChart(l)];
}
