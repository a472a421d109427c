/** The actuals refresh's shape: one read of a 100,000-row export tab stays one call and fast. */
import { describe, expect, it } from 'vitest';
import { fixture } from './helpers';

describe('large tabs', () => {
  it('reads 100,000 rows with one getValues, dates as Dates, without loading HyperFormula', async () => {
    const code = `function readAll(name) {
  var v = SpreadsheetApp.getActive().getSheetByName(name).getDataRange().getValues();
  return { rows: v.length, cols: v[0].length, first: v[1][1] instanceof Date ? v[1][1].toISOString() : null, last: v[v.length - 1][0] };
}`;
    const emu = await fixture({ code });
    const rows: (string | number | Date)[][] = [
      ['Record ID', 'Create Date', 'Lifecycle Stage', 'Amount'],
    ];
    const start = Date.UTC(2026, 0, 1);
    for (let i = 1; i <= 100_000; i++)
      rows.push([`R${i}`, new Date(start + i * 300_000), 'lead', i]);
    emu.addTab('CRM', rows);
    emu.stats();
    const t0 = performance.now();
    expect(emu.run('readAll', ['CRM'])).toEqual({
      rows: 100_001,
      cols: 4,
      first: '2026-01-01T00:05:00.000Z',
      last: 'R100000',
    });
    const elapsed = performance.now() - t0;
    const s = emu.stats();
    expect(s.byMethod).toEqual({
      'SpreadsheetApp.getActive': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
    });
    expect(emu.doc.engine.isMaterialized(emu.doc.sheetByName('CRM')!)).toBe(false);
    // Generous: the point is "no per-cell engine work", not a benchmark.
    expect(elapsed).toBeLessThan(10_000);
  });
});
