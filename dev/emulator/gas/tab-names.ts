/** Tab names as Sheets accepts them: non-empty, ≤ 100 characters, unique ignoring case. */
import type { SheetData } from '../model';
import { fail, type GasContext } from './context';

export function checkSheetName(ctx: GasContext, name: unknown, self?: SheetData): string {
  if (typeof name !== 'string' || name.trim() === '') fail('Sheet names cannot be empty.');
  if (name.length > 100) fail('Sheet names must be 100 characters or fewer.');
  const other = ctx.doc.sheetByName(name);
  if (other && other !== self) {
    fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
  return name;
}
