/**
 * Formulas as a user types them in the spreadsheet's locale, to the canonical
 * (en_US) syntax HyperFormula and Apps Script's setFormula use. Sheets' rules
 * (https://www.benlcollins.com/spreadsheets/sheets-location/ and Google's
 * locale settings): where the decimal separator is a comma, arguments are
 * separated by `;`, array columns by `\` (rows by `;`), and decimals use `,`.
 * Where it is a point, `,` separates and Sheets corrects a typed `;` between
 * arguments to `,`. Text in "…" and sheet names in '…' are left alone.
 */
export function typedToCanonical(formula: string, decimal: '.' | ','): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = closingQuote(formula, i);
      out += formula.slice(i, end + 1);
      i = end;
      continue;
    }
    if (ch === '{') braces++;
    else if (ch === '}') braces = Math.max(0, braces - 1);
    if (ch === ';' && braces === 0) out += ',';
    else if (decimal === ',' && ch === '\\' && braces > 0) out += ',';
    else if (decimal === ',' && ch === ',' && isDigit(formula[i - 1]) && isDigit(formula[i + 1]))
      out += '.';
    else out += ch;
  }
  return out;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Index of the quote closing the one at `start` ("" and '' are escaped quotes). */
function closingQuote(s: string, start: number): number {
  const q = s[start];
  for (let i = start + 1; i < s.length; i++) {
    if (s[i] !== q) continue;
    if (s[i + 1] === q) {
      i++;
      continue;
    }
    return i;
  }
  return s.length - 1;
}
