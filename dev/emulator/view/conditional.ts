/**
 * Evaluates conditional format rules for the view, as Sheets does for what
 * users see: rules in order, an earlier rule's properties win, custom
 * formulas are relative to the top-left cell of the rule's first range.
 */
import type { Rect } from '../a1';
import type { Doc } from '../document';
import { type EngineValue, isCellErr } from '../engine';
import type { RuleFormat, RuleSpec, SheetData } from '../model';
import { shiftFormula } from './shift-formula';

function num(v: EngineValue): number | null {
  return typeof v === 'number' ? v : null;
}

function text(v: EngineValue): string {
  if (v === null || isCellErr(v)) return '';
  return String(v).toLowerCase();
}

function matches(
  doc: Doc,
  sheet: SheetData,
  rule: RuleSpec,
  origin: { row: number; col: number },
  row: number,
  col: number,
  v: EngineValue,
): boolean {
  const [a, b] = rule.values;
  const n = num(v);
  switch (rule.criteria) {
    case 'CELL_EMPTY':
      return v === null || v === '';
    case 'CELL_NOT_EMPTY':
      return !(v === null || v === '');
    case 'NUMBER_GREATER_THAN':
      return n !== null && n > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== null && n >= Number(a);
    case 'NUMBER_LESS_THAN':
      return n !== null && n < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== null && n <= Number(a);
    case 'NUMBER_EQUAL_TO':
      return n !== null && n === Number(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== null && n !== Number(a);
    case 'NUMBER_BETWEEN':
      return (
        n !== null && n >= Math.min(Number(a), Number(b)) && n <= Math.max(Number(a), Number(b))
      );
    case 'NUMBER_NOT_BETWEEN':
      return (
        n !== null && (n < Math.min(Number(a), Number(b)) || n > Math.max(Number(a), Number(b)))
      );
    case 'TEXT_EQUAL_TO':
      return text(v) === String(a).toLowerCase();
    case 'TEXT_NOT_EQUAL_TO':
      return text(v) !== String(a).toLowerCase();
    case 'TEXT_CONTAINS':
      return text(v).includes(String(a).toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text(v).includes(String(a).toLowerCase());
    case 'TEXT_STARTS_WITH':
      return text(v).startsWith(String(a).toLowerCase());
    case 'TEXT_ENDS_WITH':
      return text(v).endsWith(String(a).toLowerCase());
    case 'CUSTOM_FORMULA': {
      const f = shiftFormula(String(a), row - origin.row, col - origin.col);
      const r = doc.calculateIn(sheet, f.startsWith('=') ? f : `=${f}`);
      return r === true || (typeof r === 'number' && r !== 0);
    }
    default:
      return false;
  }
}

/** Per cell (key `row:col`) the merged conditional format, within `bounds`. */
export function conditionalFormats(
  doc: Doc,
  sheet: SheetData,
  bounds: Rect,
): Map<string, RuleFormat> {
  const out = new Map<string, RuleFormat>();
  for (const rule of sheet.rules) {
    const first = rule.ranges[0]?.rect;
    if (!first) continue;
    for (const { rect } of rule.ranges) {
      const r0 = Math.max(rect.row, bounds.row);
      const c0 = Math.max(rect.col, bounds.col);
      const r1 = Math.min(rect.row + rect.rows, bounds.row + bounds.rows) - 1;
      const c1 = Math.min(rect.col + rect.cols, bounds.col + bounds.cols) - 1;
      if (r1 < r0 || c1 < c0) continue;
      const vals = doc.values(sheet, { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 });
      for (let r = r0; r <= r1; r++) {
        for (let c = c0; c <= c1; c++) {
          if (!matches(doc, sheet, rule, first, r, c, vals[r - r0][c - c0])) continue;
          const key = `${r}:${c}`;
          const prev = out.get(key) ?? {};
          const merged: RuleFormat = { ...rule.format };
          for (const k of Object.keys(prev) as (keyof RuleFormat)[]) {
            if (prev[k] !== undefined && prev[k] !== null) Object.assign(merged, { [k]: prev[k] });
          }
          out.set(key, merged);
        }
      }
    }
  }
  return out;
}
