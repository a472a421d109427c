/**
 * The add-on's own record in a spreadsheet: ONE spreadsheet-level developer
 * metadata entry holding a JSON document. Developer metadata travels with the
 * file, so it is readable wherever the spreadsheet is open — including an
 * editor add-on's time-driven trigger, where document properties are not
 * available (https://developers.google.com/workspace/add-ons/concepts/editor-triggers).
 * One entry means one read and one write per operation.
 */
import type { GDeveloperMetadata, GSpreadsheet } from './surface';

export const STATE_KEY = 'funnelSla';

export interface StoredEntry {
  text: string | null;
  entry: GDeveloperMetadata | null;
  /** Spreadsheet-level entries seen when reading (any key). */
  count: number;
}

/** Every value this module writes starts so: an entry is recognised without asking its key. */
export const STATE_PREFIX = '{"app":"funnel-sla"';

export function readEntry(ss: GSpreadsheet): StoredEntry {
  const all = ss.getDeveloperMetadata();
  for (const md of all) {
    const value = md.getValue();
    // The key is asked only of values that do not look like ours (one call less per read).
    if (value?.startsWith(STATE_PREFIX)) return { text: value, entry: md, count: all.length };
  }
  return { text: null, entry: null, count: all.length };
}

/** Writes the entry (creating it the first time) in one call. */
export function writeEntry(ss: GSpreadsheet, found: StoredEntry, text: string): StoredEntry {
  if (found.entry) {
    found.entry.setValue(text);
    return { ...found, text };
  }
  ss.addDeveloperMetadata(STATE_KEY, text);
  // addDeveloperMetadata returns the spreadsheet: find the new entry for later
  // writes. When it is the spreadsheet's only entry, it is ours without asking.
  const all = ss.getDeveloperMetadata();
  if (all.length === 1 && found.count === 0) return { text, entry: all[0], count: 1 };
  return readEntry(ss);
}
