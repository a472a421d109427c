/**
 * .xlsx ⇄ document (exceljs): values, formulas (with cached results),
 * named ranges, number formats, merges, basic styles (fonts, fills,
 * alignment, wrap, borders), notes, list validations, frozen panes, column
 * widths, row heights, hidden and tab colours, conditional formats
 * (xlsx-rules.ts). Charts and protections are not written (see DIFFERENCES.md).
 */
import ExcelJS from 'exceljs';
import { absoluteA1, parseA1 } from './a1';
import type { Doc } from './document';
import { isCellErr } from './engine';
import { type Border, type CellMeta, type Content, Formula, type SheetData } from './model';
import { isDateFormat } from './number-format';
import { EPOCH_SERIAL } from './tz';
import { effectiveFormat } from './values';
import { writeRules } from './xlsx-rules';

const MS_PER_DAY = 86_400_000;
/** Sheets' pixels vs Excel's character widths (Calibri 11: ~7 px per character). */
const PX_PER_CHAR = 7;
const PX_PER_POINT = 4 / 3;

function argb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

function fromArgb(c: { argb?: string } | undefined): string | undefined {
  const v = c?.argb;
  return v && v.length >= 6 ? `#${v.slice(-6).toLowerCase()}` : undefined;
}

const BORDER_TO_XLSX: Record<string, ExcelJS.BorderStyle> = {
  DOTTED: 'dotted',
  DASHED: 'dashed',
  SOLID: 'thin',
  SOLID_MEDIUM: 'medium',
  SOLID_THICK: 'thick',
  DOUBLE: 'double',
};

const BORDER_FROM_XLSX: Record<string, string> = {
  dotted: 'DOTTED',
  dashed: 'DASHED',
  thin: 'SOLID',
  hair: 'SOLID',
  medium: 'SOLID_MEDIUM',
  thick: 'SOLID_THICK',
  double: 'DOUBLE',
};

function xlsxBorder(b: Border | undefined): Partial<ExcelJS.Border> | undefined {
  return b
    ? { style: BORDER_TO_XLSX[b.style] ?? 'thin', color: { argb: argb(b.color) } }
    : undefined;
}

function docBorder(b: Partial<ExcelJS.Border> | undefined): Border | undefined {
  if (!b?.style) return undefined;
  return { style: BORDER_FROM_XLSX[b.style] ?? 'SOLID', color: fromArgb(b.color) ?? '#000000' };
}

/** A serial's wall time as the UTC Date exceljs converts back to the same serial. */
function serialToXlsxDate(serial: number): Date {
  return new Date(Math.round((serial - EPOCH_SERIAL) * MS_PER_DAY));
}

function writeSheet(doc: Doc, wb: ExcelJS.Workbook, sheet: SheetData): void {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views:
      sheet.frozenRows || sheet.frozenCols
        ? [{ state: 'frozen', xSplit: sheet.frozenCols, ySplit: sheet.frozenRows }]
        : [],
  });
  const rows = Math.max(sheet.cells.length, sheet.meta.length);
  for (let r = 1; r <= rows; r++) {
    const contents = sheet.cells[r - 1];
    const metas = sheet.meta[r - 1];
    const width = Math.max(contents?.length ?? 0, metas?.length ?? 0);
    for (let c = 1; c <= width; c++) {
      const content = contents?.[c - 1];
      const meta = metas?.[c - 1];
      if (content === undefined && !meta) continue;
      const cell = ws.getCell(r, c);
      if (content instanceof Formula) {
        const v = doc.value(sheet, r, c);
        const fmt = effectiveFormat(doc, sheet, r, c, v);
        const result =
          v === null
            ? undefined
            : isCellErr(v)
              ? { error: v.error as ExcelJS.CellErrorValue['error'] }
              : typeof v === 'number' && isDateFormat(fmt)
                ? serialToXlsxDate(v)
                : v;
        cell.value = { formula: content.text.slice(1), result };
      } else if (typeof content === 'number' && isDateFormat(meta?.numberFormat)) {
        cell.value = serialToXlsxDate(content);
      } else if (content !== undefined) {
        cell.value = content;
      }
      if (meta) applyMeta(cell, meta);
    }
  }
  for (const m of sheet.merges) ws.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
  for (const [c, px] of sheet.colWidths) ws.getColumn(c).width = px / PX_PER_CHAR;
  for (const c of sheet.hiddenCols) ws.getColumn(c).hidden = true;
  for (const [r, px] of sheet.rowHeights) ws.getRow(r).height = px / PX_PER_POINT;
  for (const r of sheet.hiddenRows) ws.getRow(r).hidden = true;
  writeRules(ws, sheet);
}

