import { describe, expect, it } from 'vitest';
import { attainment, catchUp, pace, status, variance } from '../../src/core/variance';

describe('variance and attainment', () => {
  it('variance is actual − target', () => {
    expect(variance(90, 100)).toBe(-10);
    expect(variance(120, 100)).toBe(20);
  });

  it('attainment is actual / target, null for a zero target', () => {
    expect(attainment(90, 100)).toBe(0.9);
    expect(attainment(5, 0)).toBeNull();
  });
});

describe('status', () => {
  it('on track at or above target', () => {
    expect(status(100, 100)).toBe('on_track');
    expect(status(130, 100)).toBe('on_track');
  });

  it('at risk within the default 10% below target, behind beyond it', () => {
    expect(status(90, 100)).toBe('at_risk');
    expect(status(89.9, 100)).toBe('behind');
  });

  it('uses a custom tolerance, 0 meaning "any shortfall is behind"', () => {
    expect(status(92, 100, 0.05)).toBe('behind');
    expect(status(96, 100, 0.05)).toBe('at_risk');
    expect(status(99, 100, 0)).toBe('behind');
  });

  it('ignores float noise at the boundaries', () => {
    expect(status(0.3, 0.1 + 0.2)).toBe('on_track');
    expect(status(0.9 * 0.3, 0.3)).toBe('at_risk');
  });

  it('a zero target is met by any non-negative actual', () => {
    expect(status(0, 0)).toBe('on_track');
  });
});

describe('pace', () => {
  it('projects the run rate of reported months over 12 months by default', () => {
    expect(pace([80, 95, 110])).toBe(1_140);
  });

  it('skips blank (unreported) months', () => {
    expect(pace([100, null, 50, undefined])).toBe(900);
  });

  it('uses the number of monthly targets when the target is that row, or explicit months', () => {
    expect(pace([10, 20], [50, 50, 50, 50, 50, 50])).toBe(90);
    expect(pace([10, 20], 1_200, 4)).toBe(60);
    expect(pace([10, 20], 1_200)).toBe(180);
  });

  it('is null before anything is reported', () => {
    expect(pace([null, null])).toBeNull();
  });
});

describe('catchUp', () => {
  it('needs the remaining gap spread over the remaining months, rounded up', () => {
    // 1200 − 285 = 915 over 9 months = 101.67 → 102
    expect(catchUp(1_200, [80, 95, 110], 9)).toBe(102);
  });

  it('is float-safe when the gap divides evenly', () => {
    expect(catchUp(2.1, [0], 3)).toBe(1); // 0.7 per month → 1 whole unit
    expect(catchUp(210, [0], 0.7 * 10)).toBe(30);
  });

  it('is never negative', () => {
    expect(catchUp(100, [60, 70], 3)).toBe(0);
    expect(catchUp(100, [100], 3)).toBe(0);
  });

  it('with no months left returns the whole remaining gap (0 when reached), never Infinity', () => {
    expect(catchUp(100, [40, 20], 0)).toBe(40);
    expect(catchUp(100, [120], 0)).toBe(0);
  });
});
