/**
 * Issue 10's proof: every operation, cut off at EVERY Apps Script service call
 * it makes (emulator failAt: the n-th call throws Google's transient error),
 * then simply run again, ends in exactly the workbook a fault-free run
 * produces: values, formulas, formats, named ranges, protections, developer
 * metadata, properties and triggers. Each n gets a fresh emulator brought to
 * the same starting point. The scenarios are split over two test files so
 * the two halves run in parallel.
 */
import { afterEach, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../dev/emulator/index';
import { crmFixture } from '../../dev/fixtures/crm';
import { EXAMPLE_SETTINGS, WITH_SALS_SETTINGS } from '../../dev/fixtures/sla-settings';
import { cellA1 } from '../../src/sheet/a1';
import { layout } from '../../src/sla/layout';
import { workbook } from './workbook';

const L = layout({ stages: EXAMPLE_SETTINGS.stages, months: 12, shape: { kind: 'even' } });
const typed = (row: number, col: number) => `'SLA 2026'!${cellA1(row, col)}`;
const FX = crmFixture({ shape: 'hubspot', records: 120, seed: 21 });

export interface Scenario {
  name: string;
  now: string;
  setup(e: Emulator): void;
  op(e: Emulator): unknown;
}

/** Typed by hand before the operation: actuals for Jan–Mar and an agreement edit. */
function typeSomething(e: Emulator): void {
  [14000, 280, 84, 25, 10, 2].forEach((v, s) => {
    for (let m = 0; m < 3; m++) e.set(typed(L.firstMonthRow + m, L.blockCol.actuals + s), v + m);
  });
  e.set(typed(L.agreementRow.mqlDefinition, 2), 'Edited in the sheet: score ≥ 70');
}

const withStage = WITH_SALS_SETTINGS;
const withoutStage = {
  ...EXAMPLE_SETTINGS,
  sheetName: 'SLA 2026',
  stages: ['Visits', 'Leads', 'MQLs', 'Opportunities', 'Customers'],
  rates: [0.02, 0.3, 0.2, 0.25],
  lagDays: [0, 0, 0, 0],
};

export const SCENARIOS: Scenario[] = [
  {
    name: 'first build',
    now: '2026-02-10T09:00:00Z',
    setup: () => {},
    op: (e) => e.run('buildSlaTab', [EXAMPLE_SETTINGS]),
  },
  {
    name: 'rebuild with one more stage',
    now: '2026-04-10T09:00:00Z',
    setup: (e) => {
      e.run('buildSlaTab', [EXAMPLE_SETTINGS]);
      typeSomething(e);
    },
    op: (e) => e.run('buildSlaTab', [withStage]),
  },
  {
    name: 'rebuild with one fewer stage',
    now: '2026-04-10T09:00:00Z',
    setup: (e) => {
      e.run('buildSlaTab', [EXAMPLE_SETTINGS]);
      typeSomething(e);
    },
    op: (e) => e.run('buildSlaTab', [withoutStage]),
  },
  {
    name: 'refresh that creates the log',
    now: '2026-01-20T09:00:00Z',
    setup: (e) => {
      e.run('buildSlaTab', [EXAMPLE_SETTINGS]);
      e.addTab('CRM export', FX.rows as never);
    },
    op: (e) => e.run('refreshActuals', [{ sourceTab: 'CRM export' }]),
  },
  {
    name: 'refresh that closes a month',
    now: '2026-04-10T09:00:00Z',
    setup: (e) => {
      e.run('buildSlaTab', [EXAMPLE_SETTINGS]);
      e.addTab('CRM export', FX.rows as never);
      e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
      e.setNow('2026-05-02T09:00:00Z');
    },
    op: (e) => e.run('refreshActuals', [{ sourceTab: 'CRM export' }]),
  },
  {
    name: 'reset',
    now: '2026-07-06T09:00:00Z',
    setup: (e) => {
      e.run('buildSlaTab', [EXAMPLE_SETTINGS]);
      typeSomething(e);
    },
    op: (e) => e.run('resetSla', [{ trailingMonths: 3 }]),
  },
  {
    name: 'schedule change',
    now: '2026-03-10T09:00:00Z',
    setup: (e) => {
      e.run('buildSlaTab', [EXAMPLE_SETTINGS]);
      e.addTab('CRM export', FX.rows as never);
      e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
      e.run('setRefreshSchedule', ['monthly']);
    },
    op: (e) => e.run('setRefreshSchedule', ['daily']),
  },
  {
    name: 'second signature (signed snapshot)',
    now: '2026-03-10T09:00:00Z',
    setup: (e) => {
      e.run('buildSlaTab', [EXAMPLE_SETTINGS]);
      typeSomething(e);
      e.run('signAgreement', [{ side: 'marketing', name: 'Ana', role: 'CMO' }]);
    },
    op: (e) => e.run('signAgreement', [{ side: 'sales', name: 'Ben', role: 'VP Sales' }]),
  },
];

let open: Emulator | undefined;
afterEach(() => open?.close());

async function prepared(s: Scenario): Promise<Emulator> {
  open?.close();
  open = await createEmulator({ now: s.now, timeZone: 'Europe/Berlin', locale: 'en_US' });
  s.setup(open);
  return open;
}

/** One `it` per scenario: fail at call n (every n), run again, compare the whole workbook. */
export function sweep(names: string[]): void {
  for (const s of SCENARIOS.filter((x) => names.includes(x.name))) {
    it(s.name, async () => {
      const clean = await prepared(s);
      s.op(clean);
      const calls = clean.lastOperationCalls();
      const expected = workbook(clean);
      expect(calls).toBeGreaterThan(5);
      const differing: number[] = [];
      let firstDiff: unknown = null;
      for (let n = 1; n <= calls; n++) {
        const e = await prepared(s);
        e.failAt(n);
        // A failing lock release is absorbed (the lock dies with the execution):
        // that run succeeded and is not retried. Every other failure is retried.
        let failed = false;
        try {
          s.op(e);
        } catch {
          failed = true;
        }
        e.failAt(0);
        if (failed) s.op(e);
        const got = workbook(e);
        if (JSON.stringify(got) !== JSON.stringify(expected)) {
          differing.push(n);
          firstDiff ??= got;
        }
      }
      if (firstDiff) expect(firstDiff, `after a failure at call ${differing[0]}`).toEqual(expected);
      expect(differing).toEqual([]);
      console.info(
        `fault sweep: ${s.name}: ${calls} service calls, each failed and retried cleanly`,
      );
    }, 900_000);
  }
}
