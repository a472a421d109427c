/**
 * The monthly report block of the SLA tab, for the company meeting: goal
 * attainment, each team's KPIs against its commitments, the biggest gaps and
 * a diagnosis line per stage (volume entering the stage vs conversion below
 * plan). All native formulas over the tab, so they follow every refresh and
 * every typed actual; sentences reuse the review catalog's templates.
 */
import { type MessageKey, t } from '../../api/messages';
import type { Settings } from '../../api/settings';
import { cellA1, type Rect, rectA1 } from '../../sheet/a1';
import type { Canvas } from '../../sheet/canvas';
import { type ChartSpec, formula } from '../../sheet/plan';
import { str, templateFormula } from '../formulas';
import { handoverStage, KPI_ROWS, type Layout } from '../layout';
import type { TabRefs } from '../refs';

/** Numbers in sentences, grouped and named in the spreadsheet's locale. */
const count = (x: string) => `TEXT(ROUND(${x},0),"#,##0")`;
const pct = (x: string) => `TEXT(${x},"0%")`;

function statusOf(att: string, tol: string): string {
  return `IF(ISNUMBER(${att}),IF(${att}>=1,${str(t('status.on_track'))},IF(${att}>=1-${tol},${str(t('status.at_risk'))},${str(t('status.behind'))})),"")`;
}

/** The diagnosis sentence of stage s, choosing the cause as src/core/review/diagnosis.ts does. */
function diagnosisFormula(s: number, r: TabRefs): string {
  const tol = r.asm('tolerance');
  const stageName = r.stage('stages', s);
  const target = r.total('targets', s);
  const actual = r.total('actuals', s);
  const hasData = `N(${r.stage('dataMonths', s)})>0`;
  const shortfall = `MAX(0,${target}-${actual})`;
  const sentence = (key: string, extra: Record<string, string> = {}) =>
    templateFormula(t(key as MessageKey), {
      stage: stageName,
      shortfall: count(shortfall),
      actual: count(actual),
      target: count(target),
      attainment: `IF(${target}>0,${pct(`${actual}/${target}`)},"")`,
      ...extra,
    }).slice(1);
  if (s === 0) {
    return `=IF(NOT(${hasData}),${sentence('review.diag.no_data')},IF(${actual}>=${target},${sentence('review.diag.on_track')},${sentence('review.diag.volume_top')}))`;
  }
  const prevActual = r.total('actuals', s - 1);
  const prevTarget = r.total('targets', s - 1);
  const prevHasData = `N(${r.stage('dataMonths', s - 1)})>0`;
  const planned = r.stage('rates', s - 1);
  const rate = `${actual}/${prevActual}`;
  const rateKnown = `AND(${prevHasData},N(${prevActual})>0)`;
  const volume = `${prevActual}<${prevTarget}`;
  // IF, not AND: AND would divide by a zero previous actual (#DIV/0!).
  const conversion = `IF(${rateKnown},${rate}/${planned}<1-${tol},FALSE)`;
  const extra = {
    prev: r.stage('stages', s - 1),
    prevActual: count(prevActual),
    prevTarget: count(prevTarget),
    actualRate: `IF(${rateKnown},${pct(rate)},"")`,
    plannedRate: pct(planned),
  };
  const line = (k: string) => sentence(k, extra);
  return `=IF(NOT(${hasData}),${line('review.diag.no_data')},IF(${actual}>=${target},${line('review.diag.on_track')},IF(NOT(${prevHasData}),${line('review.diag.volume_top')},IF(AND(${volume},${conversion}),${line('review.diag.both')},IF(${volume},${line('review.diag.volume')},IF(${conversion},${line('review.diag.conversion')},IF(${rateKnown},${line('review.diag.minor')},${line('review.diag.short')})))))))`;
}

/** "Sales won: Customers", but "Sales: Closed won" when the stage name already says it. */
function wonLabel(stage: string): string {
  const saysWon = /\b(won|win|wins|closed)\b/i.test(stage);
  return t(saysWon ? 'sla.report.wonNamed' : 'sla.report.won', { stage });
}

