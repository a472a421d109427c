/** The mid-period reset: proposed rates from actuals, and the next version's settings. */
import { describe, expect, it } from 'vitest';
import { validateSettings } from '../../src/api/settings';
import {
  achievedToDate,
  nextSettings,
  ResetError,
  remainingMonths,
} from '../../src/core/review/next-settings';
import { proposeRates } from '../../src/core/review/rate-proposal';
import { tabPeriodTargets } from '../../src/core/review/tab-targets';
import { exampleSettings, generateYear, PLANNED_RATES, upTo } from './generated-year';

const year = generateYear();
const blank = new Array<number | null>(6).fill(null);
const toJune = upTo<(number | null)[]>(year.counts, 5, blank);

describe('proposeRates', () => {
  it('six trailing months as of June: the observed rates and the records behind them', () => {
    const p = proposeRates({ counts: toJune, asOfIndex: 5, plannedRates: PLANNED_RATES });
    expect(
      p.map((r) => [r.from, r.planned, r.proposed, r.records, r.converted, r.months, r.used]),
    ).toEqual([
      [0, 0.02, 0.02, 83500, 1670, 6, 'actual'],
      [1, 0.3, 0.3, 1670, 501, 6, 'actual'],
      [2, 0.5, 0.2994, 501, 150, 6, 'actual'], // 150 / 501 = 29.94 %, rounded to 0.01 %
      [3, 0.4, 0.4, 150, 60, 6, 'actual'],
      [4, 0.25, 0.25, 60, 15, 6, 'actual'],
    ]);
    expect(p[2].observed).toBe(150 / 501);
    expect(p[0]).toMatchObject({
      reason: 'actual',
      reasonKey: 'review.rate.actual',
      message: 'Observed over 6 months from 83,500 records.',
    });
  });

  it('too few records keep the planned rate and say so', () => {
    const p = proposeRates({
      counts: toJune,
      asOfIndex: 5,
      plannedRates: PLANNED_RATES,
      minRecords: 100,
    });
    expect(p[3]).toMatchObject({ used: 'actual', proposed: 0.4, records: 150 });
    expect(p[4]).toMatchObject({
      used: 'planned',
      proposed: 0.25,
      observed: 0.25,
      records: 60,
      reason: 'few_records',
      message: 'Only 60 records over 6 months (at least 100 needed): the planned rate stays.',
    });
  });

  it('the trailing window: 3 months (April–June) and 2 months', () => {
    // Opportunities 10 + 11 + 10 = 31, customers 2 + 3 + 3 = 8: 25.81 %, 31 records ≥ 30.
    const three = proposeRates({
      counts: toJune,
      asOfIndex: 5,
      plannedRates: PLANNED_RATES,
      trailingMonths: 3,
    });
    expect(three[4]).toMatchObject({
      proposed: 0.2581,
      records: 31,
      converted: 8,
      months: 3,
      used: 'actual',
    });
    // May–June: 21 opportunities, fewer than 30.
    const two = proposeRates({
      counts: toJune,
      asOfIndex: 5,
      plannedRates: PLANNED_RATES,
      trailingMonths: 2,
    });
    expect(two[4]).toMatchObject({
      proposed: 0.25,
      records: 21,
      used: 'planned',
      reason: 'few_records',
    });
  });

  it('months after as-of are ignored; a later as-of uses the later window', () => {
    const p = proposeRates({ counts: year.counts, asOfIndex: 5, plannedRates: PLANNED_RATES });
    expect(p[4].records).toBe(60);
    const q = proposeRates({ counts: year.counts, asOfIndex: 11, plannedRates: PLANNED_RATES });
    // July–December: opportunities 9 + 10 + 11 + 9 + 10 + 11 = 60.
    expect(q[4]).toMatchObject({ records: 60, months: 6 });
  });

  it('untracked stages and no complete month: no data, the plan stays', () => {
    const visitsBlank = toJune.map((r) => [null, ...r.slice(1)]);
    const p = proposeRates({ counts: visitsBlank, asOfIndex: 5, plannedRates: PLANNED_RATES });
    expect(p[0]).toMatchObject({
      proposed: 0.02,
      observed: null,
      records: 0,
      months: 0,
      used: 'planned',
      reason: 'no_data',
      message: 'No month has counts for both stages: the planned rate stays.',
    });
    const none = proposeRates({ counts: toJune, asOfIndex: -1, plannedRates: PLANNED_RATES });
    expect(none.map((r) => r.reason)).toEqual(new Array(5).fill('no_data'));
    expect(none.map((r) => r.proposed)).toEqual(PLANNED_RATES);
  });

  it('a rate that cannot be planned with (0 or above 100 %) keeps the plan', () => {
    const p = proposeRates({
      counts: [
        [40, 50, 0],
        [40, 50, 0],
      ],
      asOfIndex: 1,
      plannedRates: [0.5, 0.4],
    });
    expect(p[0]).toMatchObject({ observed: 1.25, proposed: 0.5, reason: 'out_of_range' });
    expect(p[0].message).toBe(
      'The observed rate 125% cannot be planned with (it must be above 0% and at most 100%): the planned rate stays.',
    );
    expect(p[1]).toMatchObject({ observed: 0, proposed: 0.4, reason: 'out_of_range' });
  });
});

