/**
 * What a written value becomes in a cell. Sheets treats strings written by
 * setValue(s) like typed input: `=…` is a formula, a leading `'` keeps the
 * rest as literal text (the add-on relies on this to keep CRM text inert),
 * numbers and TRUE/FALSE are parsed, ISO dates become dates. Deliberately
 * minimal (see DIFFERENCES.md): no currency, percent, grouping or locale
 * date parsing.
 */

import type { LocaleInfo } from './locale';
import { type Content, Formula } from './model';
import { isDate } from './services/realm';
import { msToSerial, wallSerial } from './tz';

export interface Parsed {
  content: Content | undefined;
  /** A number format Sheets applies along with the value (dates), unless the cell has one. */
  format?: string;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function parseNumber(s: string, loc: LocaleInfo): number | null {
  const t = loc.decimal === ',' ? s.replace(',', '.') : s;
  if (loc.decimal === ',' && s.includes('.')) return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** A string as if typed into the cell. */
export function parseInput(raw: string, loc: LocaleInfo, plainText = false): Parsed {
  if (raw === '') return { content: undefined };
  if (plainText) return { content: raw };
  if (raw.startsWith('=') && raw.length > 1) return { content: new Formula(raw) };
  if (raw.startsWith("'")) return { content: raw.slice(1) };
  const s = raw.trim();
  const n = parseNumber(s, loc);
  if (n !== null) return { content: n };
  if (/^true$/i.test(s)) return { content: true };
  if (/^false$/i.test(s)) return { content: false };
  const d = ISO_DATE.exec(s);
  if (d) {
    const [y, m, day, h, min, sec] = d
      .slice(1)
      .map((x) => (x === undefined ? undefined : Number(x)));
    if (m! >= 1 && m! <= 12 && day! >= 1 && day! <= 31 && (h ?? 0) < 24) {
      const serial = wallSerial(y!, m!, day!, h ?? 0, min ?? 0, sec ?? 0);
      return { content: serial, format: h === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd h:mm:ss' };
    }
  }
  return { content: raw };
}

/** A JS value written by setValue(s). Dates from any realm are recognised. */
export function fromJs(
  value: unknown,
  loc: LocaleInfo,
  timeZone: string,
  plainText = false,
): Parsed {
  if (value === null || value === undefined) return { content: undefined };
  if (typeof value === 'string') return parseInput(value, loc, plainText);
  if (typeof value === 'number') return { content: Number.isFinite(value) ? value : String(value) };
  if (typeof value === 'boolean') return { content: value };
  if (isDate(value)) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return { content: 'Invalid Date' };
    const serial = msToSerial(ms, timeZone);
    const midnight = Math.abs(serial - Math.round(serial)) < 1e-9;
    return { content: serial, format: midnight ? loc.date : loc.dateTime };
  }
  return { content: String(value) };
}
