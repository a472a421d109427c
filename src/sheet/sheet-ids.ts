/**
 * Ids and titles for tabs the add-on creates through the API, which takes
 * both from the caller: chosen from what the structure read says is in use.
 */
import type { SheetFacts } from '../gas/api';

/**
 * A new tab's id: derived from the SLA and kind (a retry picks the same one),
 * moved on past ids in use. Sheet ids are non-negative 31-bit integers.
 */
export function freeSheetId(seed: string, sheets: SheetFacts[]): number {
  const used = new Set(sheets.map((s) => s.sheetId));
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  let id = (h % 2_000_000_000) + 1;
  while (used.has(id)) id++;
  return id;
}

/** `name`, or `name (2)`, `name (3)`… when a tab of the user's already has it. */
export function freeTitle(name: string, sheets: SheetFacts[]): string {
  const taken = new Set(sheets.map((s) => s.title.toLowerCase()));
  let title = name;
  for (let n = 2; taken.has(title.toLowerCase()); n++) title = `${name} (${n})`;
  return title;
}
