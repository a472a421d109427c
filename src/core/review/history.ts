/**
 * The append-only history tab: the first refresh after a month closes appends
 * that month's targets, actuals and status per stage; earlier rows are never
 * rewritten, so the agreement's trend can be charted across versions.
 *
 * Row shape (7 plain values, one row per stage, then one for revenue when the
 * rows carry a revenue column):
 *   [month 'YYYY-MM', stage name, target, actual | '', variance | '', attainment | '', status text | '']
 * Blanks are '' (a blank cell). Attainment is a fraction (format as %), null
 * when the target is 0. The month is text: write column A with the plain-text
 * number format ('@') or Sheets turns '2026-03' into a date.
 */
import { t } from '../../api/messages';
import { isMonthKey, monthNumber } from './months';
import { above, isNumber, minus } from './sheet-math';
import { statusOf } from './tracking';

export type HistoryRow = [
  month: string,
  stage: string,
  target: number,
  actual: number | '',
  variance: number | '',
  attainment: number | '',
  status: string,
];

/** Column titles of the history tab, in row order. */
export function historyHeader(lang = 'en'): string[] {
  return (['month', 'stage', 'target', 'actual', 'variance', 'attainment', 'status'] as const).map(
    (k) => t(`review.history.${k}`, undefined, lang),
  );
}

/**
 * The closed months of the period not yet in the history, oldest first: months
 * strictly before `currentMonth`, inside `periodMonths`, after `history.lastMonth`.
 */
export function monthsToArchive(
  history: { lastMonth: string | null },
  periodMonths: readonly string[],
  currentMonth: string,
): string[] {
  const current = monthNumber(currentMonth);
  const last =
    history.lastMonth === null ? Number.NEGATIVE_INFINITY : monthNumber(history.lastMonth);
  return periodMonths
    .filter((key) => {
      const m = monthNumber(key);
      return m < current && m > last;
    })
    .sort((a, b) => monthNumber(a) - monthNumber(b));
}

/**
 * One closed month's rows. `targetsRow` / `actualsRow` hold one value per
 * stage, optionally followed by revenue (a row labelled with the catalog's
 * "Revenue"). Variance, attainment and status follow the SLA tab's formulas.
 */
export function historyRows(
  month: string,
  stages: readonly string[],
  targetsRow: readonly number[],
  actualsRow: readonly (number | null | undefined)[],
  tolerance: number,
  lang = 'en',
): HistoryRow[] {
  if (!isMonthKey(month))
    throw new RangeError(`historyRows: not a month: ${JSON.stringify(month)}`);
  const labels = [...stages];
  if (targetsRow.length === stages.length + 1) labels.push(t('sla.col.revenue', undefined, lang));
  else if (targetsRow.length !== stages.length)
    throw new RangeError(
      `historyRows: ${targetsRow.length} targets for ${stages.length} stages (+ revenue)`,
    );
  return labels.map((label, i): HistoryRow => {
    const target = targetsRow[i];
    const actual = actualsRow[i];
    if (!isNumber(actual)) return [month, label, target, '', '', '', ''];
    const attainment = above(target, 0) ? actual / target : null;
    const status = statusOf(attainment, tolerance);
    return [
      month,
      label,
      target,
      actual,
      minus(actual, target),
      attainment ?? '',
      status ? t(`status.${status}`, undefined, lang) : '',
    ];
  });
}
