/** Formula evaluation through HyperFormula: recompute, names, structure, custom functions. */
import { describe, expect, it } from 'vitest';
import { fixture } from './helpers';

describe('formulas', () => {
  it('recompute after a write, also in harness access', async () => {
    const emu = await fixture();
    const sheet = emu.spreadsheetApp.getActiveSheet();
    sheet.getRange('A1:B3').setValues([
      [1, '=SUM(A1:A3)'],
      [2, '=A2*10'],
      [3, '=B1/B2'],
    ]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[6], [20], [0.3]]);
    emu.set('Sheet1!A1', 10);
    expect(emu.get('Sheet1!B1:B3').values).toEqual([[15], [20], [0.75]]);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A1:A3)');
  });

  it('errors come back as their codes and show their message in the view', async () => {
    const emu = await fixture();
    const r = emu.spreadsheetApp.getActiveSheet().getRange('A1:D1');
    r.setFormulas([['=1/0', '=NOPE(1)', '=Missing!A1', '=SUM(1']]);
    expect(r.getValues()).toEqual([['#DIV/0!', '#NAME?', '#REF!', '#ERROR!']]);
    expect(r.getDisplayValues()).toEqual([['#DIV/0!', '#NAME?', '#REF!', '#ERROR!']]);
  });

  it('full precision values (no display rounding)', async () => {
    const emu = await fixture();
    emu.set('Sheet1!A1', '=1/3');
    emu.set('Sheet1!A2', '=21/0.7');
    expect(emu.get('Sheet1!A1:A2').values).toEqual([[1 / 3], [21 / 0.7]]);
  });

  it('named ranges are visible to formulas, follow renames and row inserts', async () => {
    const emu = await fixture();
    const ss = emu.spreadsheetApp.getActiveSpreadsheet();
    const plan = ss.insertSheet('Plan');
    plan.getRange('B2').setValue(1200000);
    ss.setNamedRange('SLA_Goal', plan.getRange('B2'));
    const calc = ss.getSheetByName('Sheet1')!;
    calc.getRange('A1').setFormula('=SLA_Goal/24000');
    expect(calc.getRange('A1').getValue()).toBe(50);

    plan.insertRowsBefore(1, 3);
    expect(ss.getRangeByName('SLA_Goal')!.getA1Notation()).toBe('B5');
    plan.getRange('B5').setValue(2400000);
    expect(calc.getRange('A1').getValue()).toBe(100);

    ss.getNamedRanges()[0].setName('Revenue2026');
    expect(calc.getRange('A1').getFormula()).toBe('=Revenue2026/24000');
    expect(calc.getRange('A1').getValue()).toBe(100);
  });

  it('references shift with inserted/deleted rows and renamed tabs', async () => {
    const emu = await fixture();
    const ss = emu.spreadsheetApp.getActiveSpreadsheet();
    const data = ss.insertSheet('Data');
    data.getRange('A1:A3').setValues([[1], [2], [3]]);
    const sheet1 = ss.getSheetByName('Sheet1')!;
    sheet1.getRange('A1').setFormula('=SUM(Data!A1:A3)');
    data.insertRowsBefore(1, 2);
    expect(sheet1.getRange('A1').getFormula()).toBe('=SUM(Data!A3:A5)');
    data.setName('Source data');
    expect(sheet1.getRange('A1').getFormula()).toBe("=SUM('Source data'!A3:A5)");
    data.deleteRow(3);
    expect(sheet1.getRange('A1').getValue()).toBe(5);
  });

  it('a tab no formula mentions stays out of HyperFormula until one does', async () => {
    const emu = await fixture();
    emu.addCsvTab('CRM', 'id,amount\n1,10\n2,32\n');
    const crm = emu.doc.sheetByName('CRM')!;
    expect(emu.doc.engine.isMaterialized(crm)).toBe(false);
    emu.set('Sheet1!A1', '=SUM(CRM!B:B)');
    expect(emu.doc.engine.isMaterialized(crm)).toBe(true);
    expect(emu.get('Sheet1!A1').values).toEqual([[42]]);
  });

  it('custom functions from the bundle compute', async () => {
    const code = `/**
 * Doubles.
 * @param {number} x A number.
 * @return Twice x.
 * @customfunction
 */
function TWICE(x) { return Array.isArray(x) ? x.map(function (r) { return r.map(function (v) { return v * 2; }); }) : x * 2; }`;
    const emu = await fixture({ code });
    const sheet = emu.spreadsheetApp.getActiveSheet();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=TWICE(21)');
    expect(sheet.getRange('B1').getValue()).toBe(42);
  });

  it('DATE() results read back as Dates with the locale date format', async () => {
    const emu = await fixture({ timeZone: 'Europe/Berlin' });
    const r = emu.spreadsheetApp.getActiveSheet().getRange('A1');
    r.setFormula('=DATE(2026,3,5)');
    const v = r.getValue() as Date;
    expect(v.toISOString()).toBe('2026-03-04T23:00:00.000Z');
    expect(r.getDisplayValue()).toBe('3/5/2026');
  });
});
