/**
 * Property test: thousands of bad or odd inputs through every custom function
 * of the BUILT bundle. Whatever comes in, the answer is a number, a blank (''),
 * a text, or a rectangular 2-D array of those — or a thrown Error whose
 * message names the function. Never NaN, Infinity, undefined or null.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type LoadedBundle, loadBundle } from '../../dev/bundle';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';

let bundle: LoadedBundle;
beforeAll(() => {
  bundle = loadBundle();
});

const cell = fc.oneof(
  { weight: 4, arbitrary: fc.double() }, // includes NaN, ±Infinity, -0, huge and tiny
  { weight: 4, arbitrary: fc.integer({ min: -1_000_000, max: 10_000_000 }) },
  { weight: 3, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 25, 100, 101, 1e308, -1e308, 5e-324, 2 ** 53) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '25%',
      '25 %',
      '25,5 %',
      '-2%',
      '150%',
      '0%',
      'abc',
      '1,000',
      '#N/A',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
);

/** A range as Sheets passes it, plus ragged rows Sheets never sends. */
const range = fc.oneof(
  fc
    .integer({ min: 1, max: 5 })
    .chain((w) =>
      fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 }),
    ),
  fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 4 }),
);

const arg = fc.oneof({ weight: 3, arbitrary: cell }, { weight: 2, arbitrary: range });

function isCellOut(v: unknown): boolean {
  return (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string';
}

function checkResult(result: unknown): void {
  if (Array.isArray(result)) {
    expect(result.length).toBeGreaterThan(0);
    const width = (result[0] as unknown[]).length;
    expect(width).toBeGreaterThan(0);
    for (const row of result) {
      expect(Array.isArray(row)).toBe(true);
      expect((row as unknown[]).length).toBe(width);
      for (const v of row as unknown[]) expect(isCellOut(v), `cell ${String(v)}`).toBe(true);
    }
    return;
  }
  expect(isCellOut(result), `result ${String(result)}`).toBe(true);
}

describe('fuzz: every custom function, bad and odd inputs', () => {
  it.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f.params.length] as const))(
    '%s never returns NaN/Infinity/undefined and fails only with a named Error',
    (name, arity) => {
      fc.assert(
        fc.property(fc.array(arg, { minLength: 0, maxLength: arity + 1 }), (args) => {
          let result: unknown;
          try {
            result = bundle.call(name, args);
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
            const message = (error as Error).message;
            expect(message.startsWith(`${name}: `), message).toBe(true);
            expect(message.length).toBeGreaterThan(name.length + 10);
            return;
          }
          checkResult(result);
        }),
        { numRuns: 400 },
      );
    },
  );

  it('well-formed funnel inputs always give whole, non-negative counts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.array(
          fc.integer({ min: 1, max: 100 }).map((p) => `${p}%`),
          { minLength: 1, maxLength: 6 },
        ),
        (revenue, deal, rates) => {
          const result = bundle.call('REQUIRED_VISITS', [revenue, deal, [rates]]);
          expect(Number.isInteger(result)).toBe(true);
          expect(result as number).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
