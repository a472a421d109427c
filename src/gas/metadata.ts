/**
 * The add-on's own record in a spreadsheet: ONE spreadsheet-level developer
 * metadata entry holding a JSON document. Developer metadata travels with the
 * file, so it is readable wherever the spreadsheet is open — including an
 * editor add-on's time-driven trigger, where document properties are not
 * available (https://developers.google.com/workspace/add-ons/concepts/editor-triggers).
 * One entry means one read and one write per operation.
 */
import type { ApiRequest } from './sheets-api';
import type { GDeveloperMetadata, GSpreadsheet } from './surface';

export const STATE_KEY = 'funnelSla';

export interface StoredEntry {
  text: string | null;
  entry: GDeveloperMetadata | null;
  /** Spreadsheet-level entries seen when reading (any key). */
  count: number;
  /** This run added the entry (its object is not known yet). */
  added?: boolean;
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

/**
 * Writes the entry in one call: setValue on the entry read, or, on a
 * spreadsheet without one, addDeveloperMetadata. That returns the spreadsheet,
 * not the entry: a later write in the same run finds it first (most runs
 * write the new entry once, at their end, and never need to).
 */
export function writeEntry(ss: GSpreadsheet, found: StoredEntry, text: string): StoredEntry {
  let current = found;
  if (!current.entry && current.added) current = readEntry(ss);
  if (current.entry) {
    current.entry.setValue(text);
    return { ...current, text };
  }
  ss.addDeveloperMetadata(STATE_KEY, text);
  return { text, entry: null, count: current.count + 1, added: true };
}

/**
 * The entry's new value as a request of an atomic batch (src/gas/api.ts): the
 * record changes in the same all-or-nothing write as the cells it describes.
 * The entry must exist already (an update that matches nothing fails the batch).
 */
export function entryUpdate(text: string): ApiRequest {
  return {
    updateDeveloperMetadata: {
      dataFilters: [
        { developerMetadataLookup: { metadataKey: STATE_KEY, locationType: 'SPREADSHEET' } },
      ],
      developerMetadata: { metadataValue: text },
      fields: 'metadataValue',
    },
  };
}
