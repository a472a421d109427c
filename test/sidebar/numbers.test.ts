import { describe, expect, it } from 'vitest';
import {
  decimalSeparator,
  formatGrouped,
  formatPercent,
  parseNumber,
  parsePercent,
  percentToRate,
} from '../../src/sidebar/numbers';

describe('parseNumber: numbers as international teams type them', () => {
  it('reads plain numbers, blanks as null and text as NaN', () => {
    expect(parseNumber('24000')).toBe(24000);
    expect(parseNumber(' 12.5 ')).toBe(12.5);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('   ')).toBeNull();
    expect(parseNumber('abc')).toBeNaN();
    expect(parseNumber('12abc')).toBeNaN();
    expect(parseNumber('1e5')).toBeNaN();
  });

  it('reads digit grouping in the usual forms', () => {
    expect(parseNumber('1,200,000')).toBe(1_200_000);
    expect(parseNumber('1.200.000', { decimal: ',' })).toBe(1_200_000);
    expect(parseNumber('1 200 000')).toBe(1_200_000);
    expect(parseNumber('1\u202f200\u202f000,5', { decimal: ',' })).toBe(1_200_000.5);
    expect(parseNumber('1’200’000')).toBe(1_200_000);
    expect(parseNumber('12,00,000')).toBe(1_200_000); // India
    expect(parseNumber('1,200,000.75')).toBe(1_200_000.75);
    expect(parseNumber('1.200.000,75')).toBe(1_200_000.75);
  });

  it('a lone separator before three digits is grouping only when it is not the decimal one', () => {
    expect(parseNumber('24,000', { decimal: '.' })).toBe(24000);
    expect(parseNumber('24.000', { decimal: ',' })).toBe(24000);
    expect(parseNumber('24,000', { decimal: ',' })).toBe(24);
    expect(parseNumber('24.5', { decimal: ',' })).toBe(24.5);
    expect(parseNumber('30,5', { decimal: '.' })).toBe(30.5);
  });

  it('without grouping (percentages, days) a separator is always decimal', () => {
    expect(parseNumber('0,025', { grouping: false })).toBe(0.025);
    expect(parseNumber('1,000', { grouping: false })).toBe(1);
    expect(parseNumber('1,000,000', { grouping: false })).toBeNaN();
  });

  it('rejects malformed grouping', () => {
    expect(parseNumber('1,20,0')).toBeNaN();
    expect(parseNumber('1.5,3')).toBeNaN();
    expect(parseNumber('1,2.3,4')).toBeNaN();
  });
});

describe('percentages', () => {
  it('accepts "30", "30%", "30 %", "30,5" and "2.5"', () => {
    expect(parsePercent('30')).toBe(30);
    expect(parsePercent('30%')).toBe(30);
    expect(parsePercent(' 30 % ')).toBe(30);
    expect(parsePercent('30,5')).toBe(30.5);
    expect(parsePercent('2.5')).toBe(2.5);
    expect(parsePercent('2,5', ',')).toBe(2.5);
    expect(parsePercent('')).toBeNull();
    expect(parsePercent('%')).toBeNull();
    expect(parsePercent('thirty')).toBeNaN();
  });

  it('turns percentages into the exact decimal a person means', () => {
    expect(percentToRate(30)).toBe(0.3);
    expect(percentToRate(2)).toBe(0.02);
    expect(percentToRate(30.5)).toBe(0.305);
    expect(percentToRate(7)).toBe(0.07);
  });

  it('formats rates back without float noise, in the locale', () => {
    expect(formatPercent(0.3)).toBe('30');
    expect(formatPercent(0.07)).toBe('7'); // 0.07 * 100 is 7.000000000000001
    expect(formatPercent(0.025)).toBe('2.5');
    expect(formatPercent(0.025, ',')).toBe('2,5');
    expect(formatPercent(0.305)).toBe('30.5');
    for (let p = 1; p <= 100; p++) expect(formatPercent(percentToRate(p))).toBe(String(p));
  });
});

describe('locale', () => {
  it('finds the decimal separator of a spreadsheet locale', () => {
    expect(decimalSeparator('en_US')).toBe('.');
    expect(decimalSeparator('de_DE')).toBe(',');
    expect(decimalSeparator('pl_PL')).toBe(',');
    expect(decimalSeparator('zh_CN')).toBe('.');
    expect(decimalSeparator('nonsense!!')).toBe('.');
  });

  it('groups money for display, and what it shows reads back', () => {
    for (const locale of ['en_US', 'de_DE', 'fr_FR', 'de_CH', 'en_IN', 'pl_PL', 'fi_FI', 'ar_EG']) {
      const shown = formatGrouped(1_200_000.5, locale);
      expect(shown).toMatch(/^[0-9.,\s\u00a0\u202f’']+$/);
      expect(parseNumber(shown, { decimal: decimalSeparator(locale) })).toBe(1_200_000.5);
    }
    expect(formatGrouped(24000, 'en_US')).toBe('24,000');
  });
});
