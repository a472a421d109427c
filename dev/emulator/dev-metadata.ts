/**
 * Developer metadata as document data: key/value tags on the spreadsheet, a
 * tab, or a span of whole rows / columns. Rows and columns move with inserts
 * and deletes; metadata goes with what it is attached to (a deleted tab, a
 * deleted row). https://developers.google.com/sheets/api/guides/metadata
 */
import type { SheetData } from './model';
import { shiftRectRows } from './model';

export type MetaVisibility = 'DOCUMENT' | 'PROJECT';

export type MetaLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheet: SheetData }
  /** `start`..`start+count-1` (1-based) rows or columns of `sheet`. */
  | { type: 'ROW' | 'COLUMN'; sheet: SheetData; start: number; count: number };

export interface MetaSpec {
  id: number;
  key: string;
  value: string | null;
  visibility: MetaVisibility;
  location: MetaLocation;
}

/**
 * Google's size limit: the metadata of one location (the spreadsheet, or one
 * tab together with its rows and columns) may hold at most 30,000 characters
 * of keys and values. https://developers.google.com/sheets/api/guides/metadata
 */
export const METADATA_CHARS_PER_LOCATION = 30_000;

export function metaChars(m: Pick<MetaSpec, 'key' | 'value'>): number {
  return m.key.length + (m.value?.length ?? 0);
}

/** The tab a location belongs to (null for the spreadsheet itself). */
export function metaSheet(loc: MetaLocation): SheetData | null {
  return loc.type === 'SPREADSHEET' ? null : loc.sheet;
}

/** All developer metadata of one document. */
export class MetadataStore {
  readonly items: MetaSpec[] = [];

  /** Characters already used where `loc` counts (spreadsheet, or the tab of `loc`), minus `except`. */
  usedChars(loc: MetaLocation, except?: MetaSpec): number {
    const sheet = metaSheet(loc);
    let total = 0;
    for (const m of this.items) {
      if (m !== except && metaSheet(m.location) === sheet) total += metaChars(m);
    }
    return total;
  }

  removeSheet(sheet: SheetData): void {
    this.keep((m) => metaSheet(m.location) !== sheet);
  }

  /** Rows (dimension 'ROW') or columns inserted (n > 0) or deleted (n < 0) at `at`. */
  shift(sheet: SheetData, type: 'ROW' | 'COLUMN', at: number, n: number): void {
    for (const m of this.items) {
      const loc = m.location;
      if (loc.type !== type || loc.sheet !== sheet) continue;
      const r = { row: loc.start, rows: loc.count, col: 1, cols: 1 };
      shiftRectRows(r, at, n);
      loc.start = r.row;
      loc.count = r.rows;
    }
    // Metadata on deleted rows or columns is deleted with them.
    this.keep((m) => !('count' in m.location) || m.location.count > 0);
  }

  remove(spec: MetaSpec): void {
    this.keep((m) => m !== spec);
  }

  private keep(pred: (m: MetaSpec) => boolean): void {
    const kept = this.items.filter(pred);
    this.items.length = 0;
    this.items.push(...kept);
  }
}
