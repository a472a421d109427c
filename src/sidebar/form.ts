/**
 * The sidebar form as data: what the inputs hold (strings, percentages as
 * typed) ⇄ the settings the server accepts. Pure: no DOM, so every rule the
 * form follows is unit-tested. The schema in api/settings.ts stays the one
 * judge of valid settings; this module only turns text into numbers and
 * phrases percentage ranges the way the user typed them.
 */
import { type MessageKey, t } from '../api/messages';
import {
  AGREEMENT_KEYS,
  type Agreement,
  DEFAULT_RATES,
  DEFAULT_STAGES,
  defaultAgreement,
  defaultReviewDate,
  type FieldError,
  MAX_MONTHS,
  MAX_STAGES,
  type SettingsInput,
  type Validation,
  validateSettings,
} from '../api/settings';
import {
  clean,
  decimalSeparator,
  formatGrouped,
  formatPercent,
  parseNumber,
  parsePercent,
  percentToRate,
  plain,
} from './numbers';

export type ShapeKind = 'even' | 'growth' | 'weights';
export const SHAPE_KINDS: ShapeKind[] = ['even', 'growth', 'weights'];

/** Common currencies offered in the select; any other 3-letter ISO code can be typed. */
export const CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'PLN',
  'SEK',
  'NOK',
  'DKK',
  'IDR',
  'CNY',
  'JPY',
  'INR',
  'SGD',
  'AUD',
  'CAD',
  'BRL',
];

/** Everything the inputs hold, as typed. */
export interface FormValues {
  /** `YYYY-MM` from `<input type=month>`. */
  periodStart: string;
  months: string;
  /** `YYYY-MM-DD`; follows the period until the user edits it. */
  reviewDate: string;
  reviewEdited: boolean;
  revenueGoal: string;
  currency: string;
  dealSize: string;
  stages: string[];
  /** Percent between stage i and i + 1: one fewer than stages. */
  rates: string[];
  /** Days from stage i to i + 1: one fewer than stages. */
  lagDays: string[];
  shape: ShapeKind;
  /** Growth per month in percent. */
  growth: string;
  /** One weight per month (kept for every shape, so switching back loses nothing). */
  weights: string[];
  /** Percent. */
  tolerance: string;
  followUpHours: string;
  minTouches: string;
  feedbackDays: string;
  agreement: Agreement;
}

type Decimal = '.' | ',';

/** The form for saved (or default) settings in the spreadsheet's locale; rates become percentages. */
export function fromSettings(s: Partial<SettingsInput>, locale = 'en'): FormValues {
  const decimal = decimalSeparator(locale);
  const stages = s.stages?.length ? [...s.stages] : [...DEFAULT_STAGES];
  const gaps = stages.length - 1;
  const rates = padTo(s.rates ?? DEFAULT_RATES, gaps, 1);
  const lags = padTo(s.lagDays ?? [], gaps, 0);
  const periodStart = s.periodStart ?? '';
  const months = s.months ?? 12;
  const halfway = periodStart ? defaultReviewDate(periodStart, months) : '';
  const shape = s.shape ?? { kind: 'even' as const };
  const weights =
    shape.kind === 'weights' ? shape.weights.map((w) => plain(w, decimal)) : ones(months);
  const num = (x: number | undefined, fallback: number) => plain(x ?? fallback, decimal);
  return {
    periodStart,
    months: String(months),
    reviewDate: s.reviewDate ?? halfway,
    reviewEdited: s.reviewDate !== undefined && s.reviewDate !== halfway,
    revenueGoal: s.revenueGoal === undefined ? '' : formatGrouped(s.revenueGoal, locale),
    currency: s.currency ?? 'EUR',
    dealSize: s.dealSize === undefined ? '' : formatGrouped(s.dealSize, locale),
    stages,
    rates: rates.map((r) => formatPercent(r, decimal)),
    lagDays: lags.map((d) => plain(d, decimal)),
    shape: shape.kind,
    growth: shape.kind === 'growth' ? formatPercent(shape.rate, decimal) : '5',
    weights: resize(weights, clampMonths(months), '1'),
    tolerance: formatPercent(s.tolerance ?? 0.1, decimal),
    followUpHours: num(s.followUpHours, 24),
    minTouches: num(s.minTouches, 5),
    feedbackDays: num(s.feedbackDays, 5),
    agreement: { ...defaultAgreement(), ...definedOnly(s.agreement ?? {}) },
  };
}

