/** The one settings schema: good settings fill defaults, bad ones name every bad field. */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SETTINGS } from '../../dev/fixtures/sla-settings';
import { defaultReviewDate, validateSettings } from '../../src/api/settings';

const GOOD = EXAMPLE_SETTINGS;

function errors(input: unknown): Record<string, string> {
  const v = validateSettings(input);
  if (v.ok) throw new Error('expected errors');
  return Object.fromEntries(v.errors.map((e) => [e.field, e.message]));
}

describe('settings schema', () => {
  it('accepts the documented API example and fills every default', () => {
    const v = validateSettings(GOOD);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.settings.reviewDate).toBe('2026-07-01');
    expect(v.settings.tolerance).toBe(0.1);
    expect(v.settings.followUpHours).toBe(24);
    expect(v.settings.agreement.mqlDefinition).toMatch(/lead score/);
    expect(v.settings.version).toBe(1);
  });

  it('accepts growth and weights shapes and optional lag', () => {
    const { lagDays: _drop, ...noLag } = GOOD;
    const growth = validateSettings({ ...noLag, shape: { kind: 'growth', rate: 0.05 } });
    expect(growth.ok && growth.settings.lagDays).toEqual([0, 0, 0, 0, 0]);
    const weights = validateSettings({
      ...GOOD,
      shape: { kind: 'weights', weights: Array(12).fill(1) },
    });
    expect(weights.ok).toBe(true);
  });

  it('rejects bad values with a message naming each field', () => {
    const e = errors({
      ...GOOD,
      periodStart: '2026-13',
      revenueGoal: -5,
      dealSize: 'lots',
      rates: [0.02, 30, 0.5, 0.4, 0.25],
      currency: 'euro',
    });
    expect(e.periodStart).toBe('First month: use the form YYYY-MM, e.g. 2026-01.');
    expect(e.revenueGoal).toBe('Revenue goal: must be greater than 0.');
    expect(e.dealSize).toBe('Average deal size: enter a number.');
    expect(e['rates.1']).toMatch(/^Conversion rate #2: give a rate above 0 and at most 100%/);
    expect(e.currency).toMatch(/^Currency:/);
  });

  it('reports missing fields as required and cross-field problems at once', () => {
    expect(errors({}).revenueGoal).toBe('Revenue goal: this field is required.');
    const e = errors({
      ...GOOD,
      revenueGoal: 0,
      stages: ['A', 'a', 'B'],
      rates: [0.5],
      shape: { kind: 'weights', weights: [1, 2] },
    });
    expect(e.revenueGoal).toBe('Revenue goal: must be greater than 0.');
    expect(e.rates).toBe(
      'Conversion rate: give one rate between each pair of stages (expected 2).',
    );
    expect(e['stages.1']).toBe('Stage #2: "a" is used twice; stage names must differ.');
    expect(e['shape.weights']).toBe(
      'Monthly shape weights: give one weight per month (expected 12).',
    );
  });

  it('puts the default review date halfway through the period', () => {
    expect(defaultReviewDate('2026-01', 12)).toBe('2026-07-01');
    expect(defaultReviewDate('2026-10', 12)).toBe('2027-04-01');
    expect(defaultReviewDate('2026-01', 1)).toBe('2026-02-01');
  });
});
