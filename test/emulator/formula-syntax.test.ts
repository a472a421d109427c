/**
 * Formulas typed in the locale's syntax, as Sheets accepts them: the README's
 * examples in both forms. In comma-decimal locales `;` separates arguments
 * and `\` array columns (https://www.benlcollins.com/spreadsheets/sheets-location/);
 * in point-decimal locales Sheets corrects a typed `;` to `,`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { typedToCanonical } from '../../dev/emulator/formula-syntax';
import { createEmulator, type Emulator } from '../../dev/emulator/index';

let emu: Emulator | undefined;
afterEach(() => emu?.close());

describe('typedToCanonical', () => {
  it('turns the comma-decimal syntax into the canonical one', () => {
    expect(typedToCanonical('=REQUIRED_MQLS(A1;B1;C1:C3)', ',')).toBe(
      '=REQUIRED_MQLS(A1,B1,C1:C3)',
    );
    expect(typedToCanonical('=X(1200000;24000;{50%\\40%\\25%})', ',')).toBe(
      '=X(1200000,24000,{50%,40%,25%})',
    );
    expect(typedToCanonical('=ROUND(2,5;0)', ',')).toBe('=ROUND(2.5,0)');
    expect(typedToCanonical('={1\\2;3\\4}', ',')).toBe('={1,2;3,4}');
  });

  it('leaves text and sheet names alone', () => {
    expect(typedToCanonical('=CONCAT("a;b\\c 1,5";\'Q1;2\'!A1)', ',')).toBe(
      '=CONCAT("a;b\\c 1,5",\'Q1;2\'!A1)',
    );
  });

  it('corrects `;` between arguments in point-decimal locales, as Sheets does', () => {
    expect(typedToCanonical('=REQUIRED_MQLS(A1;B1;C1:C3)', '.')).toBe(
      '=REQUIRED_MQLS(A1,B1,C1:C3)',
    );
    expect(typedToCanonical('={1,2;3,4}', '.')).toBe('={1,2;3,4}');
  });
});

describe('the README example typed in each syntax', () => {
  it.each([
    ['en_US', '=REQUIRED_MQLS(A1, B1, C1:C3)'],
    ['de_DE', '=REQUIRED_MQLS(A1;B1;C1:C3)'],
    ['pl_PL', '=REQUIRED_MQLS(A1;B1;C1:C3)'],
    ['de_DE', '=REQUIRED_MQLS(1200000;24000;{50%\\40%\\25%})'],
    ['en_US', '=REQUIRED_MQLS(1200000, 24000, {50%, 40%, 25%})'],
  ])('%s: %s → 1,000 MQLs', async (locale, formula) => {
    emu = await createEmulator({ locale });
    emu.set('Sheet1!A1', 1200000);
    emu.set('Sheet1!B1', 24000);
    emu.set('Sheet1!C1', 0.5);
    emu.set('Sheet1!C2', 0.4);
    emu.set('Sheet1!C3', 0.25);
    emu.type('Sheet1!D1', formula);
    expect(emu.get('Sheet1!D1').values).toEqual([[1000]]);
  });
});
