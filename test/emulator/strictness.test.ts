/** Google's strictness, reproduced: each rule with the message Apps Script gives. */
import { describe, expect, it } from 'vitest';
import { fixture, thrown } from './helpers';

describe('range addressing', () => {
  it('rejects row or column 0, zero sizes and ranges past the sheet', async () => {
    const app = (await fixture()).spreadsheetApp;
    const sheet = app.getActiveSheet();
    expect(thrown(() => sheet.getRange(0, 1))).toBe('The starting row of the range is too small.');
    expect(thrown(() => sheet.getRange(1, 0))).toBe(
      'The starting column of the range is too small.',
    );
    expect(thrown(() => sheet.getRange(1, 1, 0, 1))).toBe(
      'The number of rows in the range must be at least 1.',
    );
    expect(thrown(() => sheet.getRange(1, 1, 1, 0))).toBe(
      'The number of columns in the range must be at least 1.',
    );
    expect(thrown(() => sheet.getRange(1000, 1, 2, 1))).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(thrown(() => sheet.getRange(1, 27))).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
  });

  it('rejects bad A1 notation with "Range not found"', async () => {
    const sheet = (await fixture()).spreadsheetApp.getActiveSheet();
    for (const bad of [
      '',
      'A0',
      '1A',
      'A',
      '5',
      'A1:',
      'AAAA1',
      'A1:B2:C3',
      'Nope!A1',
      'A1001',
      'AA1',
    ]) {
      expect(
        thrown(() => sheet.getRange(bad)),
        bad,
      ).toBe('Range not found');
    }
  });

  it('accepts the A1 forms Sheets accepts and gives them back', async () => {
    const app = (await fixture()).spreadsheetApp;
    const sheet = app.getActiveSpreadsheet().insertSheet('My tab');
    const cases: [string, string, number, number, number, number][] = [
      ['b3', 'B3', 3, 2, 1, 1],
      ['$B$3:$D$9', 'B3:D9', 3, 2, 7, 3],
      ['D9:B3', 'B3:D9', 3, 2, 7, 3],
      ['A:C', 'A:C', 1, 1, 1000, 3],
      ['2:5', '2:5', 2, 1, 4, 26],
      ['A2:C', 'A2:C', 2, 1, 999, 3],
      ["'My tab'!C4", 'C4', 4, 3, 1, 1],
    ];
    for (const [a1, back, row, col, rows, cols] of cases) {
      const r = sheet.getRange(a1);
      expect(
        [r.getA1Notation(), r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()],
        a1,
      ).toEqual([back, row, col, rows, cols]);
    }
    expect(app.getActiveSpreadsheet().getRange("'My tab'!A1:B2").getSheet().getName()).toBe(
      'My tab',
    );
  });
});

