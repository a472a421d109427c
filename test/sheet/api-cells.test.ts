/**
 * Plan cells as the Sheets API writes them (src/sheet/api-cells.ts) and the
 * ids and titles of tabs the add-on creates through it (src/sheet/sheet-ids.ts).
 */
import { describe, expect, it } from 'vitest';
import { cellData, gridRange, rowData, serialIn } from '../../src/sheet/api-cells';
import { formula } from '../../src/sheet/plan';
import { freeSheetId, freeTitle } from '../../src/sheet/sheet-ids';

/** Utilities.formatDate for the pattern serialIn asks, via Intl (the emulator does the same). */
function formatDate(d: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(d);
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  const ms = String(d.getUTCMilliseconds()).padStart(3, '0');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}.${ms}Z`;
}

const utc = serialIn('Etc/UTC', formatDate);

describe('cells for the Sheets API', () => {
  it('writes text as text, never parsed: a CRM value "=1+1" or "+49…" stays what it was', () => {
    expect(cellData('=1+1', utc)).toEqual({ userEnteredValue: { stringValue: '=1+1' } });
    expect(cellData('+49 30 1234', utc)).toEqual({
      userEnteredValue: { stringValue: '+49 30 1234' },
    });
  });

  it('writes formulas as formulas, numbers and booleans as themselves', () => {
    expect(cellData(formula('=SUM(A1:A3)'), utc)).toEqual({
      userEnteredValue: { formulaValue: '=SUM(A1:A3)' },
    });
    expect(cellData(42, utc)).toEqual({ userEnteredValue: { numberValue: 42 } });
    expect(cellData(false, utc)).toEqual({ userEnteredValue: { boolValue: false } });
  });

  it('writes a blank (null or empty text) as no value, which clears the cell', () => {
    expect(cellData(null, utc)).toEqual({});
    expect(cellData('', utc)).toEqual({});
  });

  it('writes a date as the serial number of its wall-clock time in the spreadsheet zone', () => {
    const at = new Date('2026-03-05T14:30:00Z');
    expect(cellData(at, utc).userEnteredValue?.numberValue).toBeCloseTo(46086 + 14.5 / 24, 10);
    const berlin = serialIn('Europe/Berlin', formatDate);
    expect(berlin(at)).toBeCloseTo(46086 + 15.5 / 24, 10);
  });

  it('pads short rows so no old cell is left standing beside a shorter line', () => {
    const rows = rowData([[1], [1, 2, 3]], utc);
    expect(rows.map((r) => r.values?.length)).toEqual([3, 3]);
    expect(rows[0].values?.[2]).toEqual({});
  });

  it('turns a 1-based rectangle into the API’s 0-based, end-exclusive range', () => {
    expect(gridRange(7, { row: 2, col: 3, rows: 4, cols: 5 })).toEqual({
      sheetId: 7,
      startRowIndex: 1,
      endRowIndex: 5,
      startColumnIndex: 2,
      endColumnIndex: 7,
    });
  });
});

describe('ids and titles of tabs the add-on creates', () => {
  const tabs = (ids: number[], titles: string[] = []) =>
    ids.map((sheetId, i) => ({ sheetId, title: titles[i] ?? `T${i}`, rows: 1000, cols: 26 }));

  it('derives the same id on a retry, and steps past ids in use', () => {
    const a = freeSheetId('sla-1|log', tabs([0]));
    expect(freeSheetId('sla-1|log', tabs([0]))).toBe(a);
    expect(freeSheetId('sla-1|log', tabs([0, a]))).toBe(a + 1);
    expect(freeSheetId('sla-1|history', tabs([0]))).not.toBe(a);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(2 ** 31);
  });

  it('keeps the name unless a tab of the user’s has it (in any case)', () => {
    expect(freeTitle('SLA Log', tabs([0], ['Sheet1']))).toBe('SLA Log');
    expect(freeTitle('SLA Log', tabs([0, 1], ['sla log', 'SLA Log (2)']))).toBe('SLA Log (3)');
  });
});
