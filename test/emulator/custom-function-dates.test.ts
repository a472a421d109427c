/**
 * Custom-function arguments from date-formatted cells arrive as Date objects,
 * as Sheets passes them ("Date" row of
 * https://developers.google.com/apps-script/guides/sheets/functions#data_types);
 * plain numbers stay numbers; a range mixes both cell by cell.
 */
import { describe, expect, it } from 'vitest';
import { fixture } from './helpers';

const CODE = `
/**
 * Describes its argument.
 * @param {*} x Anything.
 * @return What arrived.
 * @customfunction
 */
function KIND(x) {
  function one(v) { return v instanceof Date ? 'Date ' + v.toISOString() : typeof v + ' ' + v; }
  return Array.isArray(x) ? x.map(function (row) { return row.map(one).join('|'); }).join(';') : one(x);
}
`;

describe('custom function arguments', () => {
  it('passes date-formatted cells as Dates (wall time in the spreadsheet zone), numbers as numbers', async () => {
    const emu = await fixture({ code: CODE, timeZone: 'Europe/Berlin' });
    emu.set("'Sheet1'!A1", '2026-03-05');
    emu.set("'Sheet1'!A2", '42');
    emu.set("'Sheet1'!B1", '=KIND(A1)');
    emu.set("'Sheet1'!B2", '=KIND(A2)');
    emu.set("'Sheet1'!B3", '=KIND(A1:A2)');
    expect(emu.get("'Sheet1'!B1:B3").values.flat()).toEqual([
      'Date 2026-03-04T23:00:00.000Z',
      'number 42',
      'Date 2026-03-04T23:00:00.000Z;number 42',
    ]);
  });
});