function definedOnly(o: Partial<Agreement>): Partial<Agreement> {
  const out: Partial<Agreement> = {};
  for (const k of AGREEMENT_KEYS) if (typeof o[k] === 'string') out[k] = o[k];
  return out;
}

function padTo(xs: readonly number[], n: number, fill: number): number[] {
  return Array.from({ length: n }, (_, i) => xs[i] ?? fill);
}

function ones(n: number): string[] {
  return Array.from({ length: clampMonths(n) }, () => '1');
}

function resize(xs: string[], n: number, fill: string): string[] {
  return Array.from({ length: n }, (_, i) => xs[i] ?? fill);
}

function clampMonths(n: number): number {
  return Number.isInteger(n) ? Math.min(MAX_MONTHS, Math.max(1, n)) : 12;
}

/** The month count the form shows a weights grid for (the typed count when usable, else 12). */
export function monthCount(v: FormValues): number {
  const n = parseNumber(v.months, { grouping: false });
  return n !== null && Number.isInteger(n) ? clampMonths(n) : v.weights.length || 12;
}

/**
 * After the period changed: one weight per month (existing ones kept), and
 * the review date back at halfway unless the user chose one.
 */
export function followPeriod(v: FormValues): FormValues {
  const months = monthCount(v);
  const out = { ...v, weights: resize(v.weights, months, '1') };
  const n = parseNumber(v.months, { grouping: false });
  const validMonths = n !== null && Number.isInteger(n) && n >= 1 && n <= MAX_MONTHS;
  if (!v.reviewEdited && /^\d{4}-(0[1-9]|1[0-2])$/.test(v.periodStart) && validMonths)
    out.reviewDate = defaultReviewDate(v.periodStart, n);
  return out;
}

/** The review date field was edited: a blank one goes back to following the period. */
export function editReviewDate(v: FormValues, date: string): FormValues {
  if (!date) return followPeriod({ ...v, reviewDate: '', reviewEdited: false });
  return { ...v, reviewDate: date, reviewEdited: true };
}

/**
 * Adds a stage above the last one (the won deals). The rate into it is 100 %
 * and the rate out of it is the old last rate, so the targets stay the same
 * until the user enters real numbers.
 */
export function addStage(v: FormValues, name = ''): FormValues {
  const n = v.stages.length;
  if (n >= MAX_STAGES || n < 1) return v;
  const stages = [...v.stages.slice(0, n - 1), name, v.stages[n - 1]];
  if (n === 1) return { ...v, stages, rates: ['100'], lagDays: ['0'] };
  const rates = [...v.rates.slice(0, n - 2), '100', v.rates[n - 2]];
  const lagDays = [...v.lagDays.slice(0, n - 2), v.lagDays[n - 2], '0'];
  return { ...v, stages, rates, lagDays };
}

/**
 * Removes stage `i`. A middle stage's two rates combine into one (30 % of
 * 50 % is 15 %) and its days add up, so the stages around it keep their
 * targets; the first or last stage takes its one rate with it.
 */
export function removeStage(v: FormValues, i: number, decimal: Decimal = '.'): FormValues {
  const n = v.stages.length;
  if (n <= 2 || i < 0 || i >= n) return v;
  const stages = v.stages.filter((_, k) => k !== i);
  if (i === 0 || i === n - 1) {
    const gap = i === 0 ? 0 : n - 2;
    return {
      ...v,
      stages,
      rates: v.rates.filter((_, k) => k !== gap),
      lagDays: v.lagDays.filter((_, k) => k !== gap),
    };
  }
  const [upper, lower] = [parsePercent(v.rates[i - 1], decimal), parsePercent(v.rates[i], decimal)];
  const rate =
    upper !== null && lower !== null && Number.isFinite(upper) && Number.isFinite(lower)
      ? plain(clean((upper * lower) / 100), decimal)
      : v.rates[i - 1];
  const [d1, d2] = [v.lagDays[i - 1], v.lagDays[i]].map((d) =>
    parseNumber(d, { decimal, grouping: false }),
  );
  const days =
    d1 !== null && d2 !== null && Number.isFinite(d1) && Number.isFinite(d2)
      ? plain(d1 + d2, decimal)
      : v.lagDays[i - 1];
  const merge = (xs: string[], x: string) => [...xs.slice(0, i - 1), x, ...xs.slice(i + 1)];
  return { ...v, stages, rates: merge(v.rates, rate), lagDays: merge(v.lagDays, days) };
}

