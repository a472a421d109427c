/**
 * The tracking engine against the SLA tab itself: render the tab with actuals,
 * evaluate its native formulas with HyperFormula (TODAY() pinned), and compare
 * every tracking figure — the blanks included. HyperFormula rounds the values
 * it hands out to 10 digits after the leading one (smartRounding), so our
 * numbers are compared after the same rounding.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/api/messages';
import type { Settings } from '../../src/api/settings';
import { monthNumber } from '../../src/core/review/months';
import { tabTargets } from '../../src/core/review/tab-targets';
import { type Actual, trackingFigures } from '../../src/core/review/tracking';
import { layout } from '../../src/sla/layout';
import { monthKey, monthList, REVENUE_KEY, renderSla } from '../../src/sla/render';
import { evaluatePlan } from '../support/plan-engine';
import { exampleSettings, generateYear } from './generated-year';

/** HyperFormula's Exporter.cellValueRounding with precisionRounding 10. */
function engineShows(v: number | null): number | null {
  if (v === null || v === 0) return v;
  const places = 10 ** (10 - Math.floor(Math.log10(Math.abs(v))));
  return v < 0 ? -Math.round(-v * places) / places : Math.round(v * places) / places;
}
const shown = (row: readonly (number | null)[]) => row.map(engineShows);
const blankToNull = (row: readonly unknown[]) => row.map((v) => (v === '' ? null : v));
const statusText = (row: readonly (string | null)[]) =>
  row.map((s) => (s === null ? null : t(`status.${s}` as 'status.on_track')));

interface Scenario {
  settings: Settings;
  actuals: Actual[][];
  revenue: Actual[];
  today: string;
}

function asOfIndexFor(s: Settings, today: string): number {
  return monthNumber(today.slice(0, 7)) - 1 - monthNumber(s.periodStart);
}

function checkParity({ settings, actuals, revenue, today }: Scenario): void {
  const months = monthList(settings.periodStart, settings.months);
  const previous = {
    actuals: new Map(
      months.map((mo, m) => {
        const row = new Map<string, number>();
        settings.stages.forEach((name, s) => {
          const v = actuals[m][s];
          if (typeof v === 'number') row.set(name, v);
        });
        const r = revenue[m];
        if (typeof r === 'number') row.set(REVENUE_KEY, r);
        return [monthKey(mo), row];
      }),
    ),
  };
  const e = evaluatePlan(renderSla(settings, 'SLA', previous), today);
  const l = layout(settings);
  const S = settings.stages.length;
  const M = settings.months;
  const tt = tabTargets(settings);
  const f = trackingFigures({
    settings,
    targets: tt.targets,
    actuals,
    revenueTargets: tt.revenueTargets,
    revenueActuals: revenue,
    asOfIndex: asOfIndexFor(settings, today),
  });
  const revenueCol = (block: 'targets' | 'variance' | 'attainment' | 'status') =>
    e.rect({ row: l.firstMonthRow, col: l.blockCol[block] + S, rows: M, cols: 1 }).map((r) => r[0]);
  const stageRow = (row: keyof typeof l.stageRow) =>
    blankToNull(e.rect({ row: l.stageRow[row], col: 2, rows: 1, cols: S })[0]);

  expect(e.named('SLA_PeriodTargets')[0]).toEqual(f.periodTargets);
  expect(e.named('SLA_Targets')).toEqual(tt.targets);
  expect(revenueCol('targets')).toEqual(shown(tt.revenueTargets));

  expect(e.named('SLA_Variance').map(blankToNull)).toEqual(f.variance.map(shown));
  expect(e.named('SLA_Attainment').map(blankToNull)).toEqual(f.attainment.map(shown));
  expect(e.named('SLA_Status').map(blankToNull)).toEqual(f.status.map(statusText));
  expect(blankToNull(revenueCol('variance'))).toEqual(shown(f.revenue.map((v) => v.variance)));
  expect(blankToNull(revenueCol('attainment'))).toEqual(shown(f.revenue.map((v) => v.attainment)));
  expect(blankToNull(revenueCol('status'))).toEqual(statusText(f.revenue.map((v) => v.status)));

  const total = (block: 'targets' | 'actuals' | 'variance' | 'attainment' | 'status') =>
    blankToNull(e.rect({ row: l.totalRow, col: l.blockCol[block], rows: 1, cols: S + 1 })[0]);
  const ytd = [...f.ytd, f.ytdRevenue];
  expect(total('targets')).toEqual(shown(ytd.map((y) => y.target)));
  expect(total('actuals')).toEqual(shown(ytd.map((y) => y.actual)));
  expect(total('variance')).toEqual(shown(ytd.map((y) => y.variance)));
  expect(total('attainment')).toEqual(shown(ytd.map((y) => y.attainment)));
  expect(total('status')).toEqual(statusText(ytd.map((y) => y.status)));

  expect(stageRow('actualToDate')).toEqual(f.actualToDate);
  expect(e.named('SLA_ActualRates').map(blankToNull)[0]).toEqual(shown(f.actualRates));
  expect(e.named('SLA_Pace').map(blankToNull)[0]).toEqual(f.pace);
  expect(e.named('SLA_CatchUp').map(blankToNull)[0]).toEqual(f.catchUp);
  expect(stageRow('neededAtActualRates')).toEqual(f.neededAtActualRates);
  expect(e.named('SLA_CatchUpAtActualRates').map(blankToNull)[0]).toEqual(f.catchUpAtActualRates);
}

