/**
 * Figures for the SLA tab (issue 4), the actuals refresh (issue 5) and the
 * reset (issue 6), measured through the BUILT bundle in the emulator:
 * spreadsheet calls by operation, refresh rows per second on 100,000 rows,
 * and HyperFormula's COUNTIFS over 10,000 rows (labelled: that engine, not
 * Sheets). The honest anchors for the aggregation are in ./anchors.ts.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { aggregateActuals } from '../../src/core/actuals/aggregate';
import { cellA1 } from '../../src/sheet/a1';
import { layout } from '../../src/sla/layout';
import { createEmulator, type Emulator } from '../emulator/index';
import { crmFixture } from '../fixtures/crm';
import { EXAMPLE_SETTINGS, WITH_SALS_SETTINGS } from '../fixtures/sla-settings';
import { minMedian, type Timing, timeRuns } from './stats';
import type { BenchLine, BenchModule } from './types';

const SETTINGS = EXAMPLE_SETTINGS;

async function emulator(
  now = '2027-01-10T09:00:00Z',
  timeZone = 'Europe/Berlin',
): Promise<Emulator> {
  return createEmulator({ now, timeZone, locale: 'en_US' });
}

async function buildFigures(): Promise<BenchLine[]> {
  const lines: BenchLine[] = [];
  for (const months of [12, 36]) {
    const e = await emulator();
    e.stats();
    e.run('buildSlaTab', [{ ...SETTINGS, months }]);
    const first = e.stats();
    e.run('buildSlaTab', [{ ...SETTINGS, months, revenueGoal: 1500000 }]);
    const again = e.stats();
    let goal = 1500000;
    const rebuild = timeRuns(
      () => e.run('buildSlaTab', [{ ...SETTINGS, months, revenueGoal: ++goal }]),
      5,
      1,
    );
    const group = 'SLA tab (issue 4)';
    lines.push(
      { group, name: `first build, ${months} months: spreadsheet calls`, value: first.calls },
      { group, name: `first build, ${months} months: flushes`, value: first.flushes },
      { group, name: `rebuild in place, ${months} months: spreadsheet calls`, value: again.calls },
      {
        group,
        name: `rebuild in place, ${months} months: wall time in the emulator (min / median)`,
        value: minMedian(rebuild, 0),
        unit: 'ms',
      },
    );
    e.close();
  }
  return lines;
}

/** Epoch ms → spreadsheet serial (days since 1899-12-30), UTC: the same for both sides. */
const serial = (ms: number) => ms / 86_400_000 + 25569;

async function refreshFigures(): Promise<BenchLine[]> {
  const group = 'actuals refresh (issue 5)';
  const rows = 100_000;
  const fx = crmFixture({ shape: 'hubspot', records: rows, seed: 42, timeZone: 'Etc/UTC' });
  const lines: BenchLine[] = [];
  const counts: Record<number, number> = {};
  let refresh: Timing | undefined;
  for (const n of [1000, rows]) {
    const e = await emulator(undefined, 'Etc/UTC');
    e.run('buildSlaTab', [SETTINGS]);
    e.addTab('CRM export', fx.rows.slice(0, n + 1) as never);
    e.stats();
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]); // creates the log and history tabs
    if (n === 1000)
      lines.push({
        group,
        name: 'first refresh (creates SLA Log and SLA History, archives 12 months): spreadsheet calls',
        value: e.stats().calls,
      });
    e.stats();
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
    const stats = e.stats();
    counts[n] = stats.calls;
    if (n === rows)
      refresh = timeRuns(() => e.run('refreshActuals', [{ sourceTab: 'CRM export' }]), 5, 1);
    lines.push({
      group,
      name: `refresh of ${n.toLocaleString('en-US')} rows: spreadsheet calls`,
      value: stats.calls,
    });
    lines.push({
      group,
      name: `refresh of ${n.toLocaleString('en-US')} rows: flushes`,
      value: stats.flushes,
    });
    e.close();
  }
  const t = refresh as Timing;
  lines.push({
    group,
    name: `refresh of ${rows.toLocaleString('en-US')} rows: wall time (emulator, min / median)`,
    value: minMedian(t, 0),
    unit: 'ms',
  });
  lines.push({
    group,
    name: 'refresh throughput (median)',
    value: Math.round(rows / (t.median / 1000)),
    unit: 'rows/s',
  });
  lines.push({
    group,
    name: 'calls: 1,000 rows vs 100,000 rows',
    value: `${counts[1000]} vs ${counts[rows]}`,
  });
  return [...lines, ...countifsFigures()];
}

