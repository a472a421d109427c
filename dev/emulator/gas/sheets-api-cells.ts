/**
 * CellData of the Sheets API as the emulator's model stores it: the
 * userEnteredValue kinds (a stringValue is always text, never parsed; a
 * formulaValue is a formula like setFormula's) and the userEnteredFormat
 * sub-fields the add-on writes. A field the mask names but the cell leaves
 * out is cleared (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#UpdateCellsRequest).
 */
import type { ApiCellData, ApiCellFormat, ApiColor } from '../../../src/gas/sheets-api';
import type { Rect } from '../a1';
import type { Doc } from '../document';
import { type CellMeta, type Content, Formula, type SheetData } from '../model';
import { leaves, parseMask, selects } from './sheets-api-fields';

/** A request the API refuses; the message is what follows `Invalid requests[i].kind: `. */
export class RequestError extends Error {}

export function bad(message: string): never {
  throw new RequestError(message);
}

const CELL_FIELDS = [
  'userEnteredValue',
  'userEnteredFormat',
  'userEnteredFormat.numberFormat',
  'userEnteredFormat.backgroundColor',
  'userEnteredFormat.textFormat',
  'userEnteredFormat.textFormat.bold',
  'userEnteredFormat.wrapStrategy',
];

/** Which parts of a cell a request writes. */
export interface CellMask {
  value: boolean;
  numberFormat: boolean;
  background: boolean;
  bold: boolean;
  wrap: boolean;
}

/** The `fields` of updateCells / appendCells / repeatCell ("At least one field must be specified"). */
export function cellMask(fields: unknown): CellMask {
  if (typeof fields !== 'string' || fields.trim() === '')
    bad('At least one field must be specified.');
  let mask: ReturnType<typeof parseMask>;
  try {
    mask = parseMask(fields);
  } catch {
    return bad(`Invalid field mask: ${fields}`);
  }
  if (!mask.has('*')) {
    for (const leaf of leaves(mask)) {
      if (!CELL_FIELDS.includes(leaf))
        bad(
          `The emulator does not support the field "${leaf}" (it supports ${CELL_FIELDS.join(', ')} and *).`,
        );
    }
  }
  const fmt = (p: string[]) => selects(mask, ['userEnteredFormat', ...p]);
  return {
    value: selects(mask, ['userEnteredValue']),
    numberFormat: fmt(['numberFormat']),
    background: fmt(['backgroundColor']),
    bold: fmt(['textFormat', 'bold']),
    wrap: fmt(['wrapStrategy']),
  };
}

const VALUE_KINDS = ['stringValue', 'numberValue', 'boolValue', 'formulaValue'] as const;
const NUMBER_FORMAT_TYPES: Record<string, string> = {
  TEXT: '@',
  NUMBER: '#,##0.00',
  PERCENT: '0.00%',
  CURRENCY: '$#,##0.00',
  DATE: 'M/d/yyyy',
  TIME: 'h:mm:ss am/pm',
  DATE_TIME: 'M/d/yyyy H:mm:ss',
  SCIENTIFIC: '0.00E+00',
};
const WRAP_STRATEGIES = ['OVERFLOW_CELL', 'LEGACY_WRAP', 'CLIP', 'WRAP'];

/** Refuses a cell the API would refuse (or the emulator does not model). */
export function checkCell(cell: unknown): void {
  if (cell === undefined || cell === null) return;
  if (typeof cell !== 'object') bad('Invalid CellData.');
  const { userEnteredValue: v, userEnteredFormat: f } = cell as ApiCellData;
  if (v !== undefined && v !== null) {
    const kinds = VALUE_KINDS.filter((k) => (v as Record<string, unknown>)[k] !== undefined);
    if (kinds.length !== 1)
      bad(
        'An ExtendedValue must set exactly one of stringValue, numberValue, boolValue, formulaValue.',
      );
    if (v.stringValue !== undefined && typeof v.stringValue !== 'string')
      bad('Invalid stringValue.');
    if (
      v.numberValue !== undefined &&
      !(typeof v.numberValue === 'number' && Number.isFinite(v.numberValue))
    )
      bad('Invalid numberValue.');
    if (v.boolValue !== undefined && typeof v.boolValue !== 'boolean') bad('Invalid boolValue.');
    if (
      v.formulaValue !== undefined &&
      !(typeof v.formulaValue === 'string' && v.formulaValue.startsWith('='))
    )
      bad('A formulaValue must start with "=".');
  }
  if (f !== undefined && f !== null) checkFormat(f);
}

