/**
 * Formula-level tests: the BUILT bundle (build/Code.js) loaded into a vm
 * context and its custom functions registered in HyperFormula, evaluating
 * real formulas in cells. Run `npm run build` first (`npm test` does).
 */
import { HyperFormula } from 'hyperformula';
import { beforeAll, describe, expect, it } from 'vitest';
import { type LoadedBundle, loadBundle } from '../../dev/bundle';
import { createFormulaEngine, registerBundleFunctions } from '../../dev/formula/custom-functions';
import { SPILL_SIZES } from '../../dev/formula/spill-sizes';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';

let bundle: LoadedBundle;

beforeAll(() => {
  bundle = loadBundle();
});

/** A1-style helper: engine over one sheet "S" given as rows. */
function sheet(rows: unknown[][]): {
  hf: HyperFormula;
  at: (a1: string) => unknown;
  range: (a1: string) => unknown[][];
} {
  const hf = createFormulaEngine(bundle, { S: rows });
  const addr = (a1: string) => {
    const m = /^([A-Z])(\d+)$/.exec(a1);
    if (!m) throw new Error(a1);
    return { sheet: 0, col: m[1].charCodeAt(0) - 65, row: Number(m[2]) - 1 };
  };
  return {
    hf,
    at: (a1) => hf.getCellValue(addr(a1)),
    range: (a1) => {
      const [from, to] = a1.split(':').map(addr);
      return hf.getRangeValues({ start: from, end: to });
    },
  };
}

/** The worked example's inputs: revenue column A1:A5, deal size B1, MQL→won rates C1:C3. */
const FUNNEL_ROWS: (number | null)[][] = [
  [1_200_000, 24_000, 0.5],
  [600_000, null, 0.4],
  [null, null, 0.25],
  [300_000],
  [120_000],
];

function errorOf(value: unknown): { type: string; message: string } {
  expect(value).toMatchObject({ type: expect.any(String), message: expect.any(String) });
  return value as { type: string; message: string };
}

describe('REQUIRED_* in cells', () => {
  it('=REQUIRED_MQLS(A1,B1,C1:C3) → 1,000', () => {
    const { at } = sheet([
      [...FUNNEL_ROWS[0], null, '=REQUIRED_MQLS(A1,B1,C1:C3)'],
      ...FUNNEL_ROWS.slice(1),
    ]);
    expect(at('E1')).toBe(1_000);
  });

  it('is float-safe in a cell: =REQUIRED_MQLS(210000,10000,0.7) → 30', () => {
    expect(sheet([['=REQUIRED_MQLS(210000,10000,0.7)']]).at('A1')).toBe(30);
  });

  it('spills a column for a column of revenue, blank row → blank cell', () => {
    const rows = FUNNEL_ROWS.map((r, i) => [
      ...r,
      ...new Array(4 - r.length).fill(null),
      i === 0 ? '=REQUIRED_MQLS(A1:A5,B1,C1:C3)' : null,
    ]);
    const { range } = sheet(rows);
    expect(range('E1:E5')).toEqual([[1_000], [500], [''], [260], [100]]);
  });

  it('=SUM(REQUIRED_MQLS(A1:A5,B1,C1:C3)) works without ARRAYFORMULA (blank row ignored)', () => {
    // HyperFormula passes the nested array result straight to SUM, as Sheets does.
    const rows: unknown[][] = FUNNEL_ROWS.map((r) => [...r]);
    rows[0] = [...rows[0], null, '=SUM(REQUIRED_MQLS(A1:A5,B1,C1:C3))'];
    expect(sheet(rows).at('E1')).toBe(1_000 + 500 + 260 + 100);
  });

  it('accepts percent text ("50%", "40 %", "25,0 %") and percent-formatted cells', () => {
    const { at } = sheet([
      ["'50%", "'40 %", "'25,0 %", '=REQUIRED_MQLS(1200000,24000,A1:C1)'],
      ['50%', '40%', '25%', '=REQUIRED_MQLS(1200000,24000,A2:C2)'],
    ]);
    expect(at('A1')).toBe('50%'); // really text
    expect(at('D1')).toBe(1_000);
    expect(at('D2')).toBe(1_000);
  });

  it('uses one row of rates per revenue row when rates is a block (per-channel funnels)', () => {
    const { range } = sheet([
      [1_200_000, 0.5, 0.4, 0.25, '=REQUIRED_MQLS(A1:A3,24000,B1:D3)'],
      [1_200_000, 0.25, 0.5, 0.5],
      [null, null, null, null],
    ]);
    // row 2: 50 deals / 0.5 = 100 / 0.5 = 200 / 0.25 = 800
    expect(range('E1:E3')).toEqual([[1_000], [800], ['']]);
  });

  it('keeps a row of revenue a row', () => {
    const { range } = sheet([[1_200_000, 600_000, '=REQUIRED_DEALS(A1:B1,24000)']]);
    expect(range('C1:D1')).toEqual([[50, 25]]);
  });
});

