/** What the playground stores when a user types into a cell (dev/playground/typed-input.ts). */
import { describe, expect, it } from 'vitest';
import { parseTyped } from '../../dev/playground/typed-input';

describe('parseTyped', () => {
  it('keeps formulas and text, clears on empty', () => {
    expect(parseTyped('=1+1', 'en_US')).toBe('=1+1');
    expect(parseTyped('Lead', 'en_US')).toBe('Lead');
    expect(parseTyped("'0042", 'en_US')).toBe("'0042");
    expect(parseTyped('', 'en_US')).toBeNull();
  });

  it('reads numbers, grouping and percent in the spreadsheet locale', () => {
    expect(parseTyped('1,250.5', 'en_US')).toBe(1250.5);
    expect(parseTyped('-12', 'en_US')).toBe(-12);
    expect(parseTyped('30%', 'en_US')).toBe(0.3);
    expect(parseTyped('1.250,5', 'de_DE')).toBe(1250.5);
    expect(parseTyped('0,3', 'de_DE')).toBe(0.3);
    // Misplaced groups are text, as in Sheets.
    expect(parseTyped('12,34', 'en_US')).toBe('12,34');
  });

  it('reads TRUE/FALSE in any case', () => {
    expect(parseTyped('true', 'en_US')).toBe(true);
    expect(parseTyped('FALSE', 'en_US')).toBe(false);
  });
});
