import { describe, expect, it } from 'vitest';
import { cellText, isBlankCell, isWonCell, parseAmountCell } from '../../src/core/actuals/cells';

describe('parseAmountCell', () => {
  it.each([
    [24000, 24000],
    [0, 0],
    ['24000', 24000],
    ['24,000', 24000],
    ['24.000', 24000],
    ['1,234,567.89', 1234567.89],
    ['1.234.567,89', 1234567.89],
    ['$24,000.00', 24000],
    ['€ 1.234,50', 1234.5],
    ['1 234,50 zł', 1234.5],
    ['Rp 1.500.000', 1500000],
    ["CHF 12'500.00", 12500],
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['0.125', 0.125],
    ['USD 99', 99],
  ])('%s → %s', (input, expected) => {
    expect(parseAmountCell(input)).toBe(expected);
  });

  it.each([
    [-5],
    ['-75'],
    ['(500)'],
    ['abc'],
    ['12abc34'],
    ['1.2.3,4,5'],
    [true],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
  ])('%s is not an amount', (input) => {
    expect(parseAmountCell(input)).toBeNaN();
  });

  it('blank is no amount', () => {
    expect(parseAmountCell('')).toBeNull();
    expect(parseAmountCell('  ')).toBeNull();
    expect(parseAmountCell(null)).toBeNull();
    expect(parseAmountCell(undefined)).toBeNull();
  });
});

describe('isWonCell', () => {
  it.each([[true], [1], ['TRUE'], ['yes'], ['Won'], ['Closed Won'], ['1'], [' x ']])(
    '%s is won',
    (v) => {
      expect(isWonCell(v)).toBe(true);
    },
  );
  it.each([[false], [0], ['FALSE'], ['lost'], ['open'], [''], [null], ['Closed Lost']])(
    '%s is not won',
    (v) => {
      expect(isWonCell(v)).toBe(false);
    },
  );
});

describe('cellText and isBlankCell', () => {
  it('renders values for reports', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(12)).toBe('12');
    expect(cellText('=1+1')).toBe('=1+1');
    expect(cellText(new Date(Date.UTC(2026, 2, 5, 13, 22)))).toBe('2026-03-05T13:22:00.000Z');
    expect(cellText(new Date(Number.NaN))).toBe('Invalid Date');
  });
  it('blank means empty or whitespace only', () => {
    expect([undefined, null, '', '  \t'].every(isBlankCell)).toBe(true);
    expect([0, false, 'x'].some(isBlankCell)).toBe(false);
  });
});
