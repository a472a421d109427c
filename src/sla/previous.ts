/**
 * Reads what a rebuild must carry over from the tab as it stands, using the
 * layout of the settings it was built with: agreement texts (the sheet's
 * edits win over the sidebar's), typed or refreshed actuals, and the refresh
 * outputs, keyed by month and stage so they land in the right place even when
 * stages or months moved. Stage names are data: Maps, never object keys.
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

/**
 * The agreement texts to write. `isOurs(k, text)` says whether the sheet still
 * holds what the add-on last wrote there: then the sidebar's text applies,
 * otherwise the user's edit in the sheet wins.
 */
export function mergeAgreement(
  values: ReadCell[][],
  old: Pick<Settings, 'stages' | 'months' | 'shape'>,
  next: Settings,
  isOurs: (key: string, sheetText: string) => boolean,
): Map<string, string> {
  const l = layout(old);
  const out = new Map<string, string>();
  for (const k of AGREEMENT_KEYS) {
    const inSheet = values[l.agreementRow[k] - 1]?.[1];
    const sheetText = typeof inSheet === 'string' ? inSheet : String(inSheet ?? '');
    out.set(k, isOurs(k, sheetText) ? next.agreement[k] : sheetText);
  }
  return out;
}

/**
 * Actuals and refresh outputs by month and stage. A stage keeps its actuals
 * under its new name when it was renamed: with the same number of stages,
 * position is identity.
 */
export function previousFrom(
  old: Pick<Settings, 'stages' | 'months' | 'shape' | 'periodStart'>,
  values: ReadCell[][],
  formulas: string[][],
  next: Pick<Settings, 'stages'>,
): Previous {
  const l = layout(old);
  const at = (row: number, col: number) =>
    cellOf(values[row - 1]?.[col - 1], formulas[row - 1]?.[col - 1]);
  const renamed = old.stages.length === next.stages.length;
  const actuals = new Map<string, Map<string, Cell>>();
  const extras = new Map<string, Cell[]>();
  monthList(old.periodStart, old.months).forEach((mo, i) => {
    const row = l.firstMonthRow + i;
    const byStage = new Map<string, Cell>();
    old.stages.forEach((name, s) => {
      byStage.set(renamed ? next.stages[s] : name, at(row, l.blockCol.actuals + s));
    });
    byStage.set(REVENUE_KEY, at(row, l.blockCol.actuals + old.stages.length));
    actuals.set(monthKey(mo), byStage);
    extras.set(
      monthKey(mo),
      Array.from({ length: 3 + SOURCE_COLUMNS }, (_, j) => at(row, l.speedCol + j)),
    );
  });
  const sourceHeader = Array.from({ length: SOURCE_COLUMNS }, (_, j) =>
    at(l.gridColumnsRow, l.sourceCol + j),
  );
  return { actuals, extras, sourceHeader, box: { rows: l.rows, cols: l.cols } };
}

/** A Previous as JSON (Maps as entry lists), for the operation journal. */
export interface PreviousJson {
  actuals: [string, [string, Cell][]][];
  extras: [string, Cell[]][];
  sourceHeader: Cell[];
  box: { rows: number; cols: number };
}

export function previousToJson(p: Previous): PreviousJson {
  return {
    actuals: [...(p.actuals ?? new Map())].map(([m, byStage]) => [m, [...byStage]]),
    extras: [...(p.extras ?? new Map())],
    sourceHeader: p.sourceHeader ?? [],
    box: p.box ?? { rows: 0, cols: 0 },
  };
}

export function previousFromJson(j: PreviousJson): Previous {
  return {
    actuals: new Map(j.actuals.map(([m, byStage]) => [m, new Map(byStage)])),
    extras: new Map(j.extras),
    sourceHeader: j.sourceHeader,
    box: j.box,
  };
}
