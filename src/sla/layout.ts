/**
 * Where everything sits on an SLA tab: a pure function of the settings'
 * STRUCTURE (stage count, month count, shape kind). Render and rebuild both use
 * it: a rebuild finds the previous tab's editable regions by laying out the
 * previous settings.
 */
import { AGREEMENT_KEYS, type AgreementKey, type Settings } from '../api/settings';
import type { Rect } from '../sheet/a1';

/** Generated lines at the top of the agreement (formulas over the assumptions). */
export const AGREEMENT_SUMMARY = ['goal', 'marketing', 'sales'] as const;

export const ASSUMPTION_KEYS = [
  'goal',
  'currency',
  'dealSize',
  'start',
  'months',
  'reviewDate',
  'tolerance',
  'followUpHours',
  'minTouches',
  'feedbackDays',
  'growth',
  'continuation',
  'asOf',
] as const;
export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number];

/** Rows of the stage table, one column per stage. */
export const STAGE_ROWS = [
  'stages',
  'rates',
  'lagDays',
  'lagMonths',
  'periodTargets',
  'pipelineAtStart',
  'actualToDate',
  'dataMonths',
  'actualRates',
  'pace',
  'catchUp',
  'neededAtActualRates',
  'catchUpAtActualRates',
] as const;
export type StageRow = (typeof STAGE_ROWS)[number];

/** Rows of the monthly report's KPI table. */
export const KPI_ROWS = [
  'revenue',
  'goalShare',
  'delivered',
  'handed',
  'speed',
  'withinSla',
  'won',
] as const;
export type KpiRow = (typeof KPI_ROWS)[number];

/** The monthly blocks, left to right; each has one column per stage plus revenue. */
export const GRID_BLOCKS = ['targets', 'actuals', 'variance', 'attainment', 'status'] as const;
export type GridBlock = (typeof GRID_BLOCKS)[number];

/** Columns reserved for sources found by the actuals refresh. */
export const SOURCE_COLUMNS = 10;

export interface Layout {
  stages: number;
  months: number;
  /** Total rows × columns of the generated area (from A1). */
  rows: number;
  cols: number;
  title: number;
  review: number;
  /** What changed since the last signed version (blank when nothing did). */
  signoffNote: number;
  agreementHeader: number;
  summaryRow: Record<(typeof AGREEMENT_SUMMARY)[number], number>;
  agreementRow: Record<AgreementKey, number>;
  /** Agreement text spans columns B..agreementLastCol. */
  agreementLastCol: number;
  assumptionsHeader: number;
  assumption: Partial<Record<AssumptionKey, number>>;
  stageHeader: number;
  stageRow: Record<StageRow, number>;
  reportHeader: number;
  kpiHeader: number;
  kpiRow: Record<KpiRow, number>;
  gapsRow: number;
  diagHeader: number;
  /** First of one diagnosis row per stage. */
  diagFirst: number;
  gridHeader: number;
  /** Row of the stage-name header in the grid; months follow. */
  gridColumnsRow: number;
  firstMonthRow: number;
  totalRow: number;
  /** First column of each block; stage s (0-based) is at blockCol + s, revenue at blockCol + stages. */
  blockCol: Record<GridBlock, number>;
  weightCol: number;
  cumWeightCol: number;
  speedCol: number;
  handedCol: number;
  sourceCol: number;
  chartRow: number;
}

/** Value column of the assumption block and first stage column. */
export const VALUE_COL = 2;

export function layout(s: Pick<Settings, 'stages' | 'months' | 'shape'>): Layout {
  const S = s.stages.length;
  const M = s.months;
  let r = 1;
  const title = r++;
  const review = r++;
  const signoffNote = r++;
  const agreementHeader = r++;
  const summaryRow = {} as Layout['summaryRow'];
  for (const k of AGREEMENT_SUMMARY) summaryRow[k] = r++;
  const agreementRow = {} as Layout['agreementRow'];
  for (const k of AGREEMENT_KEYS) agreementRow[k] = r++;
  r++;
  const assumptionsHeader = r++;
  const assumption: Layout['assumption'] = {};
  for (const k of ASSUMPTION_KEYS) {
    if (k === 'growth' && s.shape.kind !== 'growth') continue;
    assumption[k] = r++;
  }
  r++;
  const stageHeader = r++;
  const stageRow = {} as Layout['stageRow'];
  for (const k of STAGE_ROWS) stageRow[k] = r++;
  r++;
  const reportHeader = r++;
  const kpiHeader = r++;
  const kpiRow = {} as Layout['kpiRow'];
  for (const k of KPI_ROWS) kpiRow[k] = r++;
  const gapsRow = r++;
  const diagHeader = r++;
  const diagFirst = r;
  r += S;
  r++;
  const gridHeader = r++;
  const gridColumnsRow = r++;
  const firstMonthRow = r;
  r += M;
  const totalRow = r++;
  const blockCol = {} as Layout['blockCol'];
  let c = 2;
  for (const b of GRID_BLOCKS) {
    blockCol[b] = c;
    c += S + 1;
  }
  const weightCol = c++;
  const cumWeightCol = c++;
  const speedCol = c;
  c += 2;
  const handedCol = c++;
  const sourceCol = c;
  c += SOURCE_COLUMNS;
  const chartRow = r + 1;
  return {
    stages: S,
    months: M,
    rows: r,
    cols: c - 1,
    title,
    review,
    signoffNote,
    agreementHeader,
    summaryRow,
    agreementRow,
    agreementLastCol: Math.max(9, S + 2),
    assumptionsHeader,
    assumption,
    stageHeader,
    stageRow,
    reportHeader,
    kpiHeader,
    kpiRow,
    gapsRow,
    diagHeader,
    diagFirst,
    gridHeader,
    gridColumnsRow,
    firstMonthRow,
    totalRow,
    blockCol,
    weightCol,
    cumWeightCol,
    speedCol,
    handedCol,
    sourceCol,
    chartRow,
  };
}

/** The M × S (stage columns only) rect of a block. */
export function blockRect(l: Layout, b: GridBlock): Rect {
  return { row: l.firstMonthRow, col: l.blockCol[b], rows: l.months, cols: l.stages };
}

/** The M × 1 revenue column of a block. */
export function revenueRect(l: Layout, b: GridBlock): Rect {
  return { row: l.firstMonthRow, col: l.blockCol[b] + l.stages, rows: l.months, cols: 1 };
}

export { handoverStage } from '../core/stages';
