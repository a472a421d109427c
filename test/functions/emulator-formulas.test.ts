/**
 * The custom-function formula tests through the EMULATOR (the same built
 * bundle, loaded as Sheets would load it, next to its services): every
 * registry example agrees with the plain formula engine, ranges spill, and
 * errors reach the cell with their message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../dev/bundle';
import { createEmulator, type Emulator } from '../../dev/emulator/index';
import { createFormulaEngine } from '../../dev/formula/custom-functions';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';

let emu: Emulator;
beforeAll(async () => {
  emu = await createEmulator({ now: '2026-07-15T09:00:00Z', timeZone: 'Europe/Berlin' });
});
afterAll(() => emu.close());

let tab = 0;
/** A fresh tab with the rows (strings starting with = typed as formulas), returning its quoted name. */
function sheet(rows: (string | number | null)[][]): string {
  const name = `T${++tab}`;
  const isFormula = (v: unknown) => typeof v === 'string' && v.startsWith('=');
  emu.addTab(
    name,
    rows.map((r) => r.map((v) => (isFormula(v) ? null : v))),
  );
  rows.forEach((r, i) => {
    r.forEach((v, j) => {
      if (isFormula(v)) emu.set(`'${name}'!${String.fromCharCode(65 + j)}${i + 1}`, v as string);
    });
  });
  return `'${name}'`;
}

function cellError(ref: string): string | undefined {
  const [tabName, a1] = ref.split('!');
  const name = tabName.replace(/'/g, '');
  const m = /^([A-Z])(\d+)$/.exec(a1);
  if (!m) throw new Error(a1);
  const view = emu.view().sheets.find((s) => s.name === name);
  return view?.cells.find((c) => c.r === Number(m[2]) && c.c === m[1].charCodeAt(0) - 64)?.error;
}

describe('custom functions in the emulator', () => {
  it.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f.example]))(
    '%s: the registry example gives what the formula engine gives',
    (_name, example) => {
      const t = sheet([[example]]);
      const hf = createFormulaEngine(loadBundle(), { S: [[example]] });
      const first = hf.getCellValue({ sheet: 0, row: 0, col: 0 });
      expect(emu.get(`${t}!A1`).values[0][0]).toEqual(first);
      hf.destroy();
    },
  );

  it('=REQUIRED_MQLS(A1,B1,C1:C3) over cells → 1,000, and float-safe 30', () => {
    const t = sheet([
      [1200000, 24000, 0.5, '=REQUIRED_MQLS(A1,B1,C1:C3)', '=REQUIRED_MQLS(210000,10000,0.7)'],
      [null, null, 0.4],
      [null, null, 0.25],
    ]);
    expect(emu.get(`${t}!D1:E1`).values).toEqual([[1000, 30]]);
  });

  it('spills a column for a column of revenue and sums it', () => {
    const t = sheet([
      [
        1200000,
        24000,
        0.5,
        '=REQUIRED_MQLS(A1:A4,B1,C1:C3)',
        '=SUM(REQUIRED_MQLS(A1:A4,B1,C1:C3))',
      ],
      [600000, null, 0.4],
      [null, null, 0.25],
      [300000],
    ]);
    expect(emu.get(`${t}!D1:D4`).values.map((r) => r[0])).toEqual([1000, 500, '', 260]);
    expect(emu.get(`${t}!E1`).values).toEqual([[1760]]);
  });

  it('spills FUNNEL_PLAN as stage names and counts', () => {
    const t = sheet([['=FUNNEL_PLAN(1200000, 24000, {2%, 30%, 50%, 40%, 25%})']]);
    expect(emu.get(`${t}!A1:B6`).values).toEqual([
      ['Visits', 166700],
      ['Leads', 3334],
      ['MQLs', 1000],
      ['SQLs', 500],
      ['Opportunities', 200],
      ['Customers', 50],
    ]);
  });

  it('shows a bad argument as a cell error with the function’s message', () => {
    const t = sheet([['=REQUIRED_MQLS(1200000, 24000, 25)']]);
    expect(emu.get(`${t}!A1`).values[0][0]).toBe('#ERROR!');
    expect(cellError(`${t}!A1`)).toBe(
      'REQUIRED_MQLS: rates is 25, a percentage typed as a plain number. Did you mean 25%? Enter 25% or 0.25.',
    );
  });
});