describe('nextSettings', () => {
  const old = exampleSettings({
    followUpHours: 4,
    minTouches: 6,
    feedbackDays: 3,
    tolerance: 0.15,
    lagDays: [0, 5, 10, 20, 30],
    agreement: { mqlDefinition: 'Score ≥ 60 and a business email.', salesOwner: 'Dana' },
  });
  const rates = [0.02, 0.3, 0.2994, 0.4, 0.25];

  it('the remaining six months, the goal minus the revenue achieved, the review halfway', () => {
    const next = nextSettings(old, {
      rates,
      asOfMonth: '2026-06',
      achievedRevenue: 367_500,
      achievedCustomers: 15,
    });
    expect(next).toMatchObject({
      periodStart: '2026-07',
      months: 6,
      revenueGoal: 832_500,
      reviewDate: '2026-10-01',
      rates,
      stages: old.stages,
      lagDays: old.lagDays,
      shape: { kind: 'even' },
      currency: 'EUR',
      dealSize: 24_000,
      tolerance: 0.15,
      followUpHours: 4,
      minTouches: 6,
      feedbackDays: 3,
      agreement: old.agreement,
    });
    expect(next.agreement.mqlDefinition).toBe('Score ≥ 60 and a business email.');
    expect(validateSettings(next)).toEqual({ ok: true, settings: next });
    // 832,500 / 24,000 = 34.7 → 35 customers, 140 opps, 350 SQLs, 350 / 0.2994 = 1,169.005 → 1,170 MQLs.
    expect(tabPeriodTargets(next)).toEqual([195000, 3900, 1170, 350, 140, 35]);
  });

  it('revenue not tracked: achieved customers × deal size', () => {
    const next = nextSettings(old, {
      rates,
      asOfMonth: '2026-06',
      achievedRevenue: null,
      achievedCustomers: 15,
    });
    expect(next.revenueGoal).toBe(840_000);
  });

  it('cents stay cents; a goal already met plans one deal', () => {
    const a = { rates, asOfMonth: '2026-06', achievedCustomers: 0 };
    expect(nextSettings(old, { ...a, achievedRevenue: 367_500.35 }).revenueGoal).toBe(832_499.65);
    expect(nextSettings(old, { ...a, achievedRevenue: 1_300_000 }).revenueGoal).toBe(24_000);
  });

  it('shapes continue: growth keeps its rate, weights keep the remaining months', () => {
    const a = { rates, asOfMonth: '2026-07', achievedRevenue: 0, achievedCustomers: 0 };
    const growth = nextSettings({ ...old, shape: { kind: 'growth', rate: 0.05 } }, a);
    expect(growth.shape).toEqual({ kind: 'growth', rate: 0.05 });
    expect(growth).toMatchObject({ periodStart: '2026-08', months: 5, reviewDate: '2026-11-01' });
    const weights = [1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6];
    expect(nextSettings({ ...old, shape: { kind: 'weights', weights } }, a).shape).toEqual({
      kind: 'weights',
      weights: [2, 3, 4, 5, 6],
    });
    const zeros = [1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
    expect(nextSettings({ ...old, shape: { kind: 'weights', weights: zeros } }, a).shape).toEqual({
      kind: 'even',
    });
  });

  it('across a year end', () => {
    const fy = exampleSettings({ periodStart: '2025-10' });
    const next = nextSettings(fy, {
      rates,
      asOfMonth: '2026-03',
      achievedRevenue: 0,
      achievedCustomers: 0,
    });
    expect(next).toMatchObject({ periodStart: '2026-04', months: 6, reviewDate: '2026-07-01' });
    expect(remainingMonths(fy, '2025-10')).toBe(11);
  });

  it('the last month: a one-month version', () => {
    const next = nextSettings(old, {
      rates,
      asOfMonth: '2026-11',
      achievedRevenue: 0,
      achievedCustomers: 0,
    });
    expect(next).toMatchObject({ periodStart: '2026-12', months: 1, reviewDate: '2027-01-01' });
  });

  const failure = (f: () => unknown): ResetError => {
    try {
      f();
    } catch (e) {
      if (e instanceof ResetError) return e;
      throw e;
    }
    throw new Error('expected a ResetError');
  };
  const base = { rates, achievedRevenue: 0, achievedCustomers: 0 };

  it('no months left: a typed error the server can show', () => {
    for (const asOfMonth of ['2026-12', '2027-05']) {
      const e = failure(() => nextSettings(old, { ...base, asOfMonth }));
      expect(e).toBeInstanceOf(Error);
      expect(e.code).toBe('no_months_left');
      expect(e.name).toBe('ResetError');
    }
    expect(failure(() => nextSettings(old, { ...base, asOfMonth: '2026-12' })).message).toBe(
      'No months of this agreement are left after 2026-12 (it ends in 2026-12); start a new agreement period instead of a reset.',
    );
  });

  it('as-of before the period start, or not a month', () => {
    const early = failure(() => nextSettings(old, { ...base, asOfMonth: '2025-12' }));
    expect(early.code).toBe('as_of_before_start');
    expect(early.message).toBe(
      'The agreement starts in 2026-01; a reset needs at least one complete month (as of 2025-12).',
    );
    expect(failure(() => nextSettings(old, { ...base, asOfMonth: 'June' }))).toMatchObject({
      code: 'bad_month',
      message: '"June" is not a month; use YYYY-MM.',
    });
  });

  it('confirmed rates that do not fit the stages are an invalid_settings error naming the field', () => {
    const e = failure(() =>
      nextSettings(old, { ...base, rates: [0.5, 0.5], asOfMonth: '2026-06' }),
    );
    expect(e.code).toBe('invalid_settings');
    expect(e.message).toMatch(/^The next version's settings are not valid: rates/);
    const zero = failure(() =>
      nextSettings(old, { ...base, rates: [0.02, 0, 0.5, 0.4, 0.25], asOfMonth: '2026-06' }),
    );
    expect(zero.message).toContain('rates.1');
  });
});

describe('achievedToDate', () => {
  it('revenue and won deals up to the as-of month', () => {
    const revenue = upTo<number | null>(year.revenue, 5, null);
    expect(achievedToDate(toJune, revenue, 5)).toEqual({
      achievedRevenue: 367_500,
      achievedCustomers: 15,
    });
    expect(achievedToDate(year.counts, year.revenue, 2)).toEqual({
      achievedRevenue: 48_000 + 48_500 + 73_000,
      achievedCustomers: 7,
    });
  });

  it('revenue not tracked is null, not 0', () => {
    expect(achievedToDate(toJune, new Array(12).fill(null), 5)).toEqual({
      achievedRevenue: null,
      achievedCustomers: 15,
    });
  });
});
