/** getValues types, the vm realm's Date, time zones, number formats and display values. */
import { describe, expect, it } from 'vitest';
import { fixture } from './helpers';

describe('values', () => {
  it('blanks are "", numbers, strings and booleans as written', async () => {
    const emu = await fixture();
    const r = emu.spreadsheetApp.getActiveSheet().getRange('A1:D1');
    r.setValues([[1.5, 'text', true, null]]);
    expect(r.getValues()).toEqual([[1.5, 'text', true, '']]);
    expect(emu.spreadsheetApp.getActiveSheet().getRange('Z99').getValue()).toBe('');
  });

  it("date cells come back as the vm context's Date", async () => {
    const emu = await fixture();
    emu.addTab('T', [[new Date('2026-03-05T14:22:00Z')]]);
    const facts = emu.run('dateFacts', ['T!A1']);
    // Run inside the bundle: instanceof Date holds there, and it is the context's own constructor.
    expect(facts).toEqual({ isDate: true, iso: '2026-03-05T14:22:00.000Z', sameCtor: true });
    const host = emu.spreadsheetApp.getActiveSpreadsheet().getRange('T!A1').getValue();
    expect(host instanceof Date).toBe(false);
    expect(Object.prototype.toString.call(host)).toBe('[object Date]');
  });

  it('converts through the spreadsheet time zone like Sheets', async () => {
    const emu = await fixture({ timeZone: 'America/New_York' });
    const r = emu.spreadsheetApp.getActiveSheet().getRange('A1:B1');
    r.setValues([[new Date('2026-07-15T09:00:00Z'), new Date('2026-01-15T09:00:00Z')]]);
    // Wall time in New York: 05:00 (EDT) and 04:00 (EST).
    r.setNumberFormats([['yyyy-mm-dd hh:mm', 'yyyy-mm-dd hh:mm']]);
    expect(r.getDisplayValues()).toEqual([['2026-07-15 05:00', '2026-01-15 04:00']]);
    const [[a, b]] = r.getValues() as Date[][];
    expect([a.toISOString(), b.toISOString()]).toEqual([
      '2026-07-15T09:00:00.000Z',
      '2026-01-15T09:00:00.000Z',
    ]);
    expect(emu.get('Sheet1!A1').values).toEqual([['2026-07-15T09:00:00.000Z']]);
  });

  it('a Date written to an unformatted cell gets the locale date format', async () => {
    const emu = await fixture({ locale: 'de_DE' });
    const r = emu.spreadsheetApp.getActiveSheet().getRange('A1:B1');
    r.setValues([[new Date('2026-03-05T00:00:00Z'), new Date('2026-03-05T14:22:07Z')]]);
    expect(r.getNumberFormats()).toEqual([['dd.MM.yyyy', 'dd.MM.yyyy HH:mm:ss']]);
    expect(r.getDisplayValues()).toEqual([['05.03.2026', '05.03.2026 14:22:07']]);
  });

  it('number formats drive display values and date detection', async () => {
    const emu = await fixture();
    const r = emu.spreadsheetApp.getActiveSheet().getRange('A1:G1');
    const serial = 46086.598692; // 2026-03-05 14:22:07
    r.setValues([[1234567.891, 0.1234, serial, serial, 1234.5, -1234.5, 46086]]);
    r.setNumberFormats([
      ['#,##0', '0.0%', 'yyyy-mm', 'mmm yyyy', '"$"#,##0.00', '#,##0.00;(#,##0.00)', '0'],
    ]);
    expect(r.getDisplayValues()).toEqual([
      ['1,234,568', '12.3%', '2026-03', 'Mar 2026', '$1,234.50', '(1,234.50)', '46086'],
    ]);
    const [[a, b, c, d, e]] = r.getValues();
    expect([a, b, e]).toEqual([1234567.891, 0.1234, 1234.5]);
    expect(Object.prototype.toString.call(c)).toBe('[object Date]');
    expect(Object.prototype.toString.call(d)).toBe('[object Date]');
  });

  it('unformatted cells report the Automatic format and show up to 10 significant digits', async () => {
    const emu = await fixture();
    const r = emu.spreadsheetApp.getActiveSheet().getRange('A1:C1');
    r.setValues([['=1/3', 42, '=0.1+0.2']]);
    expect(r.getNumberFormat()).toBe('0.###############');
    expect(r.getDisplayValues()).toEqual([['0.3333333333', '42', '0.3']]);
  });

  it('locale separators apply to display values', async () => {
    const emu = await fixture({ locale: 'de_DE' });
    const r = emu.spreadsheetApp.getActiveSheet().getRange('A1:B1');
    r.setValues([[1234.5, 0.25]]).setNumberFormats([['#,##0.00', '0%']]);
    expect(r.getDisplayValues()).toEqual([['1.234,50', '25%']]);
  });
});