export function drawReport(cv: Canvas, l: Layout, settings: Settings, r: TabRefs): void {
  const S = l.stages;
  const h = handoverStage(settings.stages);
  const last = S - 1;
  const tol = r.asm('tolerance');
  cv.set(l.reportHeader, 1, t('sla.section.report'), 'section');
  cv.style({ row: l.reportHeader, col: 2, rows: 1, cols: l.agreementLastCol - 1 }, 'section');
  const head = [
    '',
    'sla.report.actual',
    'sla.report.target',
    'sla.report.attainment',
    'sla.report.status',
  ];
  head.forEach((k, i) => {
    if (k) cv.set(l.kpiHeader, 1 + i, t(k as MessageKey), 'header');
  });

  // The last complete month's row of a months column; blank unless a number
  // (INDEX of an empty cell is blank in Sheets but 0 in LibreOffice and Excel).
  const lastMonth = (range: string) => {
    const at = `INDEX(${range},${r.elapsed})`;
    return `IF(${r.elapsed}>0,IF(ISNUMBER(${at}),${at},""),"")`;
  };
  const speed = lastMonth(r.monthsOf(l.speedCol));
  const within = lastMonth(r.monthsOf(l.speedCol + 1));
  type Row = [
    label: string,
    actual: string,
    target: string,
    att: string,
    status: string,
    style: string,
  ];
  const ytdRow = (s: number, label: string): Row => {
    const a = r.total('actuals', s);
    const tg = r.total('targets', s);
    const att = `IF(AND(ISNUMBER(${a}),${tg}>0),${a}/${tg},"")`;
    return [label, `=${a}`, `=${tg}`, `=${att}`, `=${statusOf(att, tol)}`, 'count'];
  };
  const rows: Record<(typeof KPI_ROWS)[number], Row> = {
    revenue: ytdRow(S, t('sla.report.revenue')),
    goalShare: [
      t('sla.report.goalShare'),
      `=${r.total('actuals', S)}`,
      `=${r.asm('goal')}`,
      `=IF(${r.asm('goal')}>0,${r.total('actuals', S)}/${r.asm('goal')},"")`,
      '',
      'money',
    ],
    delivered: ytdRow(h, t('sla.report.delivered', { stage: settings.stages[h] })),
    handed: [
      t('sla.report.handed'),
      `=SUMIF(${r.months},"<="&${r.asm('asOf')},${r.monthsOf(l.handedCol)})`,
      '',
      '',
      '',
      'count',
    ],
    speed: [
      t('sla.report.speed'),
      `=${speed}`,
      `=${r.asm('followUpHours')}`,
      '',
      `=IF(ISNUMBER(${cellA1(l.kpiRow.speed, 2)}),IF(${cellA1(l.kpiRow.speed, 2)}<=${r.asm('followUpHours')},${str(t('status.on_track'))},${str(t('status.behind'))}),"")`,
      'decimal',
    ],
    withinSla: [t('sla.report.withinSla'), `=${within}`, '', '', '', 'percent'],
    won: ytdRow(last, wonLabel(settings.stages[last])),
  };
  for (const k of KPI_ROWS) {
    const [label, actual, target, att, status, style] = rows[k];
    const row = l.kpiRow[k];
    cv.set(row, 1, label, 'label');
    const isMoney = k === 'revenue' || k === 'goalShare';
    if (actual) cv.set(row, 2, formula(actual), isMoney ? 'money' : style);
    if (target)
      cv.set(row, 3, formula(target), isMoney ? 'money' : style === 'decimal' ? 'count' : style);
    if (att) cv.set(row, 4, formula(att), 'percent');
    if (status) cv.set(row, 5, formula(status), 'status');
  }

  // Biggest gaps: the three lowest attainments to date, stage and value side by side.
  const att = rectA1({ row: l.diagFirst, col: 2, rows: S, cols: 1 }, true);
  const names = rectA1({ row: l.diagFirst, col: 1, rows: S, cols: 1 }, true);
  cv.set(l.gapsRow, 1, t('sla.report.gaps'), 'label');
  for (let k = 1; k <= Math.min(3, S); k++) {
    const kth = `SMALL(${att},${k})`;
    const col = 2 + (k - 1) * 2;
    cv.set(
      l.gapsRow,
      col,
      // Nested IFs, not AND: AND evaluates SMALL on too few numbers (#NUM!).
      formula(`=IF(COUNT(${att})>=${k},IF(${kth}<1,INDEX(${names},MATCH(${kth},${att},0)),""),"")`),
      'stageName',
    );
    cv.set(
      l.gapsRow,
      col + 1,
      formula(`=IF(COUNT(${att})>=${k},IF(${kth}<1,${kth},""),"")`),
      'percent',
    );
  }

  // Diagnosis: one line per stage, with its attainment to date (the chart's data).
  cv.set(l.diagHeader, 1, t('sla.report.stage'), 'header');
  cv.set(l.diagHeader, 2, t('sla.report.attainmentToDate'), 'header');
  cv.set(l.diagHeader, 3, t('sla.report.diagnosis'), 'headerLeft');
  for (let s = 0; s < S; s++) {
    const row = l.diagFirst + s;
    const a = r.total('actuals', s);
    const tg = r.total('targets', s);
    cv.set(row, 1, formula(`=${r.stage('stages', s)}`), 'label');
    cv.set(
      row,
      2,
      formula(`=IF(AND(N(${r.stage('dataMonths', s)})>0,${tg}>0),${a}/${tg},"")`),
      'percent',
    );
    cv.set(row, 3, formula(diagnosisFormula(s, r)), 'diagnosis');
  }
}

/** Column chart of attainment to date per stage, beside the report. */
/**
 * KPI attainment and status, and the diagnosis attainments: coloured like the
 * grid. Not the share of the period goal: mid-period it is meant to be low.
 */
export function reportStatusRects(l: Layout): Rect[] {
  const k = l.kpiRow;
  return [
    { row: k.revenue, col: 4, rows: 1, cols: 2 },
    { row: k.delivered, col: 4, rows: k.won - k.delivered + 1, cols: 2 },
    { row: l.diagFirst, col: 2, rows: l.stages, cols: 1 },
  ];
}

export function reportChart(l: Layout): ChartSpec {
  const rows = l.stages + 1;
  return {
    title: t('sla.report.chartTitle'),
    type: 'COLUMN',
    ranges: [
      { row: l.diagHeader, col: 1, rows, cols: 1 },
      { row: l.diagHeader, col: 2, rows, cols: 1 },
    ],
    anchor: { row: l.reportHeader, col: 12 },
    width: 460,
    height: 280,
    headers: 1,
    // Stage names under the columns: slanted and smaller, so long names never overlap.
    options: {
      legend: 'none',
      'vAxis.format': 'percent',
      'hAxis.slantedText': true,
      'hAxis.slantedTextAngle': 30,
      'hAxis.textStyle.fontSize': 10,
      'hAxis.maxTextLines': 2,
    },
  };
}