function applyMeta(cell: ExcelJS.Cell, m: CellMeta): void {
  if (m.numberFormat) cell.numFmt = m.numberFormat;
  const font: Partial<ExcelJS.Font> = {};
  if (m.bold) font.bold = true;
  if (m.italic) font.italic = true;
  if (m.underline) font.underline = true;
  if (m.strikethrough) font.strike = true;
  if (m.fontColor) font.color = { argb: argb(m.fontColor) };
  if (m.fontSize) font.size = m.fontSize;
  if (m.fontFamily) font.name = m.fontFamily;
  if (Object.keys(font).length) cell.font = font;
  if (m.background)
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(m.background) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (m.hAlign) alignment.horizontal = m.hAlign;
  if (m.vAlign) alignment.vertical = m.vAlign;
  if (m.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length) cell.alignment = alignment;
  const border: Partial<ExcelJS.Borders> = {};
  const sides = {
    top: m.borderTop,
    left: m.borderLeft,
    bottom: m.borderBottom,
    right: m.borderRight,
  };
  for (const [side, b] of Object.entries(sides)) {
    const x = xlsxBorder(b);
    if (x) Object.assign(border, { [side]: x });
  }
  if (Object.keys(border).length) cell.border = border;
  if (m.note) cell.note = m.note;
  if (m.validation?.criteria === 'VALUE_IN_LIST') {
    const list = (m.validation.values[0] as string[]) ?? [];
    cell.dataValidation = {
      type: 'list',
      allowBlank: true,
      showErrorMessage: !m.validation.allowInvalid,
      formulae: [`"${list.join(',')}"`],
    };
  }
}

export async function saveDocXlsx(doc: Doc, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.title = doc.name;
  for (const sheet of doc.sheets) writeSheet(doc, wb, sheet);
  wb.definedNames.model = [...doc.named.values()].map((n) => ({
    name: n.name,
    ranges: [absoluteA1(n.sheet.name, n.rect)],
  }));
  await wb.xlsx.writeFile(path);
}

// ── loading ──────────────────────────────────────────────────────────────

function readContent(cell: ExcelJS.Cell): { content: Content | undefined; dateSerial?: boolean } {
  const v = cell.value;
  if (v === null || v === undefined) return { content: undefined };
  if (typeof v === 'number' || typeof v === 'boolean') return { content: v };
  if (typeof v === 'string') return { content: v === '' ? undefined : v };
  if (v instanceof Date)
    return { content: v.getTime() / MS_PER_DAY + EPOCH_SERIAL, dateSerial: true };
  if ('formula' in v || 'sharedFormula' in v) {
    const f = cell.formula;
    return { content: f ? new Formula(`=${f}`) : undefined };
  }
  if ('richText' in v) return { content: v.richText.map((t) => t.text).join('') };
  if ('hyperlink' in v) return { content: v.text };
  if ('error' in v) return { content: v.error };
  return { content: undefined };
}

