/**
 * The grid's native spread formula (src/sla/spread.ts) on a small sheet in
 * the formula engine, over a thousand generated settings: whole months that
 * sum exactly to the target, ramps that never step down, larger weights never
 * smaller, the lag continuing the plan, and digit-for-digit agreement with
 * core/plan.ts (what FUNNEL_MONTHLY and the sidebar preview compute).
 */
import fc from 'fast-check';
import type { RawCellContent } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { buildSheetsEngine, sheetsContext } from '../../dev/emulator/sheets-functions';
import { laggedTargets, largestRemainder, pipelineAtStart } from '../../src/core/plan';
import { pipelineAtStartFormula, type SpreadRefs, spreadFormula } from '../../src/sla/spread';

const engine = buildSheetsEngine({
  licenseKey: 'gpl-v3',
  context: sheetsContext({ now: () => 0, timeZone: () => 'Etc/UTC', locale: () => 'en_US' }),
});
engine.addSheet('S');
const sheet = engine.getSheetId('S') ?? 0;

/** A: month dates, B: weights, C: running weight sum, D: targets, E1: the target, F1: lag, G1: at start. */
function evaluate(total: number, weights: number[], lag: number) {
  const M = weights.length;
  const refs: SpreadRefs = {
    total: '$E$1',
    lag: '$F$1',
    months: M,
    weights: `$B$1:$B$${M}`,
    weightTotal: `$C$${M}`,
    monthDates: `$A$1:$A$${M}`,
  };
  const rows: RawCellContent[][] = weights.map((w, i) => [
    `=DATE(2026,${i + 1},1)`,
    w,
    `=SUM($B$1:B${i + 1})`,
    spreadFormula(i + 1, refs),
  ]);
  rows[0].push(total, lag, pipelineAtStartFormula(refs, `$D$1:$D$${M}`));
  engine.setSheetContent(sheet, rows);
  const values = engine.getSheetValues(sheet);
  return { targets: values.map((r) => r[3] as number), atStart: values[0][6] as number };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const growth = (months: number, rate: number) =>
  Array.from({ length: months }, (_, i) => (1 + rate) ** i);

describe('the SLA grid spread formula', () => {
  it('spreads, lags and puts the pre-period need on its own line, as core does (property)', () => {
    let runs = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.oneof(
          fc.integer({ min: 1, max: 24 }).map((m) => new Array<number>(m).fill(1)),
          fc
            .tuple(
              fc.integer({ min: 1, max: 24 }),
              fc.double({ min: -0.3, max: 0.5, noNaN: true }).filter((r) => Math.abs(r) > 1e-6),
            )
            .map(([m, r]) => growth(m, r)),
          fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 24 }),
        ),
        fc.nat(14),
        (total, weights, lag) => {
          fc.pre(sum(weights) > 0);
          runs++;
          const { targets, atStart } = evaluate(total, weights, lag);
          const base = largestRemainder(total, weights);
          expect(targets).toEqual(laggedTargets(base, lag));
          expect(atStart).toBe(pipelineAtStart(base, lag));
          expect(sum(targets)).toBe(total);
          // The unlagged month k is lagged month k − lag: a larger weight never
          // gets less there (ramps never step down).
          const n = weights.length;
          const flat = weights.map((_, k) => targets[(((k - lag) % n) + n) % n]);
          for (let i = 0; i < weights.length; i++)
            for (let j = 0; j < weights.length; j++)
              if (weights[i] > weights[j]) expect(flat[i]).toBeGreaterThanOrEqual(flat[j]);
        },
      ),
      { numRuns: 1000 },
    );
    expect(runs).toBeGreaterThanOrEqual(900);
    // A thousand small sheets: generous for a loaded 2-core machine, asserts no timing.
  }, 300_000);

  it("the issue's ramp: 5 % growth of 50 customers never steps down", () => {
    const { targets } = evaluate(50, growth(12, 0.05), 0);
    expect(sum(targets)).toBe(50);
    for (let i = 1; i < 12; i++) expect(targets[i]).toBeGreaterThanOrEqual(targets[i - 1]);
  });
});
