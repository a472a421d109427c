/**
 * Golden numbers of the tracking engine on the generated year (see
 * generated-year.ts), as of June 2026 (index 5): six months elapsed, six left.
 * Every expected value is worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { tabTargets } from '../../src/core/review/tab-targets';
import { type TrackingInput, trackingFigures } from '../../src/core/review/tracking';
import { exampleSettings, generateYear, goldenTargets, upTo } from './generated-year';

const S6 = new Array<number | null>(6).fill(null);

function input(asOfIndex: number, filledTo = asOfIndex, over: Partial<TrackingInput> = {}) {
  const settings = exampleSettings();
  const { counts, revenue } = generateYear();
  const t = tabTargets(settings);
  return {
    settings,
    targets: goldenTargets(t.periodTargets),
    actuals: upTo<(number | null)[]>(counts, filledTo, S6),
    revenueTargets: t.revenueTargets,
    revenueActuals: upTo<number | null>(revenue, filledTo, null),
    asOfIndex,
    ...over,
  };
}

describe('tab targets (the tab formulas, computed)', () => {
  it('period targets 166,700 … 50 and an even spread with revenue 100,000 a month', () => {
    const t = tabTargets(exampleSettings());
    expect(t.periodTargets).toEqual([166700, 3334, 1000, 500, 200, 50]);
    // Largest remainder: 50 / 12 = 4.17 a month, the 2 spare customers go to the first months;
    // 1,000 / 12 = 83.33, 4 spare MQLs.
    expect(t.targets[0]).toEqual([13892, 278, 84, 42, 17, 5]);
    expect(t.targets.map((r) => r[5])).toEqual([5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(t.targets.map((r) => r[2])).toEqual([84, 84, 84, 84, 83, 83, 83, 83, 83, 83, 83, 83]);
    expect(t.pipelineAtStart).toEqual([0, 0, 0, 0, 0, 0]);
    expect(t.revenueTargets).toEqual(new Array(12).fill(100000));
  });
});

describe('trackingFigures as of June (index 5)', () => {
  const f = trackingFigures(input(5));

  it('elapsed and remaining months', () => {
    expect(f.elapsed).toBe(6);
    expect(f.monthsLeft).toBe(6);
    expect(f.periodTargets).toEqual([166700, 3334, 1000, 500, 200, 50]);
  });

  it('January: variance, attainment and status per stage and for revenue', () => {
    // Actuals 13600 272 81 24 9 2 against targets 13892 278 83 42 17 4.
    expect(f.variance[0]).toEqual([-292, -6, -2, -18, -8, -2]);
    expect(f.attainment[0]).toEqual([13600 / 13892, 272 / 278, 81 / 83, 24 / 42, 9 / 17, 0.5]);
    // 97.9 %, 97.8 %, 97.6 % are within the 10 % tolerance; 57 %, 53 %, 50 % are not.
    expect(f.status[0]).toEqual(['at_risk', 'at_risk', 'at_risk', 'behind', 'behind', 'behind']);
    // Revenue 2 × 24,000 = 48,000 against 100,000.
    expect(f.revenue[0]).toEqual({ variance: -52000, attainment: 0.48, status: 'behind' });
  });

  it('March: customers 3 of 5, MQLs 83 of 83', () => {
    expect(f.variance[2][5]).toBe(-2);
    expect(f.attainment[2][5]).toBe(0.6);
    expect(f.status[2][2]).toBe('on_track');
    expect(f.attainment[2][2]).toBe(1);
  });

  it('months after as-of are blank, not zero', () => {
    for (let m = 6; m < 12; m++) {
      expect(f.variance[m]).toEqual(S6);
      expect(f.attainment[m]).toEqual(S6);
      expect(f.status[m]).toEqual(S6);
      expect(f.revenue[m]).toEqual({ variance: null, attainment: null, status: null });
    }
  });

  it('year to date: sums up to June', () => {
    // Targets C(6) = round(total / 2): 83,350 1,667 500 250 100 25.
    expect(f.ytd.map((y) => y.target)).toEqual([83350, 1667, 500, 250, 100, 25]);
    expect(f.ytd.map((y) => y.actual)).toEqual([83500, 1670, 501, 150, 60, 15]);
    expect(f.ytd.map((y) => y.variance)).toEqual([150, 3, 1, -100, -40, -10]);
    expect(f.ytd.map((y) => y.attainment)).toEqual([
      83500 / 83350,
      1670 / 1667,
      1.002,
      0.6,
      0.6,
      0.6,
    ]);
    expect(f.ytd.map((y) => y.status)).toEqual([
      'on_track',
      'on_track',
      'on_track',
      'behind',
      'behind',
      'behind',
    ]);
    // Revenue 367,500 (15 deals × 24,000 + 500 × (0+…+5)) against 600,000.
    expect(f.ytdRevenue).toEqual({
      target: 600000,
      actual: 367500,
      variance: -232500,
      attainment: 0.6125,
      status: 'behind',
    });
  });

  it('actual to date and actual rates', () => {
    expect(f.actualToDate).toEqual([83500, 1670, 501, 150, 60, 15]);
    expect(f.actualRates).toEqual([1670 / 83500, 501 / 1670, 150 / 501, 0.4, 0.25]);
    expect(f.actualRates[2]).toBeCloseTo(0.2994, 4);
  });

  it('pace: ROUND(actual to date / 6 × 12)', () => {
    expect(f.pace).toEqual([167000, 3340, 1002, 300, 120, 30]);
  });

  it('catch-up: ROUNDUP((period target − actual) / 6), never below 0', () => {
    // 83,200 / 6 = 13,866.7; 1,664 / 6 = 277.3; 499 / 6 = 83.2; 350 / 6 = 58.3; 140 / 6 = 23.3; 35 / 6 = 5.8.
    expect(f.catchUp).toEqual([13867, 278, 84, 59, 24, 6]);
  });

  it('still needed at actual rates, walking up from 35 customers', () => {
    // 35 → 35 / 0.25 = 140 → 140 / 0.4 = 350 → 350 × 501 / 150 = 1,169 (exactly: float-safe)
    //    → 1,169 × 1,670 / 501 = 3,896.7 → 3,897 → 3,897 / 0.02 = 194,850.
    expect(f.neededAtActualRates).toEqual([194850, 3897, 1169, 350, 140, 35]);
  });

  it('catch-up at actual rates: the MQLs a month now needed (195, not 84)', () => {
    // 194,850 / 6 = 32,475; 3,897 / 6 = 649.5; 1,169 / 6 = 194.8; 350 / 6; 140 / 6; 35 / 6.
    expect(f.catchUpAtActualRates).toEqual([32475, 650, 195, 59, 24, 6]);
  });
});

describe('trackingFigures edge cases', () => {
  it('before the first month closes: everything blank, needed = the plan', () => {
    const f = trackingFigures(input(-1));
    expect(f.elapsed).toBe(0);
    expect(f.variance.flat().every((v) => v === null)).toBe(true);
    expect(f.ytd.map((y) => y.variance)).toEqual(S6);
    expect(f.ytd.map((y) => y.target)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(f.actualToDate).toEqual([0, 0, 0, 0, 0, 0]);
    expect(f.actualRates).toEqual([null, null, null, null, null]);
    expect(f.pace).toEqual(S6);
    expect(f.catchUp).toEqual(S6);
    expect(f.neededAtActualRates).toEqual([166700, 3334, 1000, 500, 200, 50]);
    expect(f.catchUpAtActualRates).toEqual(S6);
  });

  it('a stage without actuals (Visits untracked) is blank; its rate falls back to the plan', () => {
    const base = input(5);
    const actuals = base.actuals.map((r) => [null, ...r.slice(1)]);
    const f = trackingFigures({ ...base, actuals });
    expect(f.variance[0][0]).toBeNull();
    expect(f.ytd[0]).toMatchObject({ actual: 0, variance: null, attainment: null, status: null });
    expect(f.actualToDate[0]).toBe(0);
    expect(f.actualRates[0]).toBeNull();
    expect(f.pace[0]).toBeNull();
    expect(f.catchUp[0]).toBeNull();
    expect(f.catchUpAtActualRates[0]).toBeNull();
    // Needed visits walk up with the planned 2 %: 3,897 / 0.02.
    expect(f.neededAtActualRates[0]).toBe(194850);
  });

  it('a refreshed partial month after as-of stays blank per month but counts as "has actuals"', () => {
    const f = trackingFigures(input(5, 6));
    expect(f.variance[6]).toEqual(S6);
    expect(f.ytd[5].actual).toBe(15);
    expect(f.pace).toEqual([167000, 3340, 1002, 300, 120, 30]);
  });

  it('the period is over: no month left, so no catch-up; pace is the total', () => {
    const f = trackingFigures(input(20, 11));
    expect(f.elapsed).toBe(12);
    expect(f.monthsLeft).toBe(0);
    expect(f.catchUp).toEqual(S6);
    expect(f.catchUpAtActualRates).toEqual(S6);
    expect(f.pace[0]).toBe(f.actualToDate[0]);
  });

  it('ahead of target: catch-up 0, needed 0 from the last stage up', () => {
    const base = input(5);
    const actuals = base.actuals.map((r, m) => (m === 0 ? [...r.slice(0, 5), 60] : r));
    const f = trackingFigures({ ...base, actuals });
    expect(f.catchUp[5]).toBe(0);
    expect(f.neededAtActualRates[5]).toBe(0);
    expect(f.neededAtActualRates[0]).toBe(0);
    expect(f.ytd[5].status).toBe('on_track');
  });

  it('status boundaries: exactly 1 − tolerance is at risk, a hair below is behind', () => {
    const base = input(0);
    const targets = base.targets.map((r) => r.map(() => 100));
    const actuals = base.actuals.map((r, m) => (m === 0 ? [90, 89.99, 100, 99.99, 0, 110] : r));
    const f = trackingFigures({ ...base, targets, actuals });
    expect(f.status[0]).toEqual(['at_risk', 'behind', 'on_track', 'at_risk', 'behind', 'on_track']);
    // 0.1 + 0.2 style noise: 0.7 / 0.7 is 1, and 63 / 70 is at risk at 10 %.
    const g = trackingFigures({
      ...base,
      targets: targets.map((r) => r.map(() => 70)),
      actuals: actuals.map((r, m) => (m === 0 ? [63, 70, 62.99, 0, 0, 0] : r)),
    });
    expect(g.status[0].slice(0, 3)).toEqual(['at_risk', 'on_track', 'behind']);
  });

  it('a zero target: variance but no attainment or status', () => {
    const base = input(0);
    const targets = base.targets.map((r) => r.map(() => 0));
    const f = trackingFigures({ ...base, targets });
    expect(f.variance[0][0]).toBe(13600);
    expect(f.attainment[0][0]).toBeNull();
    expect(f.status[0][0]).toBeNull();
  });

  it('rejects grids of the wrong length', () => {
    const base = input(5);
    expect(() => trackingFigures({ ...base, actuals: base.actuals.slice(1) })).toThrow(
      /actuals has 11 months, expected 12/,
    );
  });
});
