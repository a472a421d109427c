/**
 * Argument errors for custom functions. Sheets shows a thrown Error's message
 * on the cell's #ERROR! tooltip, so every message names the function, the
 * argument (and the cell within a range), the value received and the fix —
 * all through the message catalog.
 */
import { type MessageKey, type Params, t } from '../api/messages';
import type { CellValue } from './types';

/** Which function and argument a value belongs to. */
export interface ArgRef {
  fn: string;
  arg: string;
}

/**
 * Where a value sits inside the argument's range: '' for a single cell. Lazy
 * (a function) for range cells, so a 10,000-row call formats nothing unless
 * a cell actually fails.
 */
export type Where = string | (() => string);

const MAX_TEXT = 40;

/** Cross-realm safe: Sheets' Date objects may come from another global than ours. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A value as a user would recognise it in a message. */
export function describe(v: CellValue | unknown): string {
  if (typeof v === 'string') {
    const text = v.length > MAX_TEXT ? `${v.slice(0, MAX_TEXT)}…` : v;
    return `"${text}"`;
  }
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDate(v)) {
    const time = v.getTime();
    return Number.isNaN(time)
      ? t('fn.value.invalidDate')
      : new Date(time).toISOString().slice(0, 10);
  }
  if (v === null || v === undefined) return t('fn.value.blank');
  return typeof v;
}

/** " (row 3 of the range)" etc., or '' when the argument is a single cell. */
export function whereIn(rows: number, cols: number, r: number, c: number): Where {
  if (rows * cols <= 1) return '';
  if (cols === 1) return () => t('fn.where.row', { row: r + 1 });
  if (rows === 1) return () => t('fn.where.column', { col: c + 1 });
  return () => t('fn.where.cell', { row: r + 1, col: c + 1 });
}

export function sizeText(rows: number, cols: number): string {
  return t('fn.size.cells', { rows, cols });
}

/** Message parameters; functions (lazy `where`s) are called only when the message is built. */
export type FailParams = Record<string, string | number | (() => string)>;

/** Throws the catalog message `key` for this argument. */
export function fail(ref: ArgRef, key: MessageKey, params: FailParams = {}): never {
  const resolved: Params = { fn: ref.fn, arg: ref.arg, where: '' };
  for (const name of Object.keys(params)) {
    const value = params[name];
    resolved[name] = typeof value === 'function' ? value() : value;
  }
  throw new Error(t(key, resolved));
}
