/** What an operation costs: calls by method, flushes, harness access not counted, fault injection. */
import { describe, expect, it } from 'vitest';
import { fixture } from './helpers';

describe('call counting', () => {
  it('counts every add-on call by Kind.method and each read after a write as a flush', async () => {
    const emu = await fixture();
    emu.stats();
    expect(emu.run('writeThenRead')).toEqual([[[1], [2]], 2, 3]);
    const s = emu.stats();
    expect(s.byMethod).toEqual({
      'SpreadsheetApp.getActiveSheet': 1,
      'Sheet.getRange': 5,
      'Range.setValue': 2,
      'Range.getValues': 1,
      'Sheet.getLastRow': 1,
      'Range.setFormula': 1,
      'Range.getValue': 1,
    });
    expect(s.calls).toBe(12);
    // getValues after the two writes, getValue after setFormula; getLastRow follows a read.
    expect(s.flushes).toBe(2);
    expect(s.ms).toBeGreaterThanOrEqual(0);
    expect(emu.stats()).toEqual({ calls: 0, flushes: 0, ms: 0, byMethod: {} });
  });

  it('does not count harness access (get, set, view, addTab)', async () => {
    const emu = await fixture();
    emu.stats();
    emu.addTab('T', [['a', 1]]);
    emu.set('T!A2', '=B1*2');
    emu.get('T!A1:B2');
    emu.view();
    expect(emu.stats().calls).toBe(0);
  });

  it('flush accounting restarts with each operation; SpreadsheetApp.flush counts when writes are pending', async () => {
    const code = `function w(){ SpreadsheetApp.getActiveSheet().getRange('A1').setValue(1); }
function r(){ return SpreadsheetApp.getActiveSheet().getRange('A1').getValue(); }
function f(){ var s = SpreadsheetApp.getActiveSheet(); s.getRange('A1').setValue(2); SpreadsheetApp.flush(); SpreadsheetApp.flush(); return s.getRange('A1').getValue(); }`;
    const emu = await fixture({ code });
    emu.run('w');
    emu.run('r');
    expect(emu.stats().flushes).toBe(0);
    expect(emu.run('f')).toBe(2);
    const s = emu.stats();
    expect(s.flushes).toBe(1);
    expect(s.byMethod['SpreadsheetApp.flush']).toBe(2);
  });

  it('counts RangeList and NamedRange calls', async () => {
    const emu = await fixture();
    const app = emu.spreadsheetApp;
    const sheet = app.getActiveSheet();
    sheet.getRangeList(['A1:B2', 'D4']).setBackground('#ff0000').setFontWeight('bold');
    app.getActiveSpreadsheet().setNamedRange('X_1', sheet.getRange('A1'));
    app.getActiveSpreadsheet().getNamedRanges()[0].getRange();
    const s = emu.stats().byMethod;
    expect(s['RangeList.setBackground']).toBe(1);
    expect(s['RangeList.setFontWeight']).toBe(1);
    expect(s['Spreadsheet.setNamedRange']).toBe(1);
    expect(s['NamedRange.getRange']).toBe(1);
    expect(sheet.getRange('D4').getBackground()).toBe('#ff0000');
  });
});

describe('fault injection', () => {
  it('failNext makes the next call of that method throw, once; previous state survives', async () => {
    const emu = await fixture();
    emu.run('writeBlock', ['A1:B1', [[1, 2]]]);
    emu.failNext('setValues');
    expect(() => emu.run('writeBlock', ['A1:B1', [[3, 4]]])).toThrow(
      'Service Spreadsheets failed while accessing document with id emulated-spreadsheet.',
    );
    expect(emu.get('Sheet1!A1:B1').values).toEqual([[1, 2]]);
    expect(emu.run('writeBlock', ['A1:B1', [[5, 6]]])).toBe('ok');
    expect(emu.get('Sheet1!A1:B1').values).toEqual([[5, 6]]);
  });

  it('accepts Kind.method and a custom message', async () => {
    const emu = await fixture();
    emu.failNext('Range.getValues', 'Timed out');
    expect(() => emu.run('readBlock', ['A1'])).toThrow('Timed out');
    expect(emu.run('readBlock', ['A1'])).toEqual([['']]);
  });
});
