/**
 * Reads what a rebuild must carry over from the tab as it stands, using the
 * layout of the settings it was built with: agreement texts (the sheet's
 * edits win over unchanged defaults), typed or refreshed actuals, and the
 * refresh outputs, keyed by month and stage name so they land in the right
 * place even when stages or months moved.
 */
import { AGREEMENT_KEYS, type Settings } from '../api/settings';
import { type Cell, formula } from '../sheet/plan';
import { layout, SOURCE_COLUMNS } from './layout';
import { monthKey, monthList, type Previous, REVENUE_KEY } from './render';

export type ReadCell = string | number | boolean | Date;

function cellOf(value: ReadCell | undefined, f: string | undefined): Cell {
  if (f) return formula(f);
  if (value === undefined || value === '') return '';
  // Dates typed into actuals are kept as their serial-free ISO text: actuals are counts.
  return value instanceof Object ? String(value) : value;
}

export function previousFrom(
  old: Settings,
  values: ReadCell[][],
  formulas: string[][],
  next: Settings,
): Previous {
  const l = layout(old);
  const at = (row: number, col: number) =>
    cellOf(values[row - 1]?.[col - 1], formulas[row - 1]?.[col - 1]);
  const agreement: Record<string, string> = {};
  for (const k of AGREEMENT_KEYS) {
    const inSheet = values[l.agreementRow[k] - 1]?.[1];
    const sheetText = typeof inSheet === 'string' ? inSheet : String(inSheet ?? '');
    // Three-way merge: an edit made in the sheet wins; otherwise the sidebar's text.
    agreement[k] = sheetText !== old.agreement[k] ? sheetText : next.agreement[k];
  }
  const actuals: Record<string, Record<string, Cell>> = {};
  const extras: Record<string, Cell[]> = {};
  monthList(old.periodStart, old.months).forEach((mo, i) => {
    const row = l.firstMonthRow + i;
    const byStage: Record<string, Cell> = {};
    old.stages.forEach((name, s) => {
      byStage[name] = at(row, l.blockCol.actuals + s);
    });
    byStage[REVENUE_KEY] = at(row, l.blockCol.actuals + old.stages.length);
    actuals[monthKey(mo)] = byStage;
    extras[monthKey(mo)] = Array.from({ length: 3 + SOURCE_COLUMNS }, (_, j) =>
      at(row, l.speedCol + j),
    );
  });
  const sourceHeader = Array.from({ length: SOURCE_COLUMNS }, (_, j) =>
    at(l.gridColumnsRow, l.sourceCol + j),
  );
  return { agreement, actuals, extras, sourceHeader, box: { rows: l.rows, cols: l.cols } };
}
