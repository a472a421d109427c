/** `YYYY-MM` month keys as whole numbers (year × 12 + month − 1) and back. */

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonthKey = (s: unknown): s is string => typeof s === 'string' && MONTH_RE.test(s);

/** 2026-03 → 2026 × 12 + 2; RangeError for anything that is not a `YYYY-MM` key. */
export function monthNumber(key: string): number {
  const m = MONTH_RE.exec(key);
  if (!m) throw new RangeError(`Not a month (YYYY-MM): ${JSON.stringify(key)}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function monthKeyOf(n: number): string {
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

export const addMonths = (key: string, n: number): string => monthKeyOf(monthNumber(key) + n);

/** The `count` month keys from `start`. */
export function monthKeys(start: string, count: number): string[] {
  const first = monthNumber(start);
  return Array.from({ length: Math.max(0, count) }, (_, i) => monthKeyOf(first + i));
}
