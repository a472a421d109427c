/** Workbooks in and out: xlsx round trip (exceljs) and CSV tabs. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../dev/emulator/csv';
import { loadXlsx } from '../../dev/emulator/index';
import { FIXTURE_CODE } from './fixture-bundle';
import { fixture } from './helpers';

describe('CSV', () => {
  it('parses quotes, commas and newlines in quotes, CRLF and a BOM', () => {
    const csv = '\ufeffName,Note,Amount\r\n"Smith, Ann","said ""hi""\nthen left",12\r\nBo,,-3.5\n';
    expect(parseCsvText(csv)).toEqual([
      ['Name', 'Note', 'Amount'],
      ['Smith, Ann', 'said "hi"\nthen left', '12'],
      ['Bo', '', '-3.5'],
    ]);
  });

  it('loads a tab with text cells except plain numbers', async () => {
    const emu = await fixture();
    emu.addCsvTab(
      'CRM',
      'id,created,amount,zip,stage\n1,2026-03-05 14:22,1200.50,01234,=1+1\n2,,1e3,,TRUE\n',
    );
    expect(emu.get('CRM!A1:E3').values).toEqual([
      ['id', 'created', 'amount', 'zip', 'stage'],
      [1, '2026-03-05 14:22', 1200.5, '01234', '=1+1'],
      [2, '', '1e3', '', 'TRUE'],
    ]);
    expect(emu.get('CRM!E2').formulas).toEqual([['']]);
    const sheet = emu.spreadsheetApp.getActiveSpreadsheet().getSheetByName('CRM')!;
    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getMaxRows()]).toEqual([3, 5, 3]);
  });
});

describe('xlsx', () => {
  it('round-trips values, formulas, named ranges, formats, merges and styles', async () => {
    const emu = await fixture({ timeZone: 'Europe/Berlin' });
    const app = emu.spreadsheetApp;
    const ss = app.getActiveSpreadsheet();
    const plan = ss.insertSheet('SLA 2026');
    plan.getRange('A1:C3').setValues([
      ['Goal', 1200000, '=B1/24000'],
      ['Start', new Date('2026-01-01T00:00:00+01:00'), "'=not a formula"],
      ['Rate', 0.25, true],
    ]);
    plan.getRange('B1').setNumberFormat('#,##0');
    plan.getRange('B3').setNumberFormat('0.0%');
    plan.getRange('B2').setNumberFormat('yyyy-mm-dd');
    plan.getRange('A5:C5').merge();
    plan.getRange('A1').setFontWeight('bold').setBackground('#fff2cc').setNote('the goal');
    plan
      .getRange('A1:C1')
      .setBorder(null, null, true, null, null, null, '#000000', app.BorderStyle.SOLID);
    plan.setFrozenRows(1);
    plan.setColumnWidth(1, 140);
    ss.setNamedRange('SLA_Goal', plan.getRange('B1'));
    emu.set('Sheet1!A1', '=SLA_Goal*2');

    const path = join(mkdtempSync(join(tmpdir(), 'emu-')), 'book.xlsx');
    await emu.saveXlsx(path);
    const back = await loadXlsx(path, { code: FIXTURE_CODE, timeZone: 'Europe/Berlin' });
    try {
      expect(back.get("'SLA 2026'!A1:C3")).toEqual(emu.get("'SLA 2026'!A1:C3"));
      expect(back.get("'SLA 2026'!A1:C3").values[1]).toEqual([
        'Start',
        '2025-12-31T23:00:00.000Z',
        '=not a formula',
      ]);
      expect(back.get('Sheet1!A1')).toEqual({ values: [[2400000]], formulas: [['=SLA_Goal*2']] });
      const sheet = back.spreadsheetApp.getActiveSpreadsheet().getSheetByName('SLA 2026')!;
      expect(sheet.getRange('B1:B3').getDisplayValues()).toEqual([
        ['1,200,000'],
        ['2026-01-01'],
        ['25.0%'],
      ]);
      expect(sheet.getRange('A5:C5').isPartOfMerge()).toBe(true);
      expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
      expect(sheet.getRange('A1').getBackground()).toBe('#fff2cc');
      expect(sheet.getRange('A1').getNote()).toBe('the goal');
      expect(sheet.getFrozenRows()).toBe(1);
      expect(sheet.getColumnWidth(1)).toBe(140);
      expect(back.view().namedRanges).toEqual([{ name: 'SLA_Goal', a1: "'SLA 2026'!B1" }]);
      const cell = back.view().sheets[1].cells.find((c) => c.r === 1 && c.c === 2);
      expect(cell?.style?.borderBottom).toBe('1px solid #000000');
    } finally {
      back.close();
    }
  });
});
