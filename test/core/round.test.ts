import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ceilCount,
  floorCount,
  roundCount,
  roundHalfAway,
  snapToInteger,
} from '../../src/core/round';

describe('ceilCount', () => {
  it('rounds 21 / 0.7 (30.000000000000004 in floating point) up to 30, not 31', () => {
    expect(21 / 0.7).toBe(30.000000000000004);
    expect(ceilCount(21 / 0.7)).toBe(30);
  });

  it('still rounds genuine fractions up', () => {
    expect(ceilCount(1000 / 0.3)).toBe(3334);
    expect(ceilCount(12.5)).toBe(13);
    expect(ceilCount(30.001)).toBe(31);
    expect(ceilCount(1e-6)).toBe(1);
  });

  it('keeps whole numbers and zero', () => {
    expect(ceilCount(0)).toBe(0);
    expect(ceilCount(50)).toBe(50);
    expect(ceilCount(166700)).toBe(166700);
  });

  it('absorbs float noise from rates computed in the sheet (=1-0.3, =0.1*7)', () => {
    expect(ceilCount(70 / (1 - 0.3))).toBe(100);
    expect(ceilCount(7 / (0.1 * 7))).toBe(10);
  });

  it('absorbs a few ulps of error at large magnitudes, where 9 decimals mean nothing', () => {
    const big = 123_456_789;
    expect(ceilCount(big * (1 + 4 * Number.EPSILON))).toBe(big);
    expect(ceilCount(big + 0.5)).toBe(big + 1);
  });

  it('n / rate for whole n and a 3-decimal rate gives the exact decimal ceiling (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 1000 }),
        (n, per) => {
          // rate = per / 1000, so n / rate = n * 1000 / per exactly: ceil it in integer arithmetic.
          const numerator = BigInt(n) * 1000n;
          const expected = Number((numerator + BigInt(per) - 1n) / BigInt(per));
          expect(ceilCount(n / (per / 1000))).toBe(expected);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('floorCount / snapToInteger', () => {
  it('0.3 / 0.1 (2.9999999999999996) floors to 3', () => {
    expect(floorCount(0.3 / 0.1)).toBe(3);
    expect(snapToInteger(2.9999999999999996)).toBe(3);
    expect(snapToInteger(2.5)).toBe(2.5);
    expect(snapToInteger(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('roundHalfAway / roundCount (spreadsheet ROUND)', () => {
  it('rounds half away from zero like ROUND()', () => {
    expect(roundHalfAway(2.5)).toBe(3);
    expect(roundHalfAway(-2.5)).toBe(-3);
    expect(roundHalfAway(1.234567, 2)).toBe(1.23);
    expect(roundHalfAway(0.30000000000000004, 9)).toBe(0.3);
  });

  it('leaves values too large to have decimals alone', () => {
    expect(roundHalfAway(1e300, 9)).toBe(1e300);
    expect(roundHalfAway(Number.NaN)).toBeNaN();
  });

  it('roundCount = ROUND(ROUND(x, 9), 0): 2.4999999999999996 is a 2.5 that lost a bit → 3', () => {
    expect(roundCount(2.4999999999999996)).toBe(3);
    expect(roundCount(2.4)).toBe(2);
    expect(roundCount(83.33333333333333)).toBe(83);
  });
});
