/**
 * Twins of the spreadsheet operations the SLA tab's native formulas use, so
 * figures computed here agree with the tab digit for digit.
 *
 * The formula engine compares and subtracts with a relative tolerance
 * (HyperFormula's `precisionEpsilon`, 1e-13, the same idea that makes
 * `=0.1+0.2=0.3` TRUE in Google Sheets): two numbers that close are equal, and
 * a difference that small relative to the left operand is 0. Parity is pinned
 * against HyperFormula (test/review/tab-parity.test.ts); on whole counts and
 * two-decimal money the tolerance only removes float noise.
 */
import { ceilCount } from '../round';

const EPSILON = 1e-13;

/** −1, 0 or 1 as the engine orders two numbers (equal within the tolerance). */
export function compare(left: number, right: number): -1 | 0 | 1 {
  const mod = 1 + EPSILON;
  if (right >= 0 && left * mod >= right && left <= right * mod) return 0;
  if (right <= 0 && left * mod <= right && left >= right * mod) return 0;
  return left > right ? 1 : -1;
}

/** `a>=b` in a formula. */
export const atLeast = (a: number, b: number): boolean => compare(a, b) >= 0;

/** `a>b` in a formula. */
export const above = (a: number, b: number): boolean => compare(a, b) > 0;

/** `a-b` in a formula: a result within the tolerance of `a` is 0. */
export function minus(a: number, b: number): number {
  const r = a - b;
  return Math.abs(r) < EPSILON * Math.abs(a) ? 0 : r;
}

/** `a+b` in a formula (and each step of SUM / SUMIF, left to right). */
export function plus(a: number, b: number): number {
  const r = a + b;
  return Math.abs(r) < EPSILON * Math.abs(a) ? 0 : r;
}

/** The tab's float-safe "count up" (render's ceilF): core's ceilCount, never below 0. */
export function roundUpCount(x: number): number {
  return Math.max(0, ceilCount(x));
}

/** MAX(0,x); Math.max(0, −0) is +0, as the sheet shows it. */
export const atLeastZero = (x: number): number => Math.max(0, x);

/** A number a formula treats as one (ISNUMBER / COUNT): finite numbers only. */
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
