/**
 * Turns what a user types into a cell into the value Sheets would store:
 * `=…` stays a formula string, numbers in the spreadsheet's locale become
 * numbers (Sheets does this on entry; the emulator's `set` stores strings as
 * text), TRUE/FALSE become booleans, an empty entry clears the cell.
 * Dates stay text: `set` takes plain values only (see the playground notes).
 */

import type { PlainValue } from '../emulator/contract';
import { typedToCanonical } from '../emulator/formula-syntax';

interface Separators {
  decimal: string;
  group: string;
}

function separatorsFor(locale: string): Separators {
  const tag = locale.replace('_', '-');
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(tag).formatToParts(12345.6);
  } catch {
    parts = new Intl.NumberFormat('en-US').formatToParts(12345.6);
  }
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function parseTyped(text: string, locale: string): PlainValue | null {
  if (text === '') return null;
  // Formulas in the locale's syntax (`;`, `\\`, `0,5`), as Sheets accepts them.
  if (text.startsWith('='))
    return typedToCanonical(text, separatorsFor(locale).decimal === ',' ? ',' : '.');
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  const { decimal, group } = separatorsFor(locale);
  // Groups are optional but, when present, must be every three digits (as Sheets accepts them).
  const g = escapeRegExp(group === '\u202f' || group === '\u00a0' ? ' ' : group);
  const d = escapeRegExp(decimal);
  const numberRe = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?(%?)$`);
  const m = numberRe.exec(trimmed.replace(/[\u202f\u00a0]/g, ' '));
  if (!m) return text;
  const [, sign, int, frac, percent] = m;
  const digits = `${int.replace(/\D/g, '')}${frac ? `.${frac}` : ''}`;
  const n = Number(`${sign}${digits}`);
  if (!Number.isFinite(n)) return text;
  return percent ? n / 100 : n;
}