/** The settings payload the inputs describe, plus the problems found reading the text. */
export interface Draft {
  input: SettingsInput;
  errors: FieldError[];
}

/** The label a message starts with, like the schema's ("Conversion rate #3"). */
export function fieldName(field: string, lang = 'en'): string {
  const [head, ...rest] = field.split('.');
  if (field === 'shape.rate') return t('sidebar.shape.growthRate', undefined, lang);
  if (head === 'tolerance') return t('sidebar.field.tolerance', undefined, lang);
  const base = t(`settings.field.${head}` as MessageKey, undefined, lang);
  const tail = rest.map((p) => (/^\d+$/.test(p) ? `#${Number(p) + 1}` : p));
  return [base, ...tail].join(' ');
}

/** Reads the inputs into a settings payload. Blank or unreadable numbers become errors (and NaN). */
export function toDraft(v: FormValues, decimal: Decimal = '.', lang = 'en'): Draft {
  const errors: FieldError[] = [];
  const fail = (field: string, key: MessageKey, params: Record<string, string | number> = {}) => {
    errors.push({ field, message: t(key, { field: fieldName(field, lang), ...params }, lang) });
    return Number.NaN;
  };
  const read = (field: string, text: string, grouping = false): number => {
    const n = parseNumber(text, { decimal, grouping });
    if (n === null) return fail(field, 'settings.err.required');
    if (Number.isNaN(n)) return fail(field, 'settings.err.number');
    return n;
  };
  /** A percentage within [min, max] (or (0, max] with `aboveZero`) → a rate. */
  const percent = (field: string, text: string, min: number, max: number, aboveZero = false) => {
    const p = parsePercent(text, decimal);
    if (p === null) return fail(field, 'settings.err.required');
    if (Number.isNaN(p)) return fail(field, 'settings.err.number');
    if (aboveZero ? p <= 0 || p > max : p < min || p > max)
      return fail(field, aboveZero ? 'sidebar.err.rate' : 'sidebar.err.percent', { min, max });
    return percentToRate(p);
  };

  const months = read('months', v.months);
  const shape: SettingsInput['shape'] =
    v.shape === 'growth'
      ? { kind: 'growth', rate: percent('shape.rate', v.growth, -50, 100) }
      : v.shape === 'weights'
        ? { kind: 'weights', weights: v.weights.map((w, i) => read(`shape.weights.${i}`, w)) }
        : { kind: 'even' };
  const input: SettingsInput = {
    periodStart: v.periodStart.trim(),
    months,
    reviewDate: v.reviewDate.trim() || undefined,
    revenueGoal: read('revenueGoal', v.revenueGoal, true),
    currency: v.currency.trim().toUpperCase(),
    dealSize: read('dealSize', v.dealSize, true),
    stages: v.stages.map((s) => s.trim()),
    rates: v.rates.map((r, i) => percent(`rates.${i}`, r, 0, 100, true)),
    lagDays: v.lagDays.map((d, i) => read(`lagDays.${i}`, d)),
    shape,
    tolerance: percent('tolerance', v.tolerance, 0, 50),
    followUpHours: read('followUpHours', v.followUpHours),
    minTouches: read('minTouches', v.minTouches),
    feedbackDays: read('feedbackDays', v.feedbackDays),
    agreement: { ...v.agreement },
  };
  return { input, errors };
}

/**
 * The form through the one schema: complete settings, or every problem by
 * field. Reading errors (blank, not a number, percentage out of range) win
 * over the schema's message for the same field.
 */
export function validateForm(v: FormValues, decimal: Decimal = '.', lang = 'en'): Validation {
  const { input, errors } = toDraft(v, decimal, lang);
  const checked = validateSettings(input, lang);
  if (errors.length === 0) return checked;
  const mine = new Set(errors.map((e) => e.field));
  const rest = checked.ok ? [] : checked.errors.filter((e) => !mine.has(e.field));
  return { ok: false, errors: [...errors, ...rest] };
}
