import { describe, expect, it } from 'vitest';
import { EXAMPLE_SETTINGS } from '../../dev/fixtures/sla-settings';
import {
  AGREEMENT_KEYS,
  DEFAULT_RATES,
  DEFAULT_STAGES,
  defaultSettings,
} from '../../src/api/settings';
import {
  addStage,
  editReviewDate,
  type FormValues,
  followPeriod,
  fromSettings,
  removeStage,
  toDraft,
  validateForm,
} from '../../src/sidebar/form';

const EXAMPLE = EXAMPLE_SETTINGS;

const form = (over: Partial<FormValues> = {}): FormValues => ({
  ...fromSettings(EXAMPLE),
  ...over,
});

function settingsOf(v: FormValues, decimal: '.' | ',' = '.') {
  const r = validateForm(v, decimal);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.settings;
}

function errorsOf(v: FormValues, decimal: '.' | ',' = '.') {
  const r = validateForm(v, decimal);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('settings → form', () => {
  it('shows rates as percentages and money grouped in the locale', () => {
    const v = fromSettings(EXAMPLE, 'en_US');
    expect(v.rates).toEqual(['2', '30', '50', '40', '25']);
    expect(v.revenueGoal).toBe('1,200,000');
    expect(v.dealSize).toBe('24,000');
    expect(v.months).toBe('12');
    expect(v.shape).toBe('even');
    expect(v.weights).toHaveLength(12);
    expect(v.reviewDate).toBe('2026-07-01');
    expect(v.reviewEdited).toBe(false);
    const de = fromSettings({ ...EXAMPLE, rates: [0.025, 0.3, 0.5, 0.4, 0.25] }, 'de_DE');
    expect(de.revenueGoal).toBe('1.200.000');
    expect(de.rates[0]).toBe('2,5');
  });

  it('fills what older or partial settings lack with the defaults', () => {
    const v = fromSettings({ periodStart: '2027-04' });
    expect(v.stages).toEqual(DEFAULT_STAGES);
    expect(v.rates).toEqual(DEFAULT_RATES.map((r) => String(r * 100)));
    expect(v.lagDays).toEqual(['0', '0', '0', '0', '0']);
    expect(v.tolerance).toBe('10');
    expect(v.followUpHours).toBe('24');
    expect(Object.keys(v.agreement)).toEqual(AGREEMENT_KEYS);
    expect(v.agreement.leadDefinition.length).toBeGreaterThan(20);
  });

  it('remembers a review date the user chose, and a growth or weights shape', () => {
    expect(fromSettings({ ...EXAMPLE, reviewDate: '2026-05-15' }).reviewEdited).toBe(true);
    expect(fromSettings({ ...EXAMPLE, reviewDate: '2026-07-01' }).reviewEdited).toBe(false);
    expect(fromSettings({ ...EXAMPLE, shape: { kind: 'growth', rate: 0.05 } }).growth).toBe('5');
    const weights = [1, 1, 1.5, 1, 1, 1, 0.5, 0.5, 1, 1, 1.2, 2];
    const w = fromSettings({ ...EXAMPLE, shape: { kind: 'weights', weights } });
    expect(w.shape).toBe('weights');
    expect(w.weights).toEqual(weights.map(String));
  });

  it('round-trips: the form of valid settings validates to the same settings', () => {
    const original = defaultSettings('2026-01');
    for (const locale of ['en_US', 'de_DE', 'fr_FR', 'en_IN']) {
      const decimal = locale === 'en_US' || locale === 'en_IN' ? '.' : ',';
      expect(settingsOf(fromSettings(original, locale), decimal)).toEqual(original);
    }
    const growth = { ...EXAMPLE, shape: { kind: 'growth' as const, rate: 0.035 }, tolerance: 0.15 };
    expect(settingsOf(fromSettings(growth)).shape).toEqual({ kind: 'growth', rate: 0.035 });
    expect(settingsOf(fromSettings(growth)).tolerance).toBe(0.15);
  });
});

describe('form → settings', () => {
  it('reads the issue example into exactly its settings', () => {
    const s = settingsOf(form());
    expect(s.rates).toEqual([0.02, 0.3, 0.5, 0.4, 0.25]);
    expect(s.revenueGoal).toBe(1_200_000);
    expect(s.dealSize).toBe(24_000);
    expect(s.months).toBe(12);
    expect(s.shape).toEqual({ kind: 'even' });
  });

  it('accepts "30", "30%", "30,5" for a rate', () => {
    expect(settingsOf(form({ rates: ['2', '30%', '50 %', '40', '25'] })).rates).toEqual([
      0.02, 0.3, 0.5, 0.4, 0.25,
    ]);
    expect(settingsOf(form({ rates: ['2', '30,5', '50', '40', '25'] })).rates[1]).toBe(0.305);
    expect(settingsOf(form({ rates: ['2,5', '30', '50', '40', '25'] }), ',').rates[0]).toBe(0.025);
  });

  it('reads money with grouping in either convention, and trims and upper-cases the currency', () => {
    const s = settingsOf(
      form({ revenueGoal: '2.400.000', dealSize: '24.000,50', currency: ' usd ' }),
      ',',
    );
    expect(s.revenueGoal).toBe(2_400_000);
    expect(s.dealSize).toBe(24_000.5);
    expect(s.currency).toBe('USD');
  });

  it('names the field of every unreadable or out-of-range value, in percent terms', () => {
    const errors = errorsOf(
      form({
        rates: ['2', '30', '250', '0', 'abc'],
        revenueGoal: '',
        tolerance: '80',
        shape: 'growth',
        growth: '-60',
      }),
    );
    const byField = Object.fromEntries(errors.map((e) => [e.field, e.message]));
    expect(byField['rates.2']).toBe(
      'Conversion rate #3: enter a percentage above 0 and at most 100.',
    );
    expect(byField['rates.3']).toMatch(/above 0/);
    expect(byField['rates.4']).toBe('Conversion rate #5: enter a number.');
    expect(byField.revenueGoal).toBe('Revenue goal: this field is required.');
    expect(byField.tolerance).toBe('Tolerance (%): enter a percentage from 0 to 50.');
    expect(byField['shape.rate']).toBe('Growth per month (%): enter a percentage from -50 to 100.');
    // One message per field: the form's own reading wins over the schema's.
    expect(new Set(errors.map((e) => e.field)).size).toBe(errors.length);
  });

  it('passes on the schema’s checks: duplicate stage names, blank names, whole numbers', () => {
    const errors = errorsOf(
      form({ stages: ['Visits', 'Leads', 'MQLs', 'leads', ' ', 'Customers'], minTouches: '2.5' }),
    );
    const fields = errors.map((e) => e.field);
    expect(fields).toContain('stages.3');
    expect(fields).toContain('stages.4');
    expect(fields).toContain('minTouches');
    expect(errors.find((e) => e.field === 'stages.3')?.message).toMatch(/used twice/);
  });

  it('sends the weights of the weights shape only, one per month', () => {
    const v = form({ shape: 'weights', weights: ['1', '2', '1,5', ...Array(9).fill('1')] });
    expect(settingsOf(v).shape).toEqual({
      kind: 'weights',
      weights: [1, 2, 1.5, ...Array(9).fill(1)],
    });
    const zero = errorsOf(form({ shape: 'weights', weights: Array(12).fill('0') }));
    expect(zero.map((e) => e.field)).toEqual(['shape.weights']);
    const bad = errorsOf(form({ shape: 'weights', weights: ['x', ...Array(11).fill('1')] }));
    expect(bad.map((e) => e.field)).toEqual(['shape.weights.0']);
    expect(settingsOf(form({ shape: 'even', weights: ['x'] })).shape).toEqual({ kind: 'even' });
  });

  it('toDraft keeps blank and unreadable numbers as NaN, so the schema cannot accept them', () => {
    const { input, errors } = toDraft(form({ dealSize: 'lots' }));
    expect(input.dealSize).toBeNaN();
    expect(errors).toEqual([{ field: 'dealSize', message: 'Average deal size: enter a number.' }]);
  });
});

describe('period and review date', () => {
  it('the review date follows the period until the user edits it', () => {
    let v = followPeriod(form({ periodStart: '2026-04' }));
    expect(v.reviewDate).toBe('2026-10-01');
    v = followPeriod({ ...v, months: '24' });
    expect(v.reviewDate).toBe('2027-04-01');
    expect(v.weights).toHaveLength(24);
    v = editReviewDate(v, '2026-09-15');
    expect(v.reviewEdited).toBe(true);
    v = followPeriod({ ...v, periodStart: '2027-01' });
    expect(v.reviewDate).toBe('2026-09-15');
    v = editReviewDate(v, ''); // cleared: back to halfway
    expect(v.reviewEdited).toBe(false);
    expect(v.reviewDate).toBe('2028-01-01');
  });

  it('keeps typed weights when the month count changes and ignores unusable counts', () => {
    const v = form({ weights: ['3', '2', ...Array(10).fill('1')] });
    expect(followPeriod({ ...v, months: '3' }).weights).toEqual(['3', '2', '1']);
    expect(followPeriod({ ...v, months: '14' }).weights).toHaveLength(14);
    expect(followPeriod({ ...v, months: 'x' }).weights).toHaveLength(12);
    expect(followPeriod({ ...v, months: '99' }).weights).toHaveLength(36);
  });
});

describe('adding and removing stages keeps rates and days aligned', () => {
  it('adds a stage above the last one without changing any target', () => {
    const v = addStage(form({ lagDays: ['0', '0', '7', '14', '30'] }), 'Demos');
    expect(v.stages).toEqual([
      'Visits',
      'Leads',
      'MQLs',
      'SQLs',
      'Opportunities',
      'Demos',
      'Customers',
    ]);
    expect(v.rates).toEqual(['2', '30', '50', '40', '100', '25']);
    expect(v.lagDays).toEqual(['0', '0', '7', '14', '30', '0']);
    const s = settingsOf(v);
    expect(s.rates).toHaveLength(s.stages.length - 1);
  });

  it('stops at ten stages', () => {
    let v = form();
    for (let i = 0; i < 10; i++) v = addStage(v, `Extra ${i}`);
    expect(v.stages).toHaveLength(10);
    expect(v.rates).toHaveLength(9);
    expect(v.lagDays).toHaveLength(9);
  });

  it('removing a middle stage combines its rates (30 % of 50 % is 15 %) and adds its days', () => {
    const v = removeStage(form({ lagDays: ['0', '3', '7', '14', '30'] }), 2); // MQLs
    expect(v.stages).toEqual(['Visits', 'Leads', 'SQLs', 'Opportunities', 'Customers']);
    expect(v.rates).toEqual(['2', '15', '40', '25']);
    expect(v.lagDays).toEqual(['0', '10', '14', '30']);
    expect(removeStage(form(), 1).rates).toEqual(['0.6', '50', '40', '25']);
    expect(removeStage(form(), 1, ',').rates[0]).toBe('0,6');
  });

  it('removing the first or last stage drops the rate at that end', () => {
    expect(removeStage(form(), 0).rates).toEqual(['30', '50', '40', '25']);
    expect(removeStage(form(), 5).rates).toEqual(['2', '30', '50', '40']);
    expect(removeStage(form(), 5).stages.at(-1)).toBe('Opportunities');
  });

  it('keeps the upper rate when the two cannot be combined, and never goes below two stages', () => {
    expect(removeStage(form({ rates: ['2', 'x', '50', '40', '25'] }), 2).rates[1]).toBe('x');
    const two = form({ stages: ['MQLs', 'Customers'], rates: ['10'], lagDays: ['0'] });
    expect(removeStage(two, 0)).toBe(two);
  });

  it('add then remove gives back the same targets', () => {
    const base = settingsOf(form());
    const added = addStage(form(), 'Demos');
    const back = removeStage(added, 5);
    expect(settingsOf(back)).toEqual(base);
  });
});
