/** Number formats → display strings, per locale. */
import { describe, expect, it } from 'vitest';
import { localeInfo } from '../../dev/emulator/locale';
import { formatValue, isDateFormat } from '../../dev/emulator/number-format';
import { wallSerial } from '../../dev/emulator/tz';

const en = localeInfo('en_US');
const de = localeInfo('de_DE');
const when = wallSerial(2026, 3, 5, 14, 22, 7);

describe('number formats', () => {
  it.each([
    [1234567.891, '#,##0', '1,234,568'],
    [1234.5, '#,##0.00', '1,234.50'],
    [0.1234, '0.0%', '12.3%'],
    [1234.5, '"$"#,##0.00', '$1,234.50'],
    [-1234.5, '#,##0.00;(#,##0.00)', '(1,234.50)'],
    [0, '0.00;-0.00;"zero"', 'zero'],
    [-5, '0', '-5'],
    [-0.0001, '0.00', '0.00'],
    [1500000, '#,##0,"k"', '1,500k'],
    [42, '000', '042'],
    [1234.5678, '0.00E+00', '1.23E+03'],
    [when, 'yyyy-mm', '2026-03'],
    [when, 'mmm yyyy', 'Mar 2026'],
    [when, 'mmmm d, yyyy', 'March 5, 2026'],
    [when, 'yyyy-MM-dd HH:mm:ss', '2026-03-05 14:22:07'],
    [when, 'h:mm am/pm', '2:22 PM'],
    [when, 'ddd', 'Thu'],
    [1 / 3, '0.###############', '0.3333333333'],
    [30.000000000000004, '0.###############', '30'],
    [1e20, '0.###############', '1E+20'],
  ])('%s with %s → %s', (value, fmt, shown) => {
    expect(formatValue(value, fmt, en)).toBe(shown);
  });

  it('uses the locale separators and names', () => {
    expect(formatValue(1234567.891, '#,##0.00', de)).toBe('1.234.567,89');
    expect(formatValue(1234.5, '[$€]#,##0.00', de)).toBe('€1.234,50');
    expect(formatValue(when, 'dd.MM.yyyy', de)).toBe('05.03.2026');
    expect(formatValue(when, 'mmmm', de)).toBe('März');
  });

  it('text, booleans and the text section', () => {
    expect(formatValue('abc', '0.00', en)).toBe('abc');
    expect(formatValue('abc', '0;0;0;"<"@">"', en)).toBe('<abc>');
    expect(formatValue(true, '0', en)).toBe('TRUE');
  });

  it('detects date formats (minutes vs months, quoted text, elapsed time)', () => {
    expect(
      ['yyyy-mm-dd', 'hh:mm', 'mmm yyyy', '[h]:mm', 'M/d/yyyy H:mm:ss'].map(isDateFormat),
    ).toEqual([true, true, true, true, true]);
    expect(
      ['#,##0', '0.0%', '"days"0', '0.00E+00', '0.###############', '@'].map(isDateFormat),
    ).toEqual([false, false, false, false, false, false]);
  });
});
