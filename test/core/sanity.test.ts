/** Sanity warnings: each rate against its benchmark, deal size, review date, short resets, separators. */
import { describe, expect, it } from 'vitest';
import { exampleSettings } from '../../dev/fixtures/sla-settings';
import {
  groupingWarning,
  rateWarnings,
  resetLengthWarning,
  sanityWarnings,
} from '../../src/core/sanity';
import { warningText } from '../../src/sidebar/warnings';

const STAGES = ['Visits', 'Leads', 'MQLs', 'SQLs', 'Opportunities', 'Customers'];
const ctx = { lang: 'en', locale: 'en_US', stages: STAGES };

describe('rate warnings against the benchmark ranges (domain.md)', () => {
  it('the default funnel raises none', () => {
    expect(sanityWarnings(exampleSettings())).toEqual([]);
  });

  it('a decimal typed into a "%" field: 0.015 % — did you mean 1.5 %?', () => {
    const rates = [0.00015, 0.003, 0.5, 0.4, 0.25];
    const w = rateWarnings({ stages: STAGES, rates });
    expect(w.map((x) => (x.kind === 'rate' ? [x.index, x.suggestion] : null))).toEqual([
      [0, 0.015],
      [1, 0.3],
    ]);
    expect(warningText(w[0], ctx)).toBe(
      'Visits → Leads: 0.015% is far below the usual 1%–5%. Did you mean 1.5%?',
    );
    expect(warningText(w[1], ctx)).toBe(
      'Leads → MQLs: 0.3% is far below the usual 15%–40%. Did you mean 30%?',
    );
  });

  it('outside the range without an obvious fix: says so, suggests nothing', () => {
    const w = rateWarnings({ stages: STAGES, rates: [0.02, 0.3, 0.5, 0.9, 0.05] });
    expect(w.map((x) => warningText(x, ctx))).toEqual([
      'SQLs → Opportunities: 90% is above the usual 40%–75%.',
      'Opportunities → Customers: 5% is below the usual 10%–30%.',
    ]);
  });

  it('stage names without a benchmark get the generic check only', () => {
    const stages = ['Sign-ups', 'Trials', 'Paid'];
    const w = rateWarnings({ stages, rates: [0.0005, 1] });
    expect(w.map((x) => warningText(x, { ...ctx, stages }))).toEqual([
      'Sign-ups → Trials: 0.05% is a very low conversion rate. Did you mean 5%?',
      'Trials → Paid: 100% means every one converts.',
    ]);
  });
});

describe('plan warnings', () => {
  it('deal size above the goal', () => {
    const w = sanityWarnings(exampleSettings({ revenueGoal: 20000, dealSize: 24000 }));
    expect(w.map((x) => warningText(x, ctx))).toContain(
      'The average deal size (24,000) is above the revenue goal (20,000): a single deal reaches the goal.',
    );
  });

  it('review date outside the period, before or after', () => {
    for (const reviewDate of ['2025-12-31', '2027-01-01']) {
      const w = sanityWarnings(exampleSettings({ reviewDate }));
      expect(w.map((x) => x.kind)).toEqual(['reviewOutside']);
    }
    const w = sanityWarnings(exampleSettings({ reviewDate: '2025-11-15' }));
    expect(warningText(w[0], ctx)).toBe(
      'The review date Nov 15, 2025 is outside the period (Jan 1, 2026 to Dec 31, 2026).',
    );
    expect(sanityWarnings(exampleSettings({ reviewDate: '2026-12-31' }))).toEqual([]);
  });

  it('a reset leaving fewer than three months offers a full-length version into the next period', () => {
    expect(resetLengthWarning('2026-10', 3, 12)).toBeNull();
    const one = resetLengthWarning('2026-12', 1, 12);
    expect(one && warningText(one, ctx)).toBe(
      'A reset now leaves only one month: too short to steer. Consider a new version of 12 months instead, December 2026 to November 2027, running into the next period.',
    );
    const two = resetLengthWarning('2026-11', 2, 12);
    expect(two && warningText(two, ctx)).toMatch(/^A reset now leaves only 2 months/);
  });
});

describe('grouping separators that do not match the spreadsheet locale: ask, do not guess', () => {
  it('"30.000" on en_US reads as 30 and asks about 30,000', () => {
    const w = groupingWarning('dealSize', '30.000', '.');
    expect(w).toMatchObject({ readAs: 30, otherReading: 30000 });
    expect(w && warningText(w, ctx)).toBe(
      '“30.000” is read as 30 on this spreadsheet (en_US). If you meant 30,000, type it without the separator.',
    );
  });

  it('"30,000" on de_DE reads as 30 and asks too; unambiguous text raises nothing', () => {
    expect(groupingWarning('dealSize', '30,000', ',')).toMatchObject({
      readAs: 30,
      otherReading: 30000,
    });
    expect(groupingWarning('dealSize', '30,000', '.')).toBeNull(); // grouping on en_US
    expect(groupingWarning('dealSize', '30.5', '.')).toBeNull();
    expect(groupingWarning('dealSize', '1.200.000', ',')).toBeNull();
    expect(groupingWarning('dealSize', '24000', '.')).toBeNull();
  });
});
