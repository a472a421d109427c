/**
 * A1 notation as Sheets accepts it in getRange(): `B3`, `B3:D9`, `$B$3`,
 * whole columns `A:C`, whole rows `2:5`, open-ended `A2:C` (to the last row),
 * optionally sheet-qualified (`Data!A1`, `'My tab'!A1:B2`, quotes doubled).
 * Parsing is pure; resolving against a sheet's size happens in the caller.
 */

/** A 1-based rectangle. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * A parsed reference before it meets a sheet: `null` ends mean "to the edge
 * of the sheet" (whole rows/columns and open-ended ranges).
 */
export interface A1Ref {
  sheet?: string;
  startRow: number | null;
  startCol: number | null;
  endRow: number | null;
  endCol: number | null;
}

const MAX_COLUMN_LETTERS = 3;

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function rectA1(r: Rect): string {
  const start = cellA1(r.row, r.col);
  return r.rows === 1 && r.cols === 1
    ? start
    : `${start}:${cellA1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** Quotes a sheet name when Sheets would (anything but letters, digits, underscore). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** `'Tab'!$A$1:$B$2`: the absolute form named expressions use. */
export function absoluteA1(sheetName: string, r: Rect): string {
  const a = (row: number, col: number) => `$${columnLetter(col)}$${row}`;
  const end = a(r.row + r.rows - 1, r.col + r.cols - 1);
  const start = a(r.row, r.col);
  return `${quoteSheetName(sheetName)}!${start === end ? start : `${start}:${end}`}`;
}

/** Splits `'My tab'!A1` into sheet and local part; undefined sheet when unqualified. */
export function splitSheet(text: string): { sheet?: string; local: string } | null {
  const t = text.trim();
  if (t.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < t.length) {
      if (t[i] === "'") {
        if (t[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += t[i];
      i++;
    }
    if (t[i] !== "'" || t[i + 1] !== '!' || name === '') return null;
    return { sheet: name, local: t.slice(i + 2) };
  }
  const bang = t.lastIndexOf('!');
  if (bang < 0) return { local: t };
  const name = t.slice(0, bang);
  if (!name || /['!]/.test(name)) return null;
  return { sheet: name, local: t.slice(bang + 1) };
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

interface Part {
  col: number | null;
  row: number | null;
}

function parsePart(text: string): Part | null {
  const m = PART.exec(text);
  if (!m) return null;
  const [, letters, digits] = m;
  if (!letters && !digits) return null;
  if (letters.length > MAX_COLUMN_LETTERS) return null;
  const row = digits ? Number(digits) : null;
  if (digits && (!/^[1-9]\d*$/.test(digits) || !Number.isSafeInteger(row))) return null;
  return { col: letters ? columnNumber(letters) : null, row };
}

/** Parses A1 notation; null when Sheets would say "Range not found". */
export function parseA1(text: string): A1Ref | null {
  const split = splitSheet(text);
  if (!split) return null;
  const pieces = split.local.split(':');
  if (pieces.length > 2) return null;
  const a = parsePart(pieces[0]);
  if (!a) return null;
  if (pieces.length === 1) {
    // A single reference must be a cell: `A` or `3` alone are not ranges.
    if (a.col === null || a.row === null) return null;
    return { sheet: split.sheet, startRow: a.row, startCol: a.col, endRow: a.row, endCol: a.col };
  }
  const b = parsePart(pieces[1]);
  if (!b) return null;
  const wholeCols = a.row === null && b.row === null;
  const wholeRows = a.col === null && b.col === null;
  if (wholeCols && (a.col === null || b.col === null)) return null;
  if (wholeRows && (a.row === null || b.row === null)) return null;
  // Open-ended ranges (`A2:C`, `A2:5`) need a complete start cell.
  if (!wholeCols && !wholeRows && (a.row === null || a.col === null)) return null;
  const rows = [a.row, b.row];
  const cols = [a.col, b.col];
  const lo = (x: (number | null)[]) =>
    x[0] === null || x[1] === null ? (x[0] ?? x[1]) : Math.min(x[0], x[1]);
  const hi = (x: (number | null)[]) =>
    x[0] === null || x[1] === null ? null : Math.max(x[0], x[1]);
  return {
    sheet: split.sheet,
    startRow: wholeCols ? 1 : lo(rows),
    startCol: wholeRows ? 1 : lo(cols),
    endRow: wholeCols ? null : hi(rows),
    endCol: wholeRows ? null : hi(cols),
  };
}