/**
 * The by-hand alternative, labelled for what it is: the export's stage dates
 * as date cells and one COUNTIFS per month and stage, computed by
 * HyperFormula (the local formula engine), whose COUNTIFS grows
 * super-linearly with rows — so this measures that engine, not Google
 * Sheets, and only at 10,000 rows. Compared with our aggregation of the same
 * rows in the pure core.
 */
function countifsFigures(): BenchLine[] {
  const group = 'actuals refresh (issue 5)';
  const rows = 10_000;
  const fx = crmFixture({ shape: 'hubspot', records: rows, seed: 42, timeZone: 'Etc/UTC' });
  const header = fx.headers;
  const stageCols = fx.stages.map((s) =>
    fx.mapping.stages[s] ? header.indexOf(fx.mapping.stages[s] as string) : -1,
  );
  const data: RawCellContent[][] = fx.rows.slice(1).map((r) =>
    stageCols
      .filter((c) => c >= 0)
      .map((c) => {
        const v = r[c];
        if (v instanceof Date) return serial(v.getTime());
        if (typeof v === 'string' && v) {
          const t = Date.parse(`${v.replace(' ', 'T')}Z`);
          return Number.isNaN(t) ? null : serial(t);
        }
        return null;
      }),
  );
  const mapped = stageCols.filter((c) => c >= 0).length;
  const formulas: RawCellContent[][] = Array.from({ length: 12 }, (_, m) =>
    Array.from({ length: mapped }, (_, s) => {
      const letter = cellA1(1, s + 1).replace('1', '');
      const col = `Export!$${letter}$1:$${letter}$${rows}`;
      return `=COUNTIFS(${col},">="&DATE(2026,${m + 1},1),${col},"<"&DATE(2026,${m + 2},1))`;
    }),
  );
  const countifs = timeRuns(
    () => {
      const hf = HyperFormula.buildFromSheets(
        { Export: data, Counts: formulas },
        { licenseKey: 'gpl-v3', maxRows: rows + 10 },
      );
      hf.getSheetValues(hf.getSheetId('Counts') ?? 1); // forces every COUNTIFS result out
      hf.destroy();
    },
    5,
    1,
  );
  const ctx = {
    stages: fx.stages,
    months: fx.months,
    timeZone: fx.timeZone,
    dayFirst: fx.dayFirst,
    followUpHours: fx.followUpHours,
  };
  const aggregation = timeRuns(() => aggregateActuals(fx.rows, fx.mapping, ctx), 5, 2);
  return [
    {
      group,
      name: `HyperFormula COUNTIFS (not Sheets; super-linear): 12 × ${mapped} over ${rows.toLocaleString('en-US')} rows`,
      value: minMedian(countifs, 0),
      unit: 'ms',
    },
    {
      group,
      name: `  our aggregation of the same ${rows.toLocaleString('en-US')} rows (pure core)`,
      value: minMedian(aggregation, 1),
      unit: 'ms',
    },
    {
      group,
      name: '  HyperFormula COUNTIFS ÷ aggregation (medians; that engine only)',
      value: (countifs.median / aggregation.median).toFixed(1),
      unit: '×',
    },
  ];
}

async function resetFigures(): Promise<BenchLine[]> {
  const group = 'reset (issue 6)';
  const e = await emulator('2026-07-06T09:00:00Z');
  e.run('buildSlaTab', [SETTINGS]);
  const l = layout({ stages: SETTINGS.stages, months: 12, shape: { kind: 'even' } });
  const monthly = [14000, 280, 84, 25, 10, 2];
  for (let m = 0; m < 6; m++)
    monthly.forEach((v, s) => {
      e.set(`'SLA 2026'!${cellA1(l.firstMonthRow + m, l.blockCol.actuals + s)}`, v);
    });
  e.stats();
  e.run('getResetProposal', [{}]);
  const proposal = e.stats();
  e.run('resetSla', [{}]);
  const reset = e.stats();
  const resetServiceCalls = e.lastOperationCalls();
  e.close();
  return [
    { group, name: 'reset proposal: spreadsheet calls', value: proposal.calls },
    { group, name: 'reset (archive + next version): spreadsheet calls', value: reset.calls },
    { group, name: 'reset: all service calls (fault points)', value: resetServiceCalls },
    { group, name: 'reset: flushes', value: reset.flushes },
  ];
}

