/**
 * The vectorized fast path (ranges used as Sheets passes them, no copies,
 * presized rows, one shared cursor for error locations) against simple
 * reference implementations: the padding copy it replaced, and — through the
 * BUILT bundle — calling the function once per cell with single values.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type LoadedBundle, loadBundle } from '../../dev/bundle';
import { conversionRates } from '../../src/core/funnel';
import { laggedTargets } from '../../src/core/plan';
import { type Grid, toGrid } from '../../src/functions/coerce';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';
import type { Arg, CellValue } from '../../src/functions/types';
import { mapGrid } from '../../src/functions/vectorize';

/** What toGrid did before the fast path: copy every row, pad ragged ones. */
function referenceGrid(arg: Arg): Grid {
  if (!Array.isArray(arg)) return { rows: 1, cols: 1, cells: [[arg]], single: true };
  const rows = (arg as unknown[]).map((row) =>
    Array.isArray(row) ? (row as CellValue[]) : [row as CellValue],
  );
  const cols = Math.max(0, ...rows.map((r) => r.length));
  if (rows.length === 0 || cols === 0) return { rows: 1, cols: 1, cells: [['']], single: true };
  const cells = rows.map((r) => [...r, ...new Array<CellValue>(cols - r.length).fill('')]);
  return { rows: rows.length, cols, cells, single: false };
}

const value = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 10_000_000 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom(' ', 'abc', -5, true, '25%', null) },
);

const rectangle = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 12 }))
  .chain(([w, h]) =>
    fc.array(fc.array(value, { minLength: w, maxLength: w }), { minLength: h, maxLength: h }),
  );

const anyArg = fc.oneof(
  value,
  rectangle,
  fc.array(fc.oneof(value, fc.array(value, { maxLength: 4 })), { maxLength: 5 }),
);

describe('toGrid and mapGrid equal the simple copying implementation', () => {
  it('same rows, columns, cells and single flag for any argument, ragged or not', () => {
    fc.assert(
      fc.property(anyArg, (arg) => {
        expect(toGrid(arg as Arg)).toEqual(referenceGrid(arg as Arg));
      }),
      { numRuns: 2000 },
    );
  });

  it('uses a rectangle as it is (no copy); mapGrid answers in its rows, or leaves it unchanged when a cell fails', () => {
    fc.assert(
      fc.property(rectangle, fc.integer({ min: 0, max: 60 }), (range, failAt) => {
        const before = structuredClone(range);
        const rows = range.map((row) => row);
        const grid = toGrid(range as Arg);
        expect(grid.cells).toBe(range);
        const cellCount = grid.rows * grid.cols;
        const f = (r: number, c: number) => {
          if (r * grid.cols + c === failAt) throw new Error('bad cell');
          return `${String(before[r][c])}!`;
        };
        if (failAt < cellCount) {
          expect(() => mapGrid(grid, f)).toThrow('bad cell');
          expect(range).toEqual(before);
          return;
        }
        const out = mapGrid(grid, f) as unknown[][];
        // The same outer array and row arrays, holding the results: no allocation per row.
        expect(out).toBe(range);
        for (const [r, row] of out.entries()) expect(row).toBe(rows[r]);
        expect(out).toEqual(before.map((row) => row.map((v) => `${String(v)}!`)));
      }),
    );
  });

  it('mapGrid gives what pushing cell by cell gives', () => {
    fc.assert(
      fc.property(rectangle, (range) => {
        const grid = toGrid(range as Arg);
        const f = (r: number, c: number) => r * 100 + c;
        const pushed: number[][] = [];
        for (let r = 0; r < grid.rows; r++) {
          const row: number[] = [];
          for (let c = 0; c < grid.cols; c++) row.push(f(r, c));
          pushed.push(row);
        }
        expect(mapGrid(grid, f)).toEqual(pushed);
      }),
    );
  });
});

let bundle: LoadedBundle;
beforeAll(() => {
  bundle = loadBundle();
});

type Outcome = { ok: unknown } | { error: string };

function outcome(name: string, args: unknown[]): Outcome {
  try {
    return { ok: bundle.call(name, args) };
  } catch (e) {
    // The range call names the cell (" (row 2 of the range)"); a single value does not.
    return { error: (e as Error).message.replace(/ \((row|column) \d+[^)]*of the range\)/, '') };
  }
}

/** Reference: the function called once per cell with that cell alone, in reading order. */
function cellByCell(name: string, range: unknown[][], rest: (r: number, c: number) => unknown[]) {
  const out: unknown[][] = [];
  for (let r = 0; r < range.length; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < range[r].length; c++) {
      const o = outcome(name, [range[r][c], ...rest(r, c)]);
      if ('error' in o) return o;
      row.push(o.ok);
    }
    out.push(row);
  }
  return { ok: out };
}

