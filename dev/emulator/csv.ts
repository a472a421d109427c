/**
 * CSV → a tab's contents, as the contract asks: every cell is text except
 * plain numbers. RFC 4180 quoting (quotes, commas and newlines inside
 * quotes, doubled quotes), CRLF or LF line ends, a leading BOM ignored.
 */
import type { Literal } from './model';

export function parseCsvText(csv: string, delimiter = ','): string[][] {
  const text = csv.charCodeAt(0) === 0xfeff ? csv.slice(1) : csv;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Plain numbers only: no thousands separators, currency, percent or leading zeros. */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

export function csvCell(text: string): Literal | undefined {
  if (text === '') return undefined;
  return PLAIN_NUMBER.test(text) ? Number(text) : text;
}
