import { describe, expect, it } from 'vitest';
import { actualRates, trailingRates } from '../../src/core/actuals/rates';

// months × [Visits, Leads, MQLs, SQLs]
const COUNTS: (number | null)[][] = [
  [null, 100, 30, 12],
  [null, 200, 50, 20],
  [null, 100, 20, 0],
  [null, 0, 0, 0],
];

describe('actualRates', () => {
  it('Σ next stage ÷ Σ stage over the months, with the records behind each rate', () => {
    expect(actualRates(COUNTS)).toEqual([
      { from: 0, rate: null, numerator: 0, denominator: 0, months: 0 },
      { from: 1, rate: 100 / 400, numerator: 100, denominator: 400, months: 4 },
      { from: 2, rate: 32 / 100, numerator: 32, denominator: 100, months: 4 },
    ]);
  });

  it('the period so far: up to a month index', () => {
    const r = actualRates(COUNTS, 1);
    expect(r[1]).toEqual({ from: 1, rate: 80 / 300, numerator: 80, denominator: 300, months: 2 });
    expect(r[2]).toEqual({ from: 2, rate: 32 / 80, numerator: 32, denominator: 80, months: 2 });
  });

  it('user-typed visits count where both months have numbers', () => {
    const typed = COUNTS.map((m, i) => [i < 2 ? 5000 : null, ...m.slice(1)]);
    expect(actualRates(typed)[0]).toEqual({
      from: 0,
      rate: 300 / 10000,
      numerator: 300,
      denominator: 10000,
      months: 2,
    });
  });

  it('a zero denominator gives null, never NaN or Infinity', () => {
    expect(actualRates([[0, 5]])).toEqual([
      { from: 0, rate: null, numerator: 5, denominator: 0, months: 1 },
    ]);
    expect(actualRates([])).toEqual([]);
  });
});

describe('trailingRates', () => {
  it('the n months ending at a month, for the mid-period reset', () => {
    const r = trailingRates(COUNTS, 2, 2);
    expect(r[1]).toEqual({ from: 1, rate: 70 / 300, numerator: 70, denominator: 300, months: 2 });
    expect(r[2]).toEqual({ from: 2, rate: 20 / 70, numerator: 20, denominator: 70, months: 2 });
  });

  it('fewer months at the start of the period', () => {
    expect(trailingRates(COUNTS, 0, 3)[1]).toEqual({
      from: 1,
      rate: 0.3,
      numerator: 30,
      denominator: 100,
      months: 1,
    });
  });
});