/**
 * What crash safety costs (issue 10): every operation reads the add-on's
 * record (developer metadata), sets a lease before its reads and clears it in
 * the write that ends it. Spreadsheet calls as stats() counts them, and every
 * Apps Script service call (each one a point where a failure is injected by
 * the fault sweep in test/resilience).
 */
async function safetyFigures(): Promise<BenchLine[]> {
  const group = 'operations, safe to retry (issue 10)';
  const e = await emulator('2026-03-10T09:00:00Z');
  const fx = crmFixture({ shape: 'hubspot', records: 200, seed: 42, timeZone: 'Etc/UTC' });
  const lines: BenchLine[] = [];
  const measure = (name: string, budget: number | null, run: () => void) => {
    e.stats();
    run();
    const stats = e.stats();
    lines.push(
      {
        group,
        name: `${name}: spreadsheet calls${budget ? ` (budget ${budget})` : ''}`,
        value: stats.calls,
      },
      { group, name: `${name}: all service calls`, value: e.lastOperationCalls() },
      { group, name: `${name}: flushes`, value: stats.flushes },
    );
  };
  const seven = WITH_SALS_SETTINGS;
  measure('first build', 60, () => e.run('buildSlaTab', [SETTINGS]));
  measure('rebuild, same layout', 60, () =>
    e.run('buildSlaTab', [{ ...SETTINGS, sheetName: 'SLA 2026', revenueGoal: 1500000 }]),
  );
  measure('rebuild, one more stage', 60, () => e.run('buildSlaTab', [seven]));
  measure('rebuild, one fewer stage', 60, () =>
    e.run('buildSlaTab', [{ ...SETTINGS, sheetName: 'SLA 2026' }]),
  );
  e.addTab('CRM export', fx.rows as never);
  measure('first refresh (creates the log and history)', 15, () =>
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]),
  );
  measure('refresh', 15, () => e.run('refreshActuals', [{ sourceTab: 'CRM export' }]));
  e.setNow('2026-04-02T09:00:00Z');
  measure('refresh that closes a month (history rows)', 15, () =>
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]),
  );
  measure('schedule change', null, () => e.run('setRefreshSchedule', ['daily']));
  e.setNow('2026-07-06T09:00:00Z');
  measure('reset (archive + next version)', 60, () => e.run('resetSla', [{}]));
  lines.push(...limitFigures(e));
  e.close();
  return lines;
}

/**
 * Apps Script's execution limits (issue 9): 30 s for a custom function or a
 * simple trigger, 6 minutes for anything else
 * (https://developers.google.com/apps-script/guides/services/quotas). The
 * slowest run of each kind in the emulator, against its limit; Google's
 * servers are slower per call, so the margin is what matters.
 */
function limitFigures(e: Emulator): BenchLine[] {
  const group = 'execution time limits (issue 9)';
  e.set("'Sheet1'!A1", '=REQUIRED_MQLS(SEQUENCE(10000,1,100000,1000), 24000, {0.5, 0.4, 0.25})');
  const limitMs = { 'custom-function': 30_000, 'simple-trigger': 30_000, execution: 360_000 };
  const slowest = new Map<string, number>();
  for (const x of e.executionTimes()) slowest.set(x.kind, Math.max(slowest.get(x.kind) ?? 0, x.ms));
  return [...slowest].map(([kind, ms]) => ({
    group,
    name: `slowest ${kind} vs its limit (${limitMs[kind as keyof typeof limitMs] / 1000} s)`,
    value: `${ms.toFixed(0)} ms = ${((100 * ms) / limitMs[kind as keyof typeof limitMs]).toFixed(2)} %`,
  }));
}

const bench: BenchModule = async () => [
  ...(await buildFigures()),
  ...(await refreshFigures()),
  ...(await resetFigures()),
  ...(await safetyFigures()),
];
export default bench;
