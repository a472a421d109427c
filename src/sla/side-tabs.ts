/**
 * The SLA History and SLA Log tabs read like the SLA tab: the same header
 * look, number formats per column, widths that fit their headers, a frozen
 * header, and on every row the SLA tab and agreement version it belongs to
 * (the history spans resets and periods). Pure: the format of a tab the
 * refresh creates (applied by src/server/append.ts), and the trailing
 * columns of each row.
 */
import { t } from '../api/messages';
import type { Cell, Style } from '../sheet/plan';
import { SLA_STYLES } from './styles';

/**
 * What Sheets reports for a cell left on "Automatic": the columns that hold
 * text keep it when the number formats are set in one call for all columns.
 */
export const TEXT_COLUMN_FORMAT = '0.###############';

export type Column = { width: number; numberFormat?: string };

/** History: month, stage, target, actual, variance, attainment, status, SLA, version. */
const HISTORY_COLUMNS: Column[] = [
  // The month is written as text already (a leading apostrophe): no format, or it would show.
  { width: 80 },
  { width: 150 },
  { width: 100, numberFormat: '#,##0' },
  { width: 100, numberFormat: '#,##0' },
  { width: 100, numberFormat: '#,##0' },
  { width: 100, numberFormat: '0.0%' },
  { width: 90 },
  { width: 180 },
  { width: 70, numberFormat: '0' },
];

/** Log: when, who, source, read, counted, skipped, cells, outside, seconds, trigger, SLA, version. */
const LOG_COLUMNS: Column[] = [
  { width: 140, numberFormat: 'yyyy-mm-dd hh:mm' },
  { width: 200 },
  { width: 140 },
  { width: 100, numberFormat: '#,##0' },
  { width: 100, numberFormat: '#,##0' },
  { width: 100, numberFormat: '#,##0' },
  { width: 100, numberFormat: '#,##0' },
  { width: 110, numberFormat: '#,##0' },
  { width: 90, numberFormat: '0.0' },
  { width: 90 },
  { width: 180 },
  { width: 70, numberFormat: '0' },
];

/** How a side tab reads like the SLA tab: set once, when the tab is created. */
export interface TabFormat {
  header: Style;
  columns: Column[];
}

/** What a newly created history tab gets besides its rows. */
export const historyTabFormat = (): TabFormat => ({
  header: SLA_STYLES.header,
  columns: HISTORY_COLUMNS,
});

/** What a newly created log tab gets besides its rows. */
export const logTabFormat = (): TabFormat => ({ header: SLA_STYLES.header, columns: LOG_COLUMNS });

/** The two trailing header cells: which SLA, which version. */
export function ownerHeader(lang?: string): string[] {
  return [t('sidetab.sla', undefined, lang), t('sidetab.version', undefined, lang)];
}

/** A row with the SLA tab's name and the agreement version appended. */
export function withOwner(row: Cell[], sheetName: string, version: number): Cell[] {
  return [...row, sheetName, version];
}
