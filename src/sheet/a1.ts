/** A1 notation for 1-based rectangles: pure, shared by renderers and the Google edge. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `B3` for one cell; `$B$3` when absolute. */
export function cellA1(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(col)}${d}${row}`;
}

export function rectA1(r: Rect, absolute = false): string {
  const start = cellA1(r.row, r.col, absolute);
  return r.rows === 1 && r.cols === 1
    ? start
    : `${start}:${cellA1(r.row + r.rows - 1, r.col + r.cols - 1, absolute)}`;
}

/** Sheet-qualified A1, quoting the sheet name as Sheets does (`'SLA 2026'!B3`). */
export function qualifiedA1(sheetName: string, r: Rect): string {
  return `'${sheetName.replace(/'/g, "''")}'!${rectA1(r)}`;
}
