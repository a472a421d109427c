/**
 * Numbers as people type them in a sidebar used by international teams:
 * "1,200,000", "1.200.000", "1 200 000", "30%", "30,5". Pure: no DOM.
 */

/** `en_US` / `de-DE` → a BCP 47 tag Intl accepts, with Latin digits (the parser reads 0-9 only). */
export function intlLocale(locale: string | undefined): string {
  const tag = `${(locale || 'en').replace(/_/g, '-')}-u-nu-latn`;
  try {
    new Intl.NumberFormat(tag);
    return tag;
  } catch {
    return 'en-u-nu-latn';
  }
}

/** The decimal separator of a spreadsheet locale: `.` or `,`. */
export function decimalSeparator(locale: string | undefined): '.' | ',' {
  const parts = new Intl.NumberFormat(intlLocale(locale)).formatToParts(1.5);
  return parts.find((p) => p.type === 'decimal')?.value === ',' ? ',' : '.';
}

export interface ParseOptions {
  /** The locale's decimal separator; the other one is read as digit grouping. */
  decimal?: '.' | ',';
  /**
   * Whether a lone separator followed by three digits may be grouping
   * ("24,000" in English). Off for percentages and small counts, where
   * "0,025" can only be a decimal.
   */
  grouping?: boolean;
}

const SPACES = /[\s\u00a0\u202f'’_]/g;
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/**
 * A typed number: `null` when blank, `NaN` when it is not a number.
 * When both `.` and `,` appear, the later one is the decimal separator.
 */
export function parseNumber(text: string, opts: ParseOptions = {}): number | null {
  const decimal = opts.decimal ?? '.';
  const grouping = opts.grouping ?? true;
  const s = text.replace(SPACES, '').replace(/^\u2212/, '-');
  if (!s) return null;
  let body = s;
  const comma = s.includes(',');
  const dot = s.includes('.');
  if (comma && dot) {
    const dec = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = dec === ',' ? '.' : ',';
    const [int, frac, ...more] = s.split(dec);
    if (more.length > 0 || !validGroups(int.split(group))) return Number.NaN;
    body = `${int.split(group).join('')}.${frac}`;
  } else if (comma || dot) {
    const sep = comma ? ',' : '.';
    const parts = s.split(sep);
    if (parts.length > 2) {
      if (!grouping || !validGroups(parts)) return Number.NaN;
      body = parts.join('');
    } else {
      const asGroup = grouping && sep !== decimal && validGroups(parts);
      body = asGroup ? parts.join('') : parts.join('.');
    }
  }
  return PLAIN.test(body) ? Number(body) : Number.NaN;
}

/** `1`, `12` or `123`, then groups of three (or two, as in India's 12,00,000), the last of three. */
function validGroups(parts: string[]): boolean {
  if (parts.length < 2) return true;
  if (!/^[+-]?\d{1,3}$/.test(parts[0])) return false;
  const last = parts[parts.length - 1];
  return /^\d{3}$/.test(last) && parts.slice(1, -1).every((p) => /^\d{2,3}$/.test(p));
}

/** A typed percentage ("30", "30 %", "30,5") as the number of percent (30.5); null when blank. */
export function parsePercent(text: string, decimal: '.' | ',' = '.'): number | null {
  const s = text.replace(SPACES, '').replace(/%$/, '');
  return parseNumber(s, { decimal, grouping: false });
}

/** Percent → rate without float noise: 30 → 0.3 (division, not × 0.01). */
export function percentToRate(percent: number): number {
  return percent / 100;
}

/** Trims float noise: 30.000000000000004 → 30, 0.6000000000000001 → 0.6. */
export function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/** A rate as the percentage a person would type: 0.3 → "30", 0.025 → "2.5" (or "2,5"). */
export function formatPercent(rate: number, decimal: '.' | ',' = '.'): string {
  return plain(clean(rate * 100), decimal);
}

/** A plain number without grouping, with the locale's decimal separator. */
export function plain(x: number, decimal: '.' | ',' = '.'): string {
  const s = String(clean(x));
  return decimal === ',' ? s.replace('.', ',') : s;
}

/** Money and counts for display with the locale's grouping: 1200000 → "1,200,000". */
export function formatGrouped(x: number, locale?: string, maxFractionDigits = 2): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    maximumFractionDigits: maxFractionDigits,
  }).format(x);
}