function readMeta(cell: ExcelJS.Cell, dateSerial: boolean): CellMeta | undefined {
  const m: CellMeta = {};
  if (cell.numFmt && cell.numFmt !== 'General') m.numberFormat = cell.numFmt;
  else if (dateSerial) m.numberFormat = 'yyyy-mm-dd h:mm:ss';
  const f = cell.font;
  if (f?.bold) m.bold = true;
  if (f?.italic) m.italic = true;
  if (f?.underline) m.underline = true;
  if (f?.strike) m.strikethrough = true;
  const fc = fromArgb(f?.color);
  if (fc && fc !== '#000000') m.fontColor = fc;
  if (f?.size && f.size !== 11) m.fontSize = f.size;
  const fill = cell.fill;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const bg = fromArgb(fill.fgColor);
    if (bg) m.background = bg;
  }
  const a = cell.alignment;
  if (a?.horizontal === 'left' || a?.horizontal === 'center' || a?.horizontal === 'right')
    m.hAlign = a.horizontal;
  if (a?.vertical === 'top' || a?.vertical === 'middle' || a?.vertical === 'bottom')
    m.vAlign = a.vertical;
  if (a?.wrapText) m.wrap = true;
  const b = cell.border;
  if (b) {
    const top = docBorder(b.top);
    const left = docBorder(b.left);
    const bottom = docBorder(b.bottom);
    const right = docBorder(b.right);
    if (top) m.borderTop = top;
    if (left) m.borderLeft = left;
    if (bottom) m.borderBottom = bottom;
    if (right) m.borderRight = right;
  }
  const note = cell.note;
  if (typeof note === 'string' && note) m.note = note;
  else if (note && typeof note === 'object' && note.texts)
    m.note = note.texts.map((t) => t.text).join('');
  const dv = cell.dataValidation;
  if (dv?.type === 'list' && dv.formulae?.[0]) {
    const list = String(dv.formulae[0]).replace(/^"|"$/g, '').split(',');
    m.validation = {
      criteria: 'VALUE_IN_LIST',
      values: [list],
      allowInvalid: !dv.showErrorMessage,
      helpText: null,
      showDropdown: true,
    };
  }
  return Object.keys(m).length ? m : undefined;
}

/** Fills an empty document from an .xlsx file (tabs replace the document's). */
export async function loadDocXlsx(doc: Doc, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const pending: { sheet: SheetData; block: (Content | undefined)[][] }[] = [];
  wb.eachSheet((ws) => {
    const sheet = doc.addSheet(ws.name);
    sheet.hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
    const tab = fromArgb(ws.properties.tabColor);
    if (tab) sheet.tabColor = tab;
    const view = ws.views?.[0];
    if (view?.state === 'frozen') {
      sheet.frozenRows = view.ySplit ?? 0;
      sheet.frozenCols = view.xSplit ?? 0;
    }
    sheet.maxRows = Math.max(ws.rowCount, 1000);
    sheet.maxCols = Math.max(ws.columnCount, 26);
    const block: (Content | undefined)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const line: (Content | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const { content, dateSerial } = readContent(cell);
        line[c - 1] = content;
        const meta = readMeta(cell, Boolean(dateSerial));
        if (meta) Object.assign(sheet.ensureMeta(r, c), meta);
      });
      block[r - 1] = line;
      if (row.height) sheet.rowHeights.set(r, Math.round(row.height * PX_PER_POINT));
      if (row.hidden) sheet.hiddenRows.add(r);
    });
    ws.columns?.forEach((col, i) => {
      if (col.width) sheet.colWidths.set(i + 1, Math.round(col.width * PX_PER_CHAR));
      if (col.hidden) sheet.hiddenCols.add(i + 1);
    });
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    for (const m of merges) {
      const ref = parseA1(m);
      if (ref?.startRow && ref.startCol && ref.endRow && ref.endCol) {
        sheet.merges.push({
          row: ref.startRow,
          col: ref.startCol,
          rows: ref.endRow - ref.startRow + 1,
          cols: ref.endCol - ref.startCol + 1,
        });
      }
    }
    pending.push({ sheet, block });
  });
  for (const d of wb.definedNames.model) {
    const ref = parseA1(d.ranges[0] ?? '');
    const sheet = ref?.sheet ? doc.sheetByName(ref.sheet) : undefined;
    if (!ref || !sheet || !ref.startRow || !ref.startCol) continue;
    const endRow = ref.endRow ?? sheet.maxRows;
    const endCol = ref.endCol ?? sheet.maxCols;
    doc.setNamed(d.name, sheet, {
      row: ref.startRow,
      col: ref.startCol,
      rows: endRow - ref.startRow + 1,
      cols: endCol - ref.startCol + 1,
    });
  }
  // Contents last: formulas then see every tab and name.
  for (const { sheet, block } of pending) writeRows(doc, sheet, block);
}

/** `rows` may have holes (empty rows, empty cells): Array.from turns them into blanks. */
function writeRows(doc: Doc, sheet: SheetData, rows: (Content | undefined)[][]): void {
  const width = Array.from(rows, (r) => r?.length ?? 0).reduce((a, b) => Math.max(a, b), 0);
  if (!rows.length || !width) return;
  const dense = Array.from({ length: rows.length }, (_, r) =>
    Array.from({ length: width }, (_, c) => rows[r]?.[c]),
  );
  doc.write(sheet, 1, 1, dense);
}