describe('built bundle: a range call equals one call per cell', () => {
  const cases: [
    string,
    (range: unknown[][], other: unknown[][]) => [unknown[], (r: number, c: number) => unknown[]],
  ][] = [
    ['REQUIRED_DEALS', () => [[24_000], () => [24_000]]],
    [
      'REQUIRED_MQLS',
      () => [[2_400, [[0.5], [0.4], [0.25]]], () => [2_400, [[0.5], [0.4], [0.25]]]],
    ],
    [
      'REQUIRED_VISITS',
      () => [
        [24_000, [['2%', '30%', 0.5, 0.4, 0.25]]],
        () => [24_000, [['2%', '30%', 0.5, 0.4, 0.25]]],
      ],
    ],
    ['FUNNEL_REVENUE', () => [[[[0.3, 0.5]], 24_000], () => [[[0.3, 0.5]], 24_000]]],
    ['SLA_VARIANCE', (_range, other) => [[other], (r, c) => [other[r][c]]]],
    ['SLA_ATTAINMENT', (_range, other) => [[other], (r, c) => [other[r][c]]]],
    ['SLA_STATUS', (_range, other) => [[other, 0.1], (r, c) => [other[r][c], 0.1]]],
  ];
  it.each(cases)('%s', (name, argsFor) => {
    fc.assert(
      fc.property(
        rectangle.chain((range) =>
          fc.tuple(
            fc.constant(range),
            fc.array(fc.array(value, { minLength: range[0].length, maxLength: range[0].length }), {
              minLength: range.length,
              maxLength: range.length,
            }),
          ),
        ),
        ([range, other]) => {
          const [rest, perCell] = argsFor(range, other);
          expect(outcome(name, [range, ...rest])).toEqual(cellByCell(name, range, perCell));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('FUNNEL_RATES down a column equals the core rates, blank where a count is blank or 0', () => {
    const count = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 1_000_000 }) },
      { weight: 1, arbitrary: fc.constant('') },
    );
    fc.assert(
      fc.property(fc.array(count, { minLength: 2, maxLength: 30 }), (counts) => {
        const known = counts.map((v) => (v === '' ? 1 : v));
        const expected = conversionRates(known).map((rate, i) =>
          rate === null || counts[i] === '' || counts[i + 1] === '' ? [''] : [rate],
        );
        expect(bundle.call('FUNNEL_RATES', [counts.map((v) => [v])])).toEqual(expected);
        // Along a row: the same rates, one row.
        expect(bundle.call('FUNNEL_RATES', [[counts]])).toEqual([expected.map(([v]) => v)]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('answering in the input arrays (issue 14)', () => {
  const impl = (name: string) => {
    const spec = CUSTOM_FUNCTIONS.find((f) => f.name === name);
    if (!spec) throw new Error(name);
    return spec.impl;
  };
  const series = fc.array(
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
      { weight: 1, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom('', ' ', null) },
    ),
    { minLength: 1, maxLength: 30 },
  );
  const numbers = (xs: unknown[]) => xs.map((v) => (typeof v === 'number' ? v : 0));

  it('FUNNEL_LAGGED equals laggedTargets, down a column and along every row of a block', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 0, max: 120 }), (xs, lag) => {
        const expected = laggedTargets(numbers(xs), lag);
        const column = xs.map((v) => [v]);
        expect(impl('FUNNEL_LAGGED')(column as Arg, lag)).toEqual(expected.map((v) => [v]));
        const block = [xs, [...xs].reverse()];
        expect(impl('FUNNEL_LAGGED')(structuredClone(block) as Arg, lag)).toEqual([
          expected,
          laggedTargets(numbers(block[1]), lag),
        ]);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['REQUIRED_MQLS', (col: unknown[][]) => [col, 2400, [[0.5], [0.4], [0.25]]]],
    ['FUNNEL_REVENUE', (col: unknown[][]) => [col, [[0.3, 0.5]], 24_000]],
    ['FUNNEL_RATES', (col: unknown[][]) => [col]],
    ['FUNNEL_LAGGED', (col: unknown[][]) => [col, 2]],
    ['SLA_VARIANCE', (col: unknown[][]) => [col, 100]],
    ['SLA_STATUS', (col: unknown[][]) => [col, col.map(() => [100]), 0.1]],
  ] as const)('%s: a call failing on its last cell leaves its input untouched', (name, args) => {
    const column: unknown[][] = [[120], [80], [''], [95], ['abc']];
    const before = structuredClone(column);
    expect(() => impl(name)(...(args(column) as Arg[]))).toThrow(`${name}: `);
    expect(column).toEqual(before);
  });
});
