/** CellView → what the grid shows: CSS, alignment defaults and Sheets-like error detection. */
import type { CellStyle, CellView } from '../../emulator/contract';

/** Error codes Sheets shows in a cell; the message goes to the hover text. */
const ERROR_CODES = new Set([
  '#ERROR!',
  '#DIV/0!',
  '#N/A',
  '#NAME?',
  '#NULL!',
  '#NUM!',
  '#REF!',
  '#VALUE!',
  '#SPILL!',
  '#CYCLE!',
]);

export function isError(cell: CellView): boolean {
  return cell.error !== undefined || (typeof cell.v === 'string' && ERROR_CODES.has(cell.v));
}

const ISO_DATE = /^\d{4}-\d\d-\d\d(T[\d:.]+(Z|[+-]\d\d:?\d\d)?)?$/;

/** Dates are numbers to Sheets, so they align right like numbers do. */
function isDateValue(cell: CellView): boolean {
  return typeof cell.v === 'string' && ISO_DATE.test(cell.v) && cell.numberFormat !== '@';
}

/** Sheets' default alignment: text left, numbers and dates right, booleans and errors centred. */
export function defaultAlign(cell: CellView): 'left' | 'center' | 'right' {
  if (isError(cell) || typeof cell.v === 'boolean') return 'center';
  if (typeof cell.v === 'number' || isDateValue(cell)) return 'right';
  return 'left';
}

export function alignOf(cell: CellView): 'left' | 'center' | 'right' {
  return cell.style?.hAlign ?? defaultAlign(cell);
}

/** Inline CSS for a cell's own style; borders are handled by the grid (they belong to edges). */
export function cellCss(cell: CellView): string {
  const s: CellStyle = cell.style ?? {};
  const css: string[] = [];
  if (s.bold) css.push('font-weight:700');
  if (s.italic) css.push('font-style:italic');
  const deco = [s.underline && 'underline', s.strikethrough && 'line-through'].filter(Boolean);
  if (deco.length) css.push(`text-decoration:${deco.join(' ')}`);
  if (s.fontColor) css.push(`color:${s.fontColor}`);
  // Apps Script font sizes are points.
  if (s.fontSize) css.push(`font-size:${s.fontSize}pt`);
  if (s.fontFamily) css.push(`font-family:"${s.fontFamily.replace(/"/g, '')}",Arial,sans-serif`);
  if (s.background) css.push(`background-color:${s.background}`);
  const align = alignOf(cell);
  if (align !== 'left') css.push(`text-align:${align}`);
  if (s.vAlign && s.vAlign !== 'bottom') css.push(`vertical-align:${s.vAlign}`);
  if (s.wrap) css.push('white-space:pre-wrap;overflow-wrap:anywhere');
  return css.join(';');
}

/** Text the formula bar shows: the formula, else the value as typed (not as formatted). */
export function editText(cell: CellView | undefined): string {
  if (!cell) return '';
  if (cell.formula) return cell.formula;
  if (typeof cell.v === 'boolean') return cell.v ? 'TRUE' : 'FALSE';
  if (typeof cell.v === 'number') return String(cell.v);
  if (isDateValue(cell)) return cell.display;
  return cell.v === null ? '' : String(cell.v);
}
