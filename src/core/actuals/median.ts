/**
 * A month's median hours to first touch in bounded memory. Up to EXACT_CAP
 * values the median is exact (the values are kept); beyond, they move into
 * logarithmic buckets (DDSketch's mapping: every value in a bucket is within
 * ACCURACY of the bucket's own value), whose number is set by the range of the
 * values, not by how many there are: 2,880 counters from a millisecond to a
 * century. A month past the cap reports its median within 0.5% (3 h ± 54 s;
 * below a millisecond, within a millisecond), which the tab shows to one
 * decimal anyway.
 */
export const EXACT_CAP = 1024;
const ACCURACY = 0.005;
const GAMMA = (1 + ACCURACY) / (1 - ACCURACY);
const LN_GAMMA = Math.log(GAMMA);
/** Bucket keys from a millisecond to a century (in hours); magnitudes beyond go to the end buckets. */
const MIN_KEY = Math.ceil(Math.log(1 / 3_600_000) / LN_GAMMA);
const MAX_KEY = Math.ceil(Math.log(100 * 8766) / LN_GAMMA);
const SLOTS = MAX_KEY - MIN_KEY + 1;

export interface MedianOf {
  add(value: number): void;
  readonly count: number;
  /** The median; null without values. */
  median(): number | null;
}

/** A magnitude's counter: SLOTS of them (11.5 KB a side), allocated when a month passes the cap. */
const keyOf = (magnitude: number): number =>
  Math.min(MAX_KEY, Math.max(MIN_KEY, Math.ceil(Math.log(magnitude) / LN_GAMMA))) - MIN_KEY;

export function createMedian(cap = EXACT_CAP): MedianOf {
  let exact: number[] | null = [];
  let count = 0;
  let zeros = 0;
  let above: Uint32Array | null = null; // values > 0
  let below: Uint32Array | null = null; // −value for values < 0 (none reach here from the refresh)
  const bucket = (value: number): void => {
    if (value === 0) zeros++;
    else if (value > 0) {
      above = above ?? new Uint32Array(SLOTS);
      above[keyOf(value)]++;
    } else {
      below = below ?? new Uint32Array(SLOTS);
      below[keyOf(-value)]++;
    }
  };
  return {
    add(value) {
      count++;
      if (exact) {
        exact.push(value);
        if (exact.length <= cap) return;
        for (const v of exact) bucket(v);
        exact = null;
      } else bucket(value);
    },
    get count() {
      return count;
    },
    median() {
      if (count === 0) return null;
      if (exact) return exactMedian(exact);
      const at = valueAtRank(below, zeros, above);
      return (at((count - 1) >> 1) + at(count >> 1)) / 2;
    },
  };
}

function exactMedian(values: number[]): number {
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

/** The value a bucket stands for: within ACCURACY of every magnitude it holds. */
const bucketValue = (slot: number): number => (2 * GAMMA ** (slot + MIN_KEY)) / (GAMMA + 1);

/** The value at a 0-based rank, ascending: negatives (largest magnitude first), zeros, positives. */
function valueAtRank(
  below: Uint32Array | null,
  zeros: number,
  above: Uint32Array | null,
): (rank: number) => number {
  return (rank) => {
    let seen = 0;
    if (below)
      for (let k = SLOTS - 1; k >= 0; k--) {
        seen += below[k];
        if (rank < seen) return -bucketValue(k);
      }
    seen += zeros;
    if (rank < seen || !above) return 0;
    for (let k = 0; k < SLOTS; k++) {
      seen += above[k];
      if (rank < seen) return bucketValue(k);
    }
    return bucketValue(SLOTS - 1);
  };
}
