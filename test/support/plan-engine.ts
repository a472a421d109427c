/**
 * Evaluates a SheetPlan's cells with HyperFormula and the emulator's Sheets
 * functions (TODAY on a fixed clock, TEXT as Sheets formats), without the
 * rest of the emulator: for pure render tests.
 */
import type { HyperFormula, RawCellContent } from 'hyperformula';
import { buildSheetsEngine, sheetsContext } from '../../dev/emulator/sheets-functions';
import { type Rect, rectA1 } from '../../src/sheet/a1';
import { isFormula, type SheetPlan } from '../../src/sheet/plan';

export interface PlanEngine {
  hf: HyperFormula;
  sheetId: number;
  /** Computed values of a named range of the plan. */
  named(name: string): unknown[][];
  cell(row: number, col: number): unknown;
  rect(r: Rect): unknown[][];
  set(row: number, col: number, value: RawCellContent): void;
}

export function evaluatePlan(plan: SheetPlan, today = '2026-07-15'): PlanEngine {
  const block = plan.blocks[0];
  const data: RawCellContent[][] = block.values.map((row) =>
    row.map((c) => {
      if (c === null || c instanceof Date) return null;
      if (isFormula(c)) return c.f;
      return c === '' ? null : c;
    }),
  );
  const noon = Date.parse(`${today}T12:00:00Z`);
  const hf = buildSheetsEngine({
    licenseKey: 'gpl-v3',
    context: sheetsContext({ now: () => noon, timeZone: () => 'Etc/UTC', locale: () => 'en_US' }),
  });
  hf.addSheet(plan.sheetName);
  const sheetId = hf.getSheetId(plan.sheetName) ?? 0;
  hf.setSheetContent(sheetId, data);
  const rects = new Map(plan.namedRanges.map((n) => [n.name, n.rect]));
  const read = (r: Rect) =>
    hf.getRangeValues({
      start: { sheet: sheetId, row: r.row - 1, col: r.col - 1 },
      end: { sheet: sheetId, row: r.row + r.rows - 2, col: r.col + r.cols - 2 },
    });
  return {
    hf,
    sheetId,
    named(name) {
      const r = rects.get(name);
      if (!r) throw new Error(`No named range ${name} (${[...rects.keys()].join(', ')})`);
      return read(r);
    },
    cell: (row, col) => hf.getCellValue({ sheet: sheetId, row: row - 1, col: col - 1 }),
    rect: read,
    set(row, col, value) {
      hf.setCellContents({ sheet: sheetId, row: row - 1, col: col - 1 }, value);
    },
  };
}

export const a1 = rectA1;