const year = generateYear();
const upToMonth = <T>(rows: T[], last: number, blank: T) =>
  rows.map((r, m) => (m <= last ? r : blank));
const noRow = (S: number) => new Array<Actual>(S).fill(null);

describe('tracking figures = the SLA tab evaluated by the formula engine', () => {
  it.each([
    ['mid-year, actuals through June', '2026-07-15', 5],
    ['before the first month closes, no actuals', '2026-01-10', -1],
    ['a refreshed partial April after the March as-of', '2026-04-02', 3],
    ['the period is over', '2027-02-01', 11],
  ])('generated year: %s', (_, today, filled) => {
    checkParity({
      settings: exampleSettings(),
      actuals: upToMonth<Actual[]>(year.counts, filled, noRow(6)),
      revenue: upToMonth<Actual>(year.revenue, filled, null),
      today,
    });
  });

  it('growth ramp, lags, 15 % tolerance, Visits and revenue untracked, a blank month', () => {
    const settings = exampleSettings({
      shape: { kind: 'growth', rate: 0.05 },
      lagDays: [0, 10, 20, 30, 45],
      tolerance: 0.15,
    });
    const actuals = year.counts.map((r, m): Actual[] =>
      m > 8 ? noRow(6) : [null, r[1], m === 2 ? null : r[2], r[3], r[4], r[5]],
    );
    checkParity({ settings, actuals, revenue: noRow(12), today: '2026-09-03' });
  });

  it('18 seasonal months across a year end', () => {
    const weights = [1, 1.2, 0.8, 0, 1.5, 2, 1, 1, 0.5, 1, 1.3, 1.1, 0.9, 1, 1, 1.4, 0.7, 1];
    const settings = exampleSettings({
      periodStart: '2026-04',
      months: 18,
      shape: { kind: 'weights', weights },
    });
    const big = generateYear(18);
    checkParity({
      settings,
      actuals: upToMonth<Actual[]>(big.counts, 10, noRow(6)),
      revenue: upToMonth<Actual>(big.revenue, 10, null),
      today: '2027-03-20',
    });
  });

  it('random actuals, as-of months and tolerances', () => {
    const count = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 400 }));
    fc.assert(
      fc.property(
        fc.array(fc.array(count, { minLength: 4, maxLength: 4 }), { minLength: 6, maxLength: 6 }),
        fc.array(fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 90_000 })), {
          minLength: 6,
          maxLength: 6,
        }),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom(0, 0.05, 0.1, 0.25, 0.5),
        (actuals, revenue, todayMonth, tolerance) => {
          const settings = exampleSettings({
            months: 6,
            stages: ['Leads', 'MQLs', 'SQLs', 'Customers'],
            rates: [0.3, 0.4, 0.25],
            lagDays: [0, 31, 0],
            revenueGoal: 500_000,
            dealSize: 10_000,
            tolerance,
          });
          const today = `2026-${String(todayMonth + 1).padStart(2, '0')}-05`;
          checkParity({ settings, actuals, revenue, today });
        },
      ),
      { numRuns: 25 },
    );
  });
});
