/**
 * What every block renderer of the SLA tab gets: the canvas to draw on, the
 * layout (the one source of positions), the settings, the shared A1
 * references and what a rebuild carries over. Blocks only draw inside the
 * rows and columns the layout gives them.
 */
import type { Settings } from '../../api/settings';
import type { Canvas } from '../../sheet/canvas';
import type { Cell } from '../../sheet/plan';
import type { Layout } from '../layout';
import type { TabRefs } from '../refs';

/** What a rebuild carries over from the tab as it is now (see sla/previous.ts). */
export interface Previous {
  /** Agreement texts to write (already merged: the sheet's edits win). */
  agreement?: Map<string, string>;
  /** Actuals by `YYYY-MM` then stage name (REVENUE_KEY for revenue): names are data, so Maps. */
  actuals?: Map<string, Map<string, Cell>>;
  /** Refresh outputs right of the grid by `YYYY-MM`: speed (2), handed (1), sources. */
  extras?: Map<string, Cell[]>;
  sourceHeader?: Cell[];
  /** What changed since the last signed version, for the line under the review reminder. */
  signoffNote?: string;
  /** The old generated area: blanked where the new one is smaller. */
  box?: { rows: number; cols: number };
}

export interface BlockContext {
  cv: Canvas;
  l: Layout;
  settings: Settings;
  refs: TabRefs;
  sheetName: string;
  /** The period's months, first to last. */
  months: { y: number; m: number }[];
  previous?: Previous;
}

export const REVENUE_KEY = '§revenue';

export const monthKey = (mo: { y: number; m: number }): string =>
  `${mo.y}-${String(mo.m).padStart(2, '0')}`;

/** A section header row: the title in column A, the band across `cols` more columns. */
export function sectionHeader(c: BlockContext, row: number, title: string, cols: number): void {
  c.cv.set(row, 1, title, 'section');
  c.cv.style({ row, col: 2, rows: 1, cols }, 'section');
}