describe('dimension checks', () => {
  it('setValues / setFormulas / setNumberFormats / setBackgrounds need the exact shape', async () => {
    const range = (await fixture()).spreadsheetApp.getActiveSheet().getRange('A1:B3');
    expect(thrown(() => range.setValues([[1, 2]]))).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(thrown(() => range.setValues([[1], [2], [3]]))).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(thrown(() => range.setFormulas([['=1', '=2']]))).toContain(
      'The data has 1 but the range has 3.',
    );
    expect(thrown(() => range.setNumberFormats([['0', '0', '0']]))).toContain(
      'The data has 1 but the range has 3.',
    );
    expect(thrown(() => range.setBackgrounds([['red'], ['red'], ['red']]))).toContain(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(thrown(() => range.setValues([1, 2, 3] as unknown as unknown[][]))).toBe(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('a failed write leaves the previous contents', async () => {
    const emu = await fixture();
    const range = emu.spreadsheetApp.getActiveSheet().getRange('A1:B1');
    range.setValues([[1, 2]]);
    expect(() => range.setValues([[3, 4, 5]])).toThrow();
    expect(emu.get('Sheet1!A1:B1').values).toEqual([[1, 2]]);
  });
});

describe('what written values become', () => {
  it('"=" strings are formulas, a leading apostrophe keeps literal text', async () => {
    const emu = await fixture();
    const r = emu.spreadsheetApp.getActiveSheet().getRange('A1:E1');
    r.setValues([[2, '=A1*21', "'=A1*21", "'0042", '=']]);
    expect(emu.get('Sheet1!A1:E1')).toEqual({
      values: [[2, 42, '=A1*21', '0042', '=']],
      formulas: [['', '=A1*21', '', '', '']],
    });
  });

  it('parses input like typing: numbers, booleans, ISO dates; keeps other text', async () => {
    const emu = await fixture();
    const r = emu.spreadsheetApp.getActiveSheet().getRange('A1:H1');
    r.setValues([
      [' 12 ', '-3.5e2', 'TRUE', 'false', '2026-03-05', '2026-03-05 14:22', '1,234', '12%'],
    ]);
    const [[a, b, c, d, e, f, g, h]] = emu.get('Sheet1!A1:H1').values;
    expect([a, b, c, d, g, h]).toEqual([12, -350, true, false, '1,234', '12%']);
    expect(e).toBe('2026-03-05T00:00:00.000Z');
    expect(f).toBe('2026-03-05T14:22:00.000Z');
    expect(r.getNumberFormats()[0].slice(4, 6)).toEqual(['yyyy-mm-dd', 'yyyy-mm-dd h:mm:ss']);
  });

  it('a plain-text (@) cell keeps strings as text', async () => {
    const emu = await fixture();
    const r = emu.spreadsheetApp.getActiveSheet().getRange('A1');
    r.setNumberFormat('@').setValue('0042');
    expect(emu.get('Sheet1!A1').values).toEqual([['0042']]);
  });

  it('rejects writes that break a reject-input validation rule', async () => {
    const app = (await fixture()).spreadsheetApp;
    const rule = app
      .newDataValidation()
      .requireValueInList(['Yes', 'No'])
      .setAllowInvalid(false)
      .build();
    const r = app.getActiveSheet().getRange('B2');
    r.setDataValidation(rule);
    r.setValue('Yes');
    expect(thrown(() => r.setValue('Maybe'))).toBe(
      'The data you entered in cell B2 violates the data validation rules set on this cell.',
    );
    expect(r.getValue()).toBe('Yes');
  });
});

describe('tabs and named ranges', () => {
  it('duplicate tab names throw, ignoring case', async () => {
    const ss = (await fixture()).spreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet('Plan');
    expect(thrown(() => ss.insertSheet('plan'))).toBe(
      'A sheet with the name "plan" already exists. Please enter another name.',
    );
    expect(thrown(() => ss.getSheetByName('Sheet1')!.setName('PLAN'))).toContain('already exists');
    expect(ss.getSheetByName('pLaN')?.getName()).toBe('Plan');
  });

  it("enforces Google's named-range name rules", async () => {
    const ss = (await fixture()).spreadsheetApp.getActiveSpreadsheet();
    const r = ss.getRange('A1');
    for (const bad of [
      '1abc',
      'A1',
      'ab12',
      'R1C1',
      'R2',
      'C3',
      'TRUE',
      'false',
      'has space',
      'dot.name',
      'x-y',
      '',
      'x'.repeat(251),
    ]) {
      expect(
        thrown(() => ss.setNamedRange(bad, r)),
        bad,
      ).toMatch(/^Invalid name/);
    }
    for (const good of ['SLA_Goal', '_x', 'Revenue2026', 'ABCD1', 'x'.repeat(250)])
      ss.setNamedRange(good, r);
    expect(thrown(() => ss.setNamedRange('sla_goal', r))).toBe(
      'A named range with the name "sla_goal" already exists.',
    );
    expect(ss.getNamedRanges().map((n) => n.getName())).toContain('SLA_Goal');
  });
});

describe('auth modes', () => {
  it('AuthMode.NONE: onOpen may build menus but not reach the document', async () => {
    const emu = await fixture();
    expect(emu.trigger('onOpen', 'NONE')).toBe('NONE');
    expect(emu.ui.menus).toEqual([
      { title: 'Funnel SLA', items: [{ caption: 'Open', functionName: 'showPanel' }] },
    ]);
    expect(() => emu.trigger('readsDocumentOnOpen', 'NONE')).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(emu.trigger('readsDocumentOnOpen', 'LIMITED')).toBe('Untitled spreadsheet');
  });

  it('load-time code runs in NONE', async () => {
    const code =
      "var NAME = (function(){ try { return SpreadsheetApp.getActive().getName(); } catch (e) { return 'denied: ' + e.message; } })();\nfunction name() { return NAME; }";
    const emu = await fixture({ code });
    expect(emu.run('name')).toMatch(
      /^denied: You do not have permission to call SpreadsheetApp.getActive\b/,
    );
  });

  it('custom functions get no write access', async () => {
    const emu = await fixture();
    emu.set('Sheet1!A1', '=SNEAKY(5)');
    emu.set('Sheet1!A2', '=DOUBLE(21)');
    expect(emu.get('Sheet1!A1:A2').values).toEqual([['#ERROR!'], [42]]);
    const cell = emu.view().sheets[0].cells.find((c) => c.r === 1 && c.c === 1);
    expect(cell?.error).toBe('You do not have permission to call setValue');
    expect(emu.get('Sheet1!Z1').values).toEqual([['']]);
  });

  it('getUi is refused where there is no UI (time-driven triggers, custom functions)', async () => {
    const emu = await fixture({ code: 'function tick(){ SpreadsheetApp.getUi(); }' });
    expect(() => emu.trigger('tick')).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });
});
