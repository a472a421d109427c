/**
 * The SLA History and SLA Log tabs read like the SLA tab: the same header
 * look, number formats per column, widths that fit their headers, a frozen
 * header, and on every row the SLA tab and agreement version it belongs to
 * (the history spans resets and periods). Pure: plan extras for a tab the
 * refresh creates, and the trailing columns of each row.
 */
import { t } from '../api/messages';
import type { Cell, SheetPlan, Style } from '../sheet/plan';
import { SLA_STYLES } from './styles';

type Column = { width: number; numberFormat?: string };

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

const STYLES: Record<string, Style> = { header: SLA_STYLES.header };

function extras(columns: Column[]): Partial<SheetPlan> {
  return {
    styles: STYLES,
    headerStyle: 'header',
    frozenRows: 1,
    columnWidths: columns.map((c, i) => ({ col: i + 1, count: 1, width: c.width })),
    columnFormats: columns.flatMap((c, i) =>
      c.numberFormat ? [{ col: i + 1, count: 1, numberFormat: c.numberFormat }] : [],
    ),
  };
}

/** What a newly created history tab gets besides its rows. */
export const historyTabExtras = (): Partial<SheetPlan> => extras(HISTORY_COLUMNS);

/** What a newly created log tab gets besides its rows. */
export const logTabExtras = (): Partial<SheetPlan> => extras(LOG_COLUMNS);

/** The two trailing header cells: which SLA, which version. */
export function ownerHeader(lang = 'en'): string[] {
  return [t('sidetab.sla', undefined, lang), t('sidetab.version', undefined, lang)];
}

/** A row with the SLA tab's name and the agreement version appended. */
export function withOwner(row: Cell[], sheetName: string, version: number): Cell[] {
  return [...row, sheetName, version];
}
