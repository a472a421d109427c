/**
 * Moves a formula's relative references by (dr, dc), as Sheets does when it
 * evaluates a conditional-format custom formula for each cell of its range
 * (the formula is written for the range's top-left cell).
 */
import { columnLetter, columnNumber } from '../a1';

const REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)/y;

export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // String literal: copy verbatim (doubled quotes escape).
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] !== '"') break;
          j++;
        }
        j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = formula[i - 1] ?? '';
    if (/[A-Za-z$]/.test(ch) && !/[A-Za-z0-9_.]/.test(prev)) {
      REF.lastIndex = i;
      const m = REF.exec(formula);
      const next = m ? (formula[i + m[0].length] ?? '') : '';
      if (m && !/[A-Za-z0-9_(!]/.test(next)) {
        const [whole, colAbs, letters, rowAbs, digits] = m;
        const col = colAbs ? columnNumber(letters) : columnNumber(letters) + dc;
        const row = rowAbs ? Number(digits) : Number(digits) + dr;
        out += col >= 1 && row >= 1 ? `${colAbs}${columnLetter(col)}${rowAbs}${row}` : '#REF!';
        i += whole.length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
