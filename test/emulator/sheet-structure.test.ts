/** Tabs and their structure: insert/delete rows, sizes, visibility, clear, protections, notes. */
import { describe, expect, it } from 'vitest';
import { fixture, thrown } from './helpers';

describe('sheet structure', () => {
  it('last row/column, data range, appendRow', async () => {
    const emu = await fixture();
    const sheet = emu.spreadsheetApp.getActiveSheet();
    expect([
      sheet.getLastRow(),
      sheet.getLastColumn(),
      sheet.getDataRange().getA1Notation(),
    ]).toEqual([0, 0, 'A1']);
    sheet.getRange('B2:C3').setValues([
      [1, ''],
      ['', 'x'],
    ]);
    sheet.getRange('E9').setBackground('#ff0000'); // formatting alone does not count
    expect([
      sheet.getLastRow(),
      sheet.getLastColumn(),
      sheet.getDataRange().getA1Notation(),
    ]).toEqual([3, 3, 'A1:C3']);
    sheet.appendRow(['a', 'b']);
    expect(emu.get('Sheet1!A4:B4').values).toEqual([['a', 'b']]);
    expect(sheet.getSheetValues(2, 2, -1, 1)).toEqual([[1], [''], ['b']]);
  });

  it('inserting and deleting rows moves contents, merges and named ranges', async () => {
    const emu = await fixture();
    const ss = emu.spreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getActiveSheet();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B3:C3').merge();
    ss.setNamedRange('Third', sheet.getRange('A3'));
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(emu.get('Sheet1!A1:A5').values).toEqual([[1], [''], [''], [2], [3]]);
    expect(sheet.getRange('B5:C5').isPartOfMerge()).toBe(true);
    expect(ss.getRangeByName('Third')!.getA1Notation()).toBe('A5');
    sheet.deleteRows(2, 2);
    expect(emu.get('Sheet1!A1:A3').values).toEqual([[1], [2], [3]]);
    expect(ss.getRangeByName('Third')!.getA1Notation()).toBe('A3');
    expect(thrown(() => sheet.deleteRows(1, 1000))).toBe(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    expect(thrown(() => sheet.insertRows(0))).toBe('Those rows are out of bounds.');
    sheet.insertColumns(1);
    expect(emu.get('Sheet1!B1').values).toEqual([[1]]);
  });

  it('tabs: insert at index, activate, hide, delete, rename', async () => {
    const emu = await fixture();
    const ss = emu.spreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet('First', 0);
    ss.insertSheet('Third');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'Third']);
    expect(ss.getActiveSheet().getName()).toBe('Third');
    expect(ss.getSheetByName('Sheet1')!.getIndex()).toBe(2);
    ss.getSheetByName('First')!.hideSheet();
    ss.getSheetByName('Sheet1')!.hideSheet();
    expect(thrown(() => ss.getSheetByName('Third')!.hideSheet())).toBe(
      "You can't hide all the sheets in a document.",
    );
    ss.deleteSheet(ss.getSheetByName('First')!);
    expect(ss.getNumSheets()).toBe(2);
    expect(emu.view().sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Sheet1', true],
      ['Third', false],
    ]);
    expect(ss.insertSheet().getName()).toBe('Sheet3');
  });

  it('sizes, frozen panes, tab colour, protections', async () => {
    const emu = await fixture();
    const sheet = emu.spreadsheetApp.getActiveSheet();
    sheet.setColumnWidths(2, 3, 150);
    sheet.setRowHeight(1, 40);
    sheet.setFrozenRows(2);
    sheet.setFrozenColumns(1);
    sheet.setTabColor('#00FF00');
    const p = sheet.getRange('A1:B2').protect().setDescription('Generated').setWarningOnly(true);
    expect([
      sheet.getColumnWidth(1),
      sheet.getColumnWidth(3),
      sheet.getRowHeight(1),
      sheet.getRowHeight(2),
    ]).toEqual([100, 150, 40, 21]);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns(), sheet.getTabColor()]).toEqual([
      2,
      1,
      '#00ff00',
    ]);
    const listed = sheet.getProtections(emu.spreadsheetApp.ProtectionType.RANGE);
    expect(
      listed.map((x) => [x.getDescription(), x.isWarningOnly(), x.getRange().getA1Notation()]),
    ).toEqual([['Generated', true, 'A1:B2']]);
    p.remove();
    expect(sheet.getProtections(emu.spreadsheetApp.ProtectionType.RANGE)).toEqual([]);
    expect(emu.view().sheets[0].tabColor).toBe('#00ff00');
  });

  it('formats, notes, borders and clear variants', async () => {
    const emu = await fixture();
    const r = emu.spreadsheetApp.getActiveSheet().getRange('A1:B2');
    r.setValues([
      [1, 2],
      [3, 4],
    ]);
    r.setBackground('red')
      .setFontColor('#333')
      .setNote('n')
      .setWrap(true)
      .setVerticalAlignment('top');
    expect([
      r.getBackground(),
      r.getFontColor(),
      r.getNote(),
      r.getWrap(),
      r.getVerticalAlignment(),
    ]).toEqual(['#ff0000', '#333333', 'n', true, 'top']);
    r.clearFormat();
    expect([r.getBackground(), r.getNote(), r.getValue()]).toEqual(['#ffffff', 'n', 1]);
    r.clearContent();
    expect(r.getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(r.isBlank()).toBe(true);
    r.setValue('x').clear({ commentsOnly: true });
    expect([r.getNote(), r.getValue()]).toEqual(['', 'x']);
  });

  it('merges: partial overlaps throw, the upper-left value stays', async () => {
    const emu = await fixture();
    const sheet = emu.spreadsheetApp.getActiveSheet();
    sheet.getRange('A1:B1').setValues([['keep', 'gone']]);
    sheet.getRange('A1:B1').merge();
    expect(emu.get('Sheet1!A1:B1').values).toEqual([['keep', '']]);
    expect(thrown(() => sheet.getRange('B1:C1').merge())).toBe(
      'You must select all cells in a merged range to merge or unmerge them.',
    );
    sheet.getRange('A1:B1').breakApart();
    expect(sheet.getRange('A1').isPartOfMerge()).toBe(false);
  });
});
