/**
 * Built-ins where HyperFormula disagrees with Sheets and the emulator
 * replaces them (dev/emulator/sheets-functions.ts): TODAY/NOW from the
 * emulator clock in the spreadsheet's time zone, TEXT through the
 * emulator's number formats in the spreadsheet locale.
 */
import { EmptyValue, HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../dev/emulator/index';
import { localeInfo } from '../../dev/emulator/locale';
import { sheetsText } from '../../dev/emulator/sheets-functions';
import { msToSerial, wallSerial } from '../../dev/emulator/tz';
import { fixture } from './helpers';

/** Serials (days since 1899-12-30) of the dates the tests use. */
const JUL_15 = 46218;
const JUL_16 = 46219;
const JUN_30 = 46203;
const JUL_31 = 46234;

/** Writes formulas into A1… of Sheet1. */
function put(emu: Emulator, formulas: string[]): void {
  formulas.forEach((f, i) => {
    emu.set(`Sheet1!A${i + 1}`, f);
  });
}

/** Raw serials of A1… (a number format makes getValues return numbers, not Dates). */
function serials(emu: Emulator, rows: number): number[] {
  const r = emu.spreadsheetApp.getActiveSheet().getRange(1, 1, rows, 1);
  r.setNumberFormat('0.000000');
  return r.getValues().map((line) => line[0] as number);
}

/** Serials to the millisecond (NOW() carries float noise from the time of day). */
function near(values: number[]): unknown[] {
  return values.map((v) => expect.closeTo(v, 8));
}

function display(emu: Emulator, a1: string): string[] {
  return emu.spreadsheetApp
    .getActiveSheet()
    .getRange(a1)
    .getDisplayValues()
    .map((line) => line[0]);
}

describe('TODAY() and NOW() follow the emulator clock and the spreadsheet time zone', () => {
  // 23:30 UTC on 15 July: already 16 July 01:30 in Berlin, still 15 July 16:30 in Los Angeles.
  const LATE = '2026-07-15T23:30:00Z';

  it('Europe/Berlin is already on the next day', async () => {
    const emu = await fixture({ now: LATE, timeZone: 'Europe/Berlin' });
    put(emu, ['=TODAY()', '=NOW()', '=EOMONTH(TODAY(),-1)']);
    // Harness view: date cells as instants (midnight Berlin = 22:00 UTC the day before).
    expect(emu.get('Sheet1!A1:A3').values).toEqual([
      ['2026-07-15T22:00:00.000Z'],
      ['2026-07-15T23:30:00.000Z'],
      ['2026-06-29T22:00:00.000Z'],
    ]);
    expect(display(emu, 'A1:A3')).toEqual(['7/16/2026', '7/16/2026 1:30:00', '6/30/2026']);
    expect(serials(emu, 3)).toEqual(near([JUL_16, JUL_16 + 1.5 / 24, JUN_30]));
  });

  it('America/Los_Angeles is still on the day before', async () => {
    const emu = await fixture({ now: LATE, timeZone: 'America/Los_Angeles' });
    put(emu, ['=TODAY()', '=NOW()', '=EOMONTH(TODAY(),-1)']);
    expect(emu.get('Sheet1!A1:A3').values).toEqual([
      ['2026-07-15T07:00:00.000Z'],
      ['2026-07-15T23:30:00.000Z'],
      ['2026-06-30T07:00:00.000Z'],
    ]);
    expect(display(emu, 'A1:A3')).toEqual(['7/15/2026', '7/15/2026 16:30:00', '6/30/2026']);
    expect(serials(emu, 3)).toEqual(near([JUL_15, JUL_15 + 16.5 / 24, JUN_30]));
  });

  it('EOMONTH(TODAY(),-1) across a month boundary depends on the zone', async () => {
    // 23:30 UTC on 31 July: 1 August in Berlin, 31 July in Los Angeles.
    const berlin = await fixture({ now: '2026-07-31T23:30:00Z', timeZone: 'Europe/Berlin' });
    const la = await fixture({ now: '2026-07-31T23:30:00Z', timeZone: 'America/Los_Angeles' });
    for (const emu of [berlin, la]) put(emu, ['=EOMONTH(TODAY(),-1)', '=TODAY()']);
    expect(serials(berlin, 2)).toEqual(near([JUL_31, JUL_31 + 1]));
    expect(serials(la, 2)).toEqual(near([JUN_30, JUL_31]));
  });

  it('the add-on reads them as Dates of its own realm', async () => {
    const emu = await fixture({ now: LATE, timeZone: 'Europe/Berlin' });
    const sheet = emu.spreadsheetApp.getActiveSheet();
    sheet.getRange('A1:B1').setFormulas([['=TODAY()', '=NOW()']]);
    const [today, now] = sheet.getRange('A1:B1').getValues()[0] as Date[];
    expect(Object.prototype.toString.call(today)).toBe('[object Date]');
    expect(today.toISOString()).toBe('2026-07-15T22:00:00.000Z');
    expect(now.toISOString()).toBe('2026-07-15T23:30:00.000Z');
  });

  it('setNow() recomputes them and everything that depends on them', async () => {
    const emu = await fixture({ now: LATE, timeZone: 'America/Los_Angeles' });
    put(emu, [
      '=TODAY()',
      '=NOW()',
      '=EOMONTH(TODAY(),-1)',
      '=A1+1',
      '=TEXT(NOW(),"yyyy-mm-dd hh:mm")',
    ]);
    expect(emu.get('Sheet1!A5').values).toEqual([['2026-07-15 16:30']]);
    emu.setNow('2026-08-01T07:30:00Z'); // 00:30 on 1 August in Los Angeles
    expect(emu.get('Sheet1!A5').values).toEqual([['2026-08-01 00:30']]);
    expect(serials(emu, 4)).toEqual(near([JUL_31 + 1, JUL_31 + 1 + 0.5 / 24, JUL_31, JUL_31 + 2]));
  });

  it('a new spreadsheet time zone recomputes them', async () => {
    const emu = await fixture({ now: LATE, timeZone: 'America/Los_Angeles' });
    put(emu, ['=TODAY()', '=TEXT(NOW(),"yyyy-mm-dd hh:mm")']);
    expect(emu.get('Sheet1!A2').values).toEqual([['2026-07-15 16:30']]);
    emu.spreadsheetApp.getActiveSpreadsheet().setSpreadsheetTimeZone('Europe/Berlin');
    expect(emu.get('Sheet1!A2').values).toEqual([['2026-07-16 01:30']]);
    expect(display(emu, 'A1')).toEqual(['7/16/2026']);
  });

  it('two emulators at once each keep their own clock and zone', async () => {
    const a = await fixture({ now: LATE, timeZone: 'Europe/Berlin' });
    const b = await fixture({ now: '2025-01-02T12:00:00Z', timeZone: 'America/Los_Angeles' });
    put(a, ['=TEXT(NOW(),"yyyy-mm-dd hh:mm")', '=TODAY()']);
    put(b, ['=TEXT(NOW(),"yyyy-mm-dd hh:mm")', '=TODAY()']);
    expect(a.get('Sheet1!A1').values).toEqual([['2026-07-16 01:30']]);
    expect(b.get('Sheet1!A1').values).toEqual([['2025-01-02 04:00']]);
    expect(serials(a, 2)[1]).toBe(JUL_16);
    expect(serials(b, 2)[1]).toBe(wallSerial(2025, 1, 2));

    // Moving one clock leaves the other alone.
    b.setNow('2025-03-01T20:00:00Z');
    expect(b.get('Sheet1!A1').values).toEqual([['2025-03-01 12:00']]);
    expect(a.get('Sheet1!A1').values).toEqual([['2026-07-16 01:30']]);
  });

  it('without a fixed clock they read real time', async () => {
    const emu = await fixture({ now: undefined, timeZone: 'Asia/Tokyo' });
    const before = Date.now();
    put(emu, ['=TODAY()', '=NOW()']);
    const [today, now] = serials(emu, 2);
    const after = Date.now();
    expect(now).toBeGreaterThanOrEqual(msToSerial(before, 'Asia/Tokyo') - 1e-6);
    expect(now).toBeLessThanOrEqual(msToSerial(after, 'Asia/Tokyo') + 1e-6);
    expect([
      Math.floor(msToSerial(before, 'Asia/Tokyo')),
      Math.floor(msToSerial(after, 'Asia/Tokyo')),
    ]).toContain(today);
  });

  it('leaves HyperFormula’s global function registry untouched', () => {
    const ours = HyperFormula.getAllFunctionPlugins().filter(
      (p) => (p.implementedFunctions.TODAY?.method ?? '') === 'sheetsToday',
    );
    expect(ours).toEqual([]);
  });
});

describe('TEXT() formats like Sheets', () => {
  const cases: [string, string, string][] = [
    ['1234567', '#,##0', '1,234,567'],
    ['1234567.891', '#,##0', '1,234,568'],
    ['1234567.891', '#,##0.00', '1,234,567.89'],
    ['1234.56', '0', '1235'],
    ['1234.56', '0.0', '1234.6'],
    ['-1234.56', '#,##0.00', '-1,234.56'],
    ['0.256', '0%', '26%'],
    ['0.256', '0.0%', '25.6%'],
    ['DATE(2026,3,1)', 'yyyy-mm-dd', '2026-03-01'],
    ['DATE(2026,3,1)', 'mmm yyyy', 'Mar 2026'],
    ['DATE(2026,3,1)', 'mmmm yyyy', 'March 2026'],
    ['DATE(2026,3,1)', 'dd.mm.yyyy', '01.03.2026'],
    ['DATE(2026,3,1)+TIME(14,5,0)', 'hh:mm', '14:05'],
    ['DATE(2026,3,1)+TIME(14,5,0)', 'yyyy-mm-dd hh:mm:ss', '2026-03-01 14:05:00'],
    ['"abc"', '0', 'abc'],
    ['"Q3 plan"', '#,##0.00', 'Q3 plan'],
    // A bare TRUE is #NAME? in HyperFormula (see DIFFERENCES.md); a comparison gives the boolean.
    ['1=1', '0', 'TRUE'],
  ];

  it.each(cases)('en_US: TEXT(%s, "%s") → %s', async (value, format, shown) => {
    const emu = await fixture({ locale: 'en_US' });
    emu.set('Sheet1!A1', `=TEXT(${value},"${format}")`);
    expect(emu.get('Sheet1!A1').values).toEqual([[shown]]);
  });

  it('de_DE uses the locale separators and month names (format in en_US syntax)', async () => {
    const emu = await fixture({ locale: 'de_DE' });
    put(emu, [
      '=TEXT(1234567,"#,##0")',
      '=TEXT(1234567.891,"#,##0.00")',
      '=TEXT(1234.56,"0.0")',
      '=TEXT(0.256,"0.0%")',
      '=TEXT(DATE(2026,3,1),"mmmm yyyy")',
      '=TEXT(DATE(2026,3,1),"dd.mm.yyyy")',
    ]);
    expect(emu.get('Sheet1!A1:A6').values).toEqual([
      ['1.234.567'],
      ['1.234.567,89'],
      ['1234,6'],
      ['25,6%'],
      ['März 2026'],
      ['01.03.2026'],
    ]);
  });

  it('reads cells, returns text, propagates errors', async () => {
    const emu = await fixture();
    const sheet = emu.spreadsheetApp.getActiveSheet();
    sheet.getRange('A1:A2').setValues([[1234567], ['2026-03-01']]);
    sheet
      .getRange('B1:B4')
      .setFormulas([
        ['=TEXT(A1,"#,##0")'],
        ['=TEXT(A2,"mmm yyyy")'],
        ['=ISTEXT(TEXT(A1,"0"))'],
        ['=TEXT(1/0,"0")'],
      ]);
    expect(sheet.getRange('B1:B4').getValues()).toEqual([
      ['1,234,567'],
      ['Mar 2026'],
      [true],
      ['#DIV/0!'],
    ]);
  });

  it('a new spreadsheet locale recomputes TEXT()', async () => {
    const emu = await fixture({ locale: 'en_US' });
    emu.set('Sheet1!A1', '=TEXT(1234567.5,"#,##0.00")');
    expect(emu.get('Sheet1!A1').values).toEqual([['1,234,567.50']]);
    emu.spreadsheetApp.getActiveSpreadsheet().setSpreadsheetLocale('de_DE');
    expect(emu.get('Sheet1!A1').values).toEqual([['1.234.567,50']]);
  });

  it('sheetsText: text that reads as a number, blanks, empty formats', () => {
    const en = localeInfo('en_US');
    const de = localeInfo('de_DE');
    expect(sheetsText('1234.5', '#,##0.00', en)).toBe('1,234.50');
    expect(sheetsText('1234,5', '#,##0.00', de)).toBe('1.234,50');
    expect(sheetsText('2026-03-01', 'mmm yyyy', en)).toBe('Mar 2026');
    expect(sheetsText(EmptyValue, '0.0', en)).toBe('0.0');
    expect(sheetsText(12, '', en)).toBe('');
    expect(sheetsText('abc', '', en)).toBe('abc');
    expect(sheetsText(1234.5, '0.0', de)).toBe('1234,5');
  });
});
