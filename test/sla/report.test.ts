/**
 * The monthly report block: KPIs against commitments, biggest gaps and the
 * per-stage diagnosis, evaluated from the rendered formulas on a year where
 * MQL→SQL converts at 30 % instead of the planned 50 %.
 */
import { describe, expect, it } from 'vitest';
import { validateSettings } from '../../src/api/settings';
import { diagnose } from '../../src/core/review';
import { blockRect, layout } from '../../src/sla/layout';
import { renderSla } from '../../src/sla/render';
import { evaluatePlan } from '../support/plan-engine';

const v = validateSettings({
  periodStart: '2026-01',
  months: 12,
  revenueGoal: 1200000,
  dealSize: 24000,
  stages: ['Visits', 'Leads', 'MQLs', 'SQLs', 'Opportunities', 'Customers'],
  rates: [0.02, 0.3, 0.5, 0.4, 0.25],
  followUpHours: 24,
});
if (!v.ok) throw new Error('settings');
const settings = v.settings;
const l = layout(settings);

/** Jan–Jun on plan for the top of the funnel, but only 30 % of MQLs become SQLs. */
const MONTHLY = [14000, 280, 84, 25, 10, 2];

function scenario() {
  const e = evaluatePlan(renderSla(settings, 'SLA 2026'), '2026-07-10'); // as of June
  const act = blockRect(l, 'actuals');
  for (let m = 0; m < 6; m++) {
    MONTHLY.forEach((value, s) => {
      e.set(act.row + m, act.col + s, value);
    });
    e.set(act.row + m, act.col + 6, 48000); // revenue
    e.set(act.row + m, l.speedCol, 20 + m); // median hours
    e.set(act.row + m, l.speedCol + 1, 0.9);
    e.set(act.row + m, l.handedCol, 84);
  }
  return e;
}

const cell = (e: ReturnType<typeof evaluatePlan>, row: number, col: number) => e.cell(row, col);

describe('monthly report block', () => {
  it('shows each team’s KPIs against its commitments', () => {
    const e = scenario();
    const k = l.kpiRow;
    expect(cell(e, k.revenue, 2)).toBe(288000);
    expect(cell(e, k.goalShare, 4)).toBeCloseTo(0.24, 10);
    expect(cell(e, k.delivered, 1)).toBe('Marketing delivered: MQLs');
    expect(cell(e, k.won, 1)).toBe('Sales won: Customers');
    // Jan–Jun MQL targets: 84 × 4 + 83 × 2 (largest remainder of 1,000 over 12 months).
    expect([cell(e, k.delivered, 2), cell(e, k.delivered, 3)]).toEqual([504, 502]);
    expect(cell(e, k.delivered, 5)).toBe('On track');
    expect(cell(e, k.handed, 2)).toBe(504);
    expect([cell(e, k.speed, 2), cell(e, k.speed, 3), cell(e, k.speed, 5)]).toEqual([
      25,
      24,
      'Behind',
    ]);
    expect(cell(e, k.withinSla, 2)).toBe(0.9);
    expect([cell(e, k.won, 2), cell(e, k.won, 3), cell(e, k.won, 5)]).toEqual([12, 26, 'Behind']);
  });

  it('names the biggest gaps, lowest attainment first', () => {
    const e = scenario();
    const g = l.gapsRow;
    // Customers 12/26 = 46 %, Opportunities 60/102 = 58.8 %, SQLs 150/252 = 59.5 %.
    expect(cell(e, g, 2)).toBe('Customers');
    expect(cell(e, g, 3)).toBeCloseTo(12 / 26, 10);
    expect(cell(e, g, 4)).toBe('Opportunities');
    expect(cell(e, g, 5)).toBeCloseTo(60 / 102, 10);
    expect(cell(e, g, 6)).toBe('SQLs');
    expect(cell(e, g, 7)).toBeCloseTo(150 / 252, 10);
  });

  it('diagnoses volume vs conversion per stage, as the review core does', () => {
    const e = scenario();
    const lines = settings.stages.map((_, s) => String(e.cell(l.diagFirst + s, 3)));
    expect(lines[2]).toBe('MQLs: on track — 504 of 502 to date (100%).');
    expect(lines[3]).toBe(
      'SQLs: 102 short of 252 to date — MQLs→SQLs converts at 30% vs 50% planned (conversion).',
    );
    expect(lines[4]).toMatch(
      /^Opportunities: 42 short of 102 to date — SQLs delivered 150 of 252 \(volume\)/,
    );
    // Same causes as the pure diagnosis of the same numbers.
    const targets = e.named('SLA_Targets') as number[][];
    const actuals = targets.map((_, m) => (m < 6 ? MONTHLY : MONTHLY.map(() => null)));
    const core = diagnose({
      settings,
      targets,
      actuals,
      revenueTargets: targets.map(() => 0),
      revenueActuals: targets.map(() => null),
      asOfIndex: 5,
    });
    expect(core.stages.map((d) => d.cause)).toEqual([
      'on_track',
      'on_track',
      'on_track',
      'conversion',
      'volume',
      'both', // 12 of 60 opportunities won: 20 % vs 25 % planned, on top of fewer opportunities
    ]);
    // Word for word the review core's sentences (numbers grouped, rates as whole percents).
    expect(lines).toEqual(core.stages.map((d) => d.line));
  });
});