describe('errors surface as cell errors with their message', () => {
  it('a bare 25 as a rate: "did you mean 25%?"', () => {
    const e = errorOf(sheet([['=REQUIRED_MQLS(1200000,24000,25)']]).at('A1'));
    expect(e.type).toBe('ERROR');
    expect(e.message).toBe(
      'REQUIRED_MQLS: rates is 25, a percentage typed as a plain number. Did you mean 25%? Enter 25% or 0.25.',
    );
  });

  it('text where a number belongs names function, argument, cell and value', () => {
    const e = errorOf(sheet([[1_000, '=REQUIRED_DEALS(A1:A2,100)'], ['1,000']]).at('B1'));
    expect(e.message).toMatch(
      /^REQUIRED_DEALS: revenue \(row 2 of the range\) is the text "1,000", not a number\./,
    );
  });

  it('negative revenue, zero deal size, empty rates, a date', () => {
    const { at } = sheet([
      [
        '=REQUIRED_DEALS(-5,100)',
        '=REQUIRED_DEALS(5,0)',
        '=REQUIRED_MQLS(5,1,A2:B2)',
        '=REQUIRED_DEALS(D2,1)',
      ],
      [null, null, null, '03/05/2026'],
    ]);
    expect(errorOf(at('A1')).message).toMatch(
      /^REQUIRED_DEALS: revenue is -5; it cannot be negative/,
    );
    expect(errorOf(at('B1')).message).toMatch(
      /^REQUIRED_DEALS: deal_size is 0; it must be greater than 0/,
    );
    expect(errorOf(at('C1')).message).toMatch(/^REQUIRED_MQLS: rates is empty/);
    expect(errorOf(at('D1')).message).toMatch(/^REQUIRED_DEALS: revenue is a date \(2026-05-03\)/);
  });

  it('an error value in an argument propagates without calling the function', () => {
    expect(errorOf(sheet([['=REQUIRED_DEALS(1/0,1)']]).at('A1')).type).toBe('DIV_BY_ZERO');
  });
});

describe('spilled results', () => {
  it('FUNNEL_PLAN spills stage names and counts, top first', () => {
    const { range } = sheet([
      [1_200_000, 24_000, 0.02, 0.3, 0.5, 0.4, 0.25],
      ['=FUNNEL_PLAN(A1,B1,C1:G1)'],
    ]);
    expect(range('A2:B7')).toEqual([
      ['Visits', 166_700],
      ['Leads', 3_334],
      ['MQLs', 1_000],
      ['SQLs', 500],
      ['Opportunities', 200],
      ['Customers', 50],
    ]);
  });

  it('FUNNEL_PLAN with 3 rates and custom names', () => {
    const { range } = sheet([
      ['MQL', 'SQL', 'Opp', 'Won'],
      ['=FUNNEL_PLAN(1200000,24000,{50%,40%,25%},A1:D1)'],
    ]);
    expect(range('A2:B5')).toEqual([
      ['MQL', 1_000],
      ['SQL', 500],
      ['Opp', 200],
      ['Won', 50],
    ]);
  });

  it('FUNNEL_MONTHLY spills a row; months may come from a value cell', () => {
    const { range } = sheet([[4, '=FUNNEL_MONTHLY(10,A1)']]);
    expect(range('B1:E1')).toEqual([[3, 3, 2, 2]]);
  });

  it('FUNNEL_LAGGED over FUNNEL_MONTHLY, nested', () => {
    const { range } = sheet([['=FUNNEL_LAGGED(FUNNEL_MONTHLY(100,4),1)']]);
    expect(range('A1:D1')).toEqual([[25, 25, 25, 25]]);
  });

  it('SLA_STATUS over a column of actuals against one target', () => {
    const { range } = sheet([[100, '=SLA_STATUS(A1:A4,100)'], [92], [80], [null]]);
    expect(range('B1:B4')).toEqual([['On track'], ['At risk'], ['Behind'], ['']]);
  });

  it('a result larger than the area reserved at entry is an explicit error, not a crash', () => {
    // months from a formula cell is unknown when the formula is parsed → 12 reserved.
    const e = errorOf(sheet([['=2*10', '=FUNNEL_MONTHLY(100,A1)']]).at('B1'));
    expect(e.type).toBe('SPILL');
    expect(e.message).toMatch(/FUNNEL_MONTHLY returned 1×20 cells but .* reserved 1×12/);
  });
});

describe('every registry example evaluates in a cell', () => {
  it.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f.example] as const))('%s: %s', (_name, example) => {
    const { at } = sheet([[example]]);
    const value = at('A1');
    expect(typeof value === 'number' || typeof value === 'string').toBe(true);
  });

  it('every registry function has a spill-size rule for the formula engine', () => {
    for (const f of CUSTOM_FUNCTIONS) expect(Object.keys(SPILL_SIZES)).toContain(f.name);
  });
});

describe('engines bound to different bundles', () => {
  it('each engine calls its own bundle (e.g. one emulator per test with its own fake services)', () => {
    const patched = loadBundle({
      code: `${bundle.source}\nfunction REQUIRED_DEALS() { return 42; }\n`,
    });
    const original = createFormulaEngine(bundle, { S: [['=REQUIRED_DEALS(100,10)']] });
    const other = createFormulaEngine(patched, { S: [['=REQUIRED_DEALS(100,10)']] });
    expect(other.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(42);
    expect(original.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(10);
    original.setCellContents({ sheet: 0, row: 0, col: 0 }, '=REQUIRED_DEALS(200,10)');
    expect(original.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(20);
  });
});

describe('registration', () => {
  it('is idempotent: registering the same bundle again adds nothing', () => {
    registerBundleFunctions(bundle);
    registerBundleFunctions(bundle);
    const names = HyperFormula.getRegisteredFunctionNames('enGB');
    for (const f of CUSTOM_FUNCTIONS) expect(names.filter((n) => n === f.name)).toHaveLength(1);
  });

  it('an errored spilled formula marks every reserved cell with the anchor address', () => {
    const { range } = sheet([['=FUNNEL_PLAN(-1,1,{0.5,0.5})']]);
    const cells = range('A1:B3').flat() as { address?: string; message?: string }[];
    for (const c of cells)
      expect(c).toMatchObject({
        address: 'S!A1',
        message: expect.stringMatching(/^FUNNEL_PLAN: revenue is -1/),
      });
  });
});
