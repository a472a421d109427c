/** Reading the non-date cells of a CRM export: blanks, amounts, won flags, text. */

const toStringTag = Object.prototype.toString;

export function isBlankCell(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** A cell as text for reports and labels; Dates as ISO (no realm or zone surprises). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && toStringTag.call(v) === '[object Date]') {
    const ms = Date.prototype.getTime.call(v as Date);
    return !Number.isNaN(ms) ? new Date(ms).toISOString() : 'Invalid Date';
  }
  return String(v);
}

/** Grouping separators between digit groups: space, no-break spaces, apostrophe (de-CH). */
const GROUPING = /[\s\u00a0\u202f']/g;
/** Currency signs or codes before or after the number: `€`, `USD`, `zł`, `Rp`. */
const CURRENCY_EDGES = /^[^\d.,-]+|[^\d.,-]+$/g;
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * An amount cell as a number ≥ 0, NaN when it is not one (negative, text),
 * or null when blank. Numbers come straight from Sheets; text is parsed
 * leniently because pasted exports keep currency signs and separators:
 * `€ 1.234,50`, `$24,000.00`, `24 000`, `(1,000)` (accounting negative).
 * With one kind of separator, a single one followed by exactly three digits
 * is grouping (`24,000`, `24.000`); anything else is the decimal mark.
 */
export function parseAmountCell(v: unknown): number | null {
  if (isBlankCell(v)) return null;
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : Number.NaN;
  if (typeof v !== 'string') return Number.NaN;
  let s = v.trim();
  // Accounting negatives "(1,000)" and signed values are not valid deal amounts.
  if (s.startsWith('(') && s.endsWith(')')) return Number.NaN;
  s = s.replace(CURRENCY_EDGES, '');
  if (s.startsWith('-')) return Number.NaN;
  s = s.replace(GROUPING, '');
  if (!s || /[^\d.,]/.test(s)) return Number.NaN;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the later one is the decimal mark.
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    s = s.split(group).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    const grouping =
      parts.length > 2 || (parts[1].length === 3 && parts[0].length <= 3 && parts[0] !== '0');
    s = grouping ? parts.join('') : parts.join('.');
  }
  if (!PLAIN_NUMBER.test(s)) return Number.NaN;
  return +s;
}

const WON_TEXT = new Set([
  'true',
  'yes',
  'y',
  '1',
  'won',
  'closed won',
  'closedwon',
  'x',
  'ja',
  'tak',
  'kyllä',
  'ya',
  '是',
]);

/** Won flag cell: TRUE, 1, "yes", "won", "Closed Won"… ("open", "lost", blank are not won). */
export function isWonCell(v: unknown): boolean {
  if (v === true) return true;
  if (typeof v === 'number') return v === 1;
  if (typeof v === 'string') return WON_TEXT.has(v.trim().toLowerCase());
  return false;
}