function checkFormat(f: ApiCellFormat): void {
  const nf = f.numberFormat;
  if (nf !== undefined && (typeof nf.type !== 'string' || !(nf.type in NUMBER_FORMAT_TYPES)))
    bad(`Invalid numberFormat.type: ${nf?.type}`);
  if (nf?.pattern !== undefined && typeof nf.pattern !== 'string')
    bad('Invalid numberFormat.pattern.');
  const bg = f.backgroundColor;
  if (bg !== undefined) {
    for (const k of ['red', 'green', 'blue'] as const) {
      const c = bg[k];
      if (c !== undefined && !(typeof c === 'number' && c >= 0 && c <= 1))
        bad(`Invalid backgroundColor.${k}: ${c}`);
    }
  }
  if (f.textFormat?.bold !== undefined && typeof f.textFormat.bold !== 'boolean')
    bad('Invalid textFormat.bold.');
  if (f.wrapStrategy !== undefined && !WRAP_STRATEGIES.includes(f.wrapStrategy))
    bad(`Invalid wrapStrategy: ${f.wrapStrategy}`);
}

/** The model's content for a userEnteredValue (undefined clears). */
function contentOf(cell: ApiCellData | undefined): Content | undefined {
  const v = cell?.userEnteredValue;
  if (!v) return undefined;
  if (v.formulaValue !== undefined) return new Formula(v.formulaValue);
  if (v.stringValue !== undefined) return v.stringValue === '' ? undefined : v.stringValue;
  return v.numberValue ?? v.boolValue;
}

function hex(c: ApiColor): string {
  const part = (x = 0) =>
    Math.round(x * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${part(c.red)}${part(c.green)}${part(c.blue)}`;
}

function writeFormat(
  sheet: SheetData,
  row: number,
  col: number,
  cell: ApiCellData | undefined,
  m: CellMask,
): void {
  const f = cell?.userEnteredFormat;
  const set = <K extends keyof CellMeta>(key: K, value: CellMeta[K] | undefined) => {
    if (value === undefined) {
      const meta = sheet.metaAt(row, col);
      if (meta) delete meta[key];
    } else sheet.ensureMeta(row, col)[key] = value;
  };
  if (m.numberFormat) {
    const nf = f?.numberFormat;
    set('numberFormat', nf ? (nf.pattern ?? NUMBER_FORMAT_TYPES[nf.type]) : undefined);
  }
  if (m.background) set('background', f?.backgroundColor ? hex(f.backgroundColor) : undefined);
  if (m.bold) set('bold', f?.textFormat?.bold ? true : undefined);
  if (m.wrap) {
    set('wrapStrategy', f?.wrapStrategy);
    set('wrap', f?.wrapStrategy === 'WRAP' ? true : undefined);
  }
}

/** Writes `cells` (row-major, `undefined` = a cell the request leaves empty) at `rect`. */
export function writeCells(
  doc: Doc,
  sheet: SheetData,
  rect: Rect,
  cellAt: (r: number, c: number) => ApiCellData | undefined,
  m: CellMask,
): void {
  const formats = m.numberFormat || m.background || m.bold || m.wrap;
  const block: (Content | undefined)[][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const line: (Content | undefined)[] = new Array(rect.cols);
    for (let c = 0; c < rect.cols; c++) {
      const cell = cellAt(r, c);
      if (m.value) line[c] = contentOf(cell);
      if (formats) writeFormat(sheet, rect.row + r, rect.col + c, cell, m);
    }
    block.push(line);
  }
  if (m.value && rect.rows > 0 && rect.cols > 0) doc.write(sheet, rect.row, rect.col, block);
}
