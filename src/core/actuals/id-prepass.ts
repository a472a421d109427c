/**
 * De-duplication in bounded memory, for exports of more than one chunk: a first
 * pass over the record-id column alone finds the ids that MAY repeat, so the
 * aggregation keeps only those, not every id of the export.
 *
 * The pass puts every id in a Bloom filter of at most 1 MB; an id the filter
 * already answers for is a suspect (a true repeat, or a rare false positive:
 * 43 among the bench's 500,000 distinct ids, at ~17 bits an id). An id that is not a suspect
 * occurs exactly once (its second occurrence would have been one), so the
 * aggregation counts it without remembering it; suspects go through an exact
 * set, where the first occurrence wins as before. Exact, whatever the filter
 * answers: a false positive only costs a slot in the suspects' set.
 */
import { cellText, isBlankCell } from './cells';
import { createIdSet, type IdSet } from './id-set';

/**
 * The filter has ~16 bits per expected id (a power of two: 2^(wordBits + 5)),
 * at most 2^23 bits = 1 MB, enough for Sheets' 10 million cells; 7 probes per id.
 */
const MAX_WORD_BITS = 18;
const MIN_WORD_BITS = 5;
const PROBES = 7;

export function filterWordBits(expectedIds: number): number {
  const bits = Math.ceil(Math.log2(Math.max(1, expectedIds) * 16)) - 5;
  return Math.min(MAX_WORD_BITS, Math.max(MIN_WORD_BITS, bits));
}

/** The aggregation's view of the ids: `add` answers false for a repeat. */
export type RecordIds = Pick<IdSet, 'add'>;

/** Record ids as keys: numbers and canonical integer text as one number (`123` = "123"), else text. */
export function recordIdKey(v: unknown): string | number {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  const text = cellText(v).trim();
  if (CANONICAL_INTEGER.test(text)) {
    const n = Number(text);
    if (Number.isSafeInteger(n)) return n;
  }
  return text;
}
const CANONICAL_INTEGER = /^(?:0|-?[1-9]\d{0,15})$/;

export interface IdPrepass {
  /** One id cell, in sheet order; blank cells are ignored (they are never de-duplicated). */
  see(cell: unknown): void;
  /** The ids for the aggregation: exact, holding only the suspects. */
  done(): RecordIds;
  /** Ids that may repeat (true repeats plus the filter's false positives). */
  readonly suspects: number;
}

/** `wordBits` sizes the filter (2^wordBits 32-bit words, see filterWordBits); tests shrink it to force false positives. */
export function createIdPrepass(wordBits = MAX_WORD_BITS): IdPrepass {
  const filter = new Uint32Array(1 << wordBits);
  const mask = (1 << (wordBits + 5)) - 1;
  const suspects = createIdSet();
  /** Sets the key's bits; true when they were all set already (seen, or a false positive). */
  const mark = (key: string | number): boolean => {
    const [h1, h2] = hashes(key);
    let all = true;
    for (let i = 0; i < PROBES; i++) {
      const bit = (h1 + Math.imul(i, h2 | 1)) & mask;
      const word = bit >>> 5;
      const flag = 1 << (bit & 31);
      if ((filter[word] & flag) === 0) {
        all = false;
        filter[word] |= flag;
      }
    }
    return all;
  };
  return {
    see(cell) {
      if (isBlankCell(cell)) return;
      const key = recordIdKey(cell);
      if (mark(key)) suspects.add(key);
    },
    done() {
      const seen = createIdSet();
      return { add: (key) => !suspects.has(key) || seen.add(key) };
    },
    get suspects() {
      return suspects.size;
    },
  };
}

/** Two 32-bit hashes of a key (murmur3's finalizer over the number's halves, FNV-1a over text). */
function hashes(key: string | number): [number, number] {
  if (typeof key === 'number') {
    const lo = key >>> 0;
    const hi = Math.floor(key / 4294967296) >>> 0;
    return [fmix(lo ^ fmix(hi + 0x9e3779b9)), fmix(hi ^ fmix(lo + 0x85ebca6b))];
  }
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return [fmix(a), fmix(b ^ key.length)];
}

function fmix(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
