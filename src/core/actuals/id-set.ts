/**
 * The record ids a refresh has seen, for de-duplication: exact (a repeated id
 * is never missed, a new one never taken for a repeat), and compact, since it
 * is the one part of the refresh that grows with the export. Whole-number ids
 * below 2^32 (HubSpot's, and any numbered export) sit in an open-addressing
 * table of 32-bit slots: 5–11 bytes per distinct id (the table doubles at 3/4
 * full) against ~21 for V8's Set of numbers (measured: dev/bench/refresh-memory.ts).
 * Other ids (text, larger numbers) go to a Set.
 */

/** Slot value 0 means empty, so an id is stored as id + 1: ids up to 2^32 − 2 fit. */
const MAX_SMALL = 0xffff_fffe;
const FIRST_BITS = 10;

export interface IdSet {
  /** Adds `key`; false when it was already there. */
  add(key: string | number): boolean;
  has(key: string | number): boolean;
  readonly size: number;
}

export function createIdSet(): IdSet {
  let bits = FIRST_BITS;
  let table = new Uint32Array(1 << bits);
  let small = 0;
  const other = new Set<string | number>();

  /** The slot holding `stored`, or the empty slot where it belongs (linear probing). */
  const slotOf = (t: Uint32Array, b: number, stored: number): number => {
    const mask = (1 << b) - 1;
    let i = Math.imul(stored, 0x9e3779b1) >>> (32 - b);
    while (t[i] !== 0 && t[i] !== stored) i = (i + 1) & mask;
    return i;
  };

  const grow = (): void => {
    const old = table;
    bits++;
    table = new Uint32Array(1 << bits);
    for (let i = 0; i < old.length; i++)
      if (old[i] !== 0) table[slotOf(table, bits, old[i])] = old[i];
  };

  const isSmall = (key: string | number): key is number =>
    typeof key === 'number' && Number.isInteger(key) && key >= 0 && key <= MAX_SMALL;

  return {
    add(key) {
      if (!isSmall(key)) {
        if (other.has(key)) return false;
        other.add(key);
        return true;
      }
      const stored = key + 1;
      const i = slotOf(table, bits, stored);
      if (table[i] === stored) return false;
      table[i] = stored;
      small++;
      if (small * 4 > table.length * 3) grow();
      return true;
    },
    has(key) {
      if (!isSmall(key)) return other.has(key);
      const stored = key + 1;
      return table[slotOf(table, bits, stored)] === stored;
    },
    get size() {
      return small + other.size;
    },
  };
}
