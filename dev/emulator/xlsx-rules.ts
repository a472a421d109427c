/**
 * Conditional-format rules into an .xlsx sheet (exceljs): custom-formula
 * rules as `expression` rules and the number comparisons as `cellIs` rules,
 * with their background, font colour, bold, italic, underline and
 * strikethrough. Other criteria (text, dates, gradients) have no rule here and
 * are left out (see DIFFERENCES.md). Charts: exceljs cannot write them.
 */
import type ExcelJS from 'exceljs';
import { rectA1 } from './a1';
import type { RuleFormat, RuleSpec, SheetData } from './model';

const CELL_IS: Record<string, ExcelJS.CellIsRuleType['operator']> = {
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_BETWEEN: 'between',
};

const argb = (c: string) => `FF${c.replace('#', '').toUpperCase()}`;

function style(f: RuleFormat): ExcelJS.Style {
  const font: Partial<ExcelJS.Font> = {};
  if (f.fontColor) font.color = { argb: argb(f.fontColor) };
  if (f.bold) font.bold = true;
  if (f.italic) font.italic = true;
  if (f.underline) font.underline = true;
  if (f.strikethrough) font.strike = true;
  const out: Partial<ExcelJS.Style> = { font };
  if (f.background)
    out.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(f.background) } };
  return out as ExcelJS.Style;
}

function xlsxRule(rule: RuleSpec, priority: number): ExcelJS.ConditionalFormattingRule | null {
  const formulae = rule.values.map((v) =>
    typeof v === 'string' ? v.replace(/^=/, '') : String(v),
  );
  if (rule.criteria === 'CUSTOM_FORMULA')
    return { type: 'expression', priority, formulae, style: style(rule.format) };
  const operator = CELL_IS[rule.criteria];
  if (operator) return { type: 'cellIs', priority, operator, formulae, style: style(rule.format) };
  return null;
}

/** Adds the sheet's rules (first rule first, as Sheets applies them). */
export function writeRules(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  sheet.rules.forEach((rule, i) => {
    const x = xlsxRule(rule, i + 1);
    const ranges = rule.ranges.filter((r) => r.sheet === sheet);
    if (!x || ranges.length === 0) return;
    ws.addConditionalFormatting({ ref: ranges.map((r) => rectA1(r.rect)).join(' '), rules: [x] });
  });
}
