import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  laggedTargets,
  lagMonths,
  largestRemainder,
  monthlyTargets,
  pipelineAtStart,
} from '../../src/core/plan';

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

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

describe('laggedTargets (the plan continues beyond the period)', () => {
  it("moves targets earlier; the last months carry next period's first months", () => {
    expect(laggedTargets([10, 20, 30, 40], 1)).toEqual([20, 30, 40, 10]);
    expect(laggedTargets([10, 20, 30, 40], 2)).toEqual([30, 40, 10, 20]);
    expect(laggedTargets([10, 20, 30, 40], 9)).toEqual([20, 30, 40, 10]);
    expect(laggedTargets([10, 20, 30, 40], 0)).toEqual([10, 20, 30, 40]);
  });

  it('puts what the first months need from before the period on its own line', () => {
    expect(pipelineAtStart([10, 20, 30, 40], 0)).toBe(0);
    expect(pipelineAtStart([10, 20, 30, 40], 2)).toBe(30);
    expect(pipelineAtStart([10, 20, 30, 40], 5)).toBe(110);
  });

  it('keeps the total, no month piles up, none is left empty (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 36 }),
        fc.nat(40),
        (total, months, lag) => {
          const base = monthlyTargets(total, months);
          const lagged = laggedTargets(base, lag);
          expect(sum(lagged)).toBe(total);
          expect(Math.max(...lagged)).toBe(Math.max(...base));
          expect(Math.min(...lagged)).toBe(Math.min(...base));
          // The lagged months of the period's end are exactly the need at the start.
          const tail = lagged.slice(months - (lag % months));
          expect(pipelineAtStart(base, lag)).toBe(
            Math.floor(lag / months) * total + (lag % months ? sum(tail) : 0),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('shapes keep their shape (properties over thousands of settings)', () => {
  it('a growth ramp never steps down and a decline never steps up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 1, max: 60 }),
        // A rate of 0 is the even shape (earlier months take the odd units).
        fc.double({ min: -0.5, max: 1, noNaN: true }).filter((r) => Math.abs(r) >= 1e-9),
        (total, months, rate) => {
          const plan = monthlyTargets(total, months, { kind: 'growth', rate });
          expect(sum(plan)).toBe(total);
          for (let i = 1; i < plan.length; i++) {
            if (rate >= 0) expect(plan[i]).toBeGreaterThanOrEqual(plan[i - 1]);
            else expect(plan[i]).toBeLessThanOrEqual(plan[i - 1]);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("the issue's 5 % ramp: customers per month never go down", () => {
    const plan = monthlyTargets(50, 12, { kind: 'growth', rate: 0.05 });
    // Quotas run 3.14 … 5.37: the floors already ramp, the 5 spare units go to the largest remainders.
    expect(plan).toEqual([3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5]);
  });

  it('a larger seasonality weight never gets a smaller target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.array(
          fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 3, noNaN: true })),
          {
            minLength: 1,
            maxLength: 36,
          },
        ),
        (total, weights) => {
          fc.pre(sum(weights) > 1e-6);
          const plan = largestRemainder(total, weights);
          expect(sum(plan)).toBe(total);
          for (let i = 0; i < plan.length; i++)
            for (let j = 0; j < plan.length; j++)
              if (weights[i] > weights[j]) expect(plan[i]).toBeGreaterThanOrEqual(plan[j]);
        },
      ),
      { numRuns: 3000 },
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
