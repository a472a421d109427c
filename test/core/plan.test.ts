import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cumulativeSpread,
  laggedCumulative,
  laggedTargets,
  lagMonths,
  largestRemainder,
  monthlyTargets,
} from '../../src/core/plan';
import { roundCount } from '../../src/core/round';

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const ones = (n: number): number[] => new Array(n).fill(1);

describe('monthlyTargets (largest remainder)', () => {
  it('spreads 1,000 evenly over 12 months: four 84s then eight 83s', () => {
    expect(monthlyTargets(1_000, 12)).toEqual([84, 84, 84, 84, 83, 83, 83, 83, 83, 83, 83, 83]);
  });

  it('breaks ties in favour of earlier months', () => {
    expect(monthlyTargets(10, 4)).toEqual([3, 3, 2, 2]);
    expect(monthlyTargets(2, 3)).toEqual([1, 1, 0]);
  });

  it('grows 5% a month and still sums to exactly 1,000', () => {
    const plan = monthlyTargets(1_000, 12, { kind: 'growth', rate: 0.05 });
    expect(plan).toEqual([63, 66, 69, 73, 76, 80, 84, 88, 93, 98, 102, 108]);
    expect(sum(plan)).toBe(1_000);
  });

  it('declines with a negative growth rate', () => {
    const plan = monthlyTargets(600, 3, { kind: 'growth', rate: -0.5 });
    expect(plan).toEqual([343, 171, 86]);
  });

  it('follows seasonality weights, including a month with weight 0', () => {
    expect(monthlyTargets(100, 4, { kind: 'weights', weights: [1, 1, 2, 0] })).toEqual([
      25, 25, 50, 0,
    ]);
    expect(monthlyTargets(10, 3, { kind: 'weights', weights: [0.2, 0.3, 0.5] })).toEqual([2, 3, 5]);
  });

  it('rounds a fractional total up first (counts round up)', () => {
    expect(monthlyTargets(10.2, 2)).toEqual([6, 5]);
    expect(monthlyTargets(0, 3)).toEqual([0, 0, 0]);
  });

  it('always sums exactly, every month within 1 of its quota (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.double({ min: 0, max: 1_000, noNaN: true }), { minLength: 1, maxLength: 60 }),
        (total, weights) => {
          fc.pre(sum(weights) > 1e-6);
          const parts = largestRemainder(total, weights);
          expect(sum(parts)).toBe(total);
          const W = sum(weights);
          parts.forEach((p, i) => {
            expect(Number.isInteger(p)).toBe(true);
            expect(Math.abs(p - (total * weights[i]) / W)).toBeLessThan(1 + 1e-6);
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('positive growth never gives a later month less than an earlier one (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 36 }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (total, months, rate) => {
          const plan = monthlyTargets(total, months, { kind: 'growth', rate });
          for (let i = 1; i < plan.length; i++) expect(plan[i]).toBeGreaterThanOrEqual(plan[i - 1]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('laggedTargets', () => {
  it('moves targets earlier, piling what falls before month 1 onto month 1', () => {
    expect(laggedTargets([10, 20, 30, 40], 1)).toEqual([30, 30, 40, 0]);
    expect(laggedTargets([10, 20, 30, 40], 2)).toEqual([60, 40, 0, 0]);
    expect(laggedTargets([10, 20, 30, 40], 9)).toEqual([100, 0, 0, 0]);
    expect(laggedTargets([10, 20, 30, 40], 0)).toEqual([10, 20, 30, 40]);
  });

  it('keeps the total (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e6 })), fc.nat(30), (v, lag) => {
        expect(sum(laggedTargets(v, lag))).toBe(sum(v));
      }),
    );
  });
});

describe('lagMonths', () => {
  it('turns a sales cycle in days into whole months (round(days / 30.4))', () => {
    expect(lagMonths(0)).toBe(0);
    expect(lagMonths(45)).toBe(1);
    expect(lagMonths(45.6)).toBe(2); // exactly 1.5 months rounds up, float-safe
    expect(lagMonths(46)).toBe(2);
    expect(lagMonths(90)).toBe(3);
  });
});

describe('cumulativeSpread (the SLA tab formula form)', () => {
  it('month m = C(m) − C(m−1) with C rounded half away from zero', () => {
    expect(cumulativeSpread(10, ones(4))).toEqual([3, 2, 3, 2]);
    expect(cumulativeSpread(1_000, ones(12))).toEqual([
      83, 84, 83, 83, 84, 83, 83, 84, 83, 83, 84, 83,
    ]);
  });

  it('follows weights and sums to ROUND(total)', () => {
    expect(cumulativeSpread(100, [1, 1, 2, 0])).toEqual([25, 25, 50, 0]);
    expect(sum(cumulativeSpread(1000.4, [3, 1, 4, 1, 5]))).toBe(1000);
  });

  it('telescopes: sums to ROUND(total) with non-negative months (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 24 }),
        (total, weights) => {
          fc.pre(sum(weights) > 1e-6);
          const spread = cumulativeSpread(total, weights);
          expect(sum(spread)).toBe(roundCount(total));
          for (const m of spread) expect(m).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('laggedCumulative (the SLA tab lag formula form)', () => {
  it('month 1 = C(1+shift); month m = C(m+shift) − C(m−1+shift); C capped at the last month', () => {
    expect(laggedCumulative(1_000, ones(12), 2)).toEqual([
      250, 83, 84, 83, 83, 84, 83, 83, 84, 83, 0, 0,
    ]);
    expect(laggedCumulative(10, ones(4), 0)).toEqual([3, 2, 3, 2]);
    expect(laggedCumulative(10, ones(4), 7)).toEqual([10, 0, 0, 0]);
  });

  it('equals laggedTargets(cumulativeSpread(total, weights), shift) (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 24 }),
        fc.nat(30),
        (total, weights, shift) => {
          fc.pre(sum(weights) > 1e-6);
          expect(laggedCumulative(total, weights, shift)).toEqual(
            laggedTargets(cumulativeSpread(total, weights), shift),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
