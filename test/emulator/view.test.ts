/** The JSON view the playground renders: display values, styles, conditional formats, charts. */
import { describe, expect, it } from 'vitest';
import { fixture } from './helpers';

describe('view', () => {
  it('shows computed values through formats, styles, merges and validation', async () => {
    const emu = await fixture();
    const app = emu.spreadsheetApp;
    const sheet = app.getActiveSheet();
    sheet.getRange('A1:B2').setValues([
      ['Goal', 1200000],
      ['Deals', '=B1/24000'],
    ]);
    sheet
      .getRange('B1')
      .setNumberFormat('#,##0')
      .setFontWeight('bold')
      .setHorizontalAlignment('right');
    sheet.getRange('A4:B4').merge();
    sheet
      .getRange('C1')
      .setDataValidation(
        app.newDataValidation().requireValueInList(['On track', 'At risk']).build(),
      );
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 180);
    const view = emu.view();
    expect(view.activeSheet).toBe('Sheet1');
    const s = view.sheets[0];
    expect([s.rows, s.cols, s.frozenRows, s.colWidths]).toEqual([1000, 26, 1, { 1: 180 }]);
    expect(s.merges).toEqual([{ r: 4, c: 1, rows: 1, cols: 2 }]);
    const b1 = s.cells.find((c) => c.r === 1 && c.c === 2);
    expect(b1).toEqual({
      r: 1,
      c: 2,
      v: 1200000,
      display: '1,200,000',
      numberFormat: '#,##0',
      style: { bold: true, hAlign: 'right' },
    });
    expect(s.cells.find((c) => c.r === 2 && c.c === 2)).toMatchObject({
      v: 50,
      display: '50',
      formula: '=B1/24000',
    });
    expect(s.cells.find((c) => c.r === 1 && c.c === 3)?.validation).toEqual({
      list: ['On track', 'At risk'],
    });
  });

  it('applies conditional formats, custom formulas relative to the first cell', async () => {
    const emu = await fixture();
    const app = emu.spreadsheetApp;
    const sheet = app.getActiveSheet();
    sheet.getRange('A1:B3').setValues([
      [10, 5],
      [3, 5],
      [7, 9],
    ]);
    const range = sheet.getRange('A1:A3');
    const rules = [
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=A1<B1')
        .setBackground('#f4cccc')
        .setRanges([range])
        .build(),
      app
        .newConditionalFormatRule()
        .whenNumberGreaterThan(5)
        .setBackground('#d9ead3')
        .setFontColor('#006100')
        .setRanges([range])
        .build(),
    ];
    sheet.setConditionalFormatRules(rules);
    expect(sheet.getConditionalFormatRules()).toHaveLength(2);
    const cells = emu.view().sheets[0].cells.filter((c) => c.c === 1);
    // A1: 10 > 5 → green; A2: 3 < 5 → red; A3: 7 < 9 → red wins (first rule), green font from rule 2.
    expect(cells.map((c) => c.style)).toEqual([
      { background: '#d9ead3', fontColor: '#006100' },
      { background: '#f4cccc' },
      { background: '#f4cccc', fontColor: '#006100' },
    ]);
  });

  it('keeps charts as specs and resolves their series', async () => {
    const emu = await fixture();
    const app = emu.spreadsheetApp;
    const sheet = app.getActiveSheet();
    sheet.getRange('A1:C4').setValues([
      ['Month', 'Target', 'Actual'],
      [new Date('2026-01-01T00:00:00Z'), 100, 90],
      [new Date('2026-02-01T00:00:00Z'), 120, 130],
      [new Date('2026-03-01T00:00:00Z'), 140, ''],
    ]);
    sheet.getRange('A2:A4').setNumberFormat('mmm yyyy');
    const chart = sheet
      .newChart()
      .setChartType(emu.charts.ChartType.LINE)
      .addRange(sheet.getRange('A1:C4'))
      .setPosition(6, 2, 0, 0)
      .setOption('title', 'Targets vs actuals')
      .build();
    sheet.insertChart(chart);
    const [c] = emu.view().sheets[0].charts;
    expect(c).toMatchObject({
      type: 'LINE',
      title: 'Targets vs actuals',
      row: 6,
      col: 2,
      width: 600,
      height: 371,
    });
    expect(c.series).toEqual([
      { name: 'Month', values: ['Jan 2026', 'Feb 2026', 'Mar 2026'] },
      { name: 'Target', values: [100, 120, 140] },
      { name: 'Actual', values: [90, 130, null] },
    ]);
    const [live] = sheet.getCharts();
    sheet.updateChart(live.modify().setOption('title', 'Renamed').build());
    expect(emu.view().sheets[0].charts[0].title).toBe('Renamed');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(emu.view().sheets[0].charts).toEqual([]);
  });
});
