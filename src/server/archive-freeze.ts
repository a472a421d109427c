/**
 * Freezes an archived SLA tab (see sla/freeze.ts): two single-cell writes on
 * the tab being archived, before it is protected. Safe to repeat: the same
 * values land again (`currentMonth` and `review` are what the operation read
 * before its first write, kept in its journal).
 */
import { inert } from '../gas/commit';
import type { GSheet } from '../gas/surface';
import { isFormula } from '../sheet/plan';
import { frozenCells } from '../sla/freeze';
import { layout } from '../sla/layout';

export function freezeArchive(
  sheet: GSheet,
  settings: Parameters<typeof layout>[0],
  currentMonth: string,
  review: string,
): void {
  const l = layout(settings);
  for (const c of frozenCells(l, currentMonth, review)) {
    const range = sheet.getRange(c.a1);
    if (isFormula(c.value)) range.setFormula(c.value.f);
    else range.setValue(typeof c.value === 'string' ? inert(c.value) : c.value);
  }
}
