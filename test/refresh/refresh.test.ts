/**
 * The actuals refresh end to end in the emulator with the BUILT bundle:
 * golden totals on generated HubSpot and Salesforce exports, what it costs,
 * what survives a failed write, and what stays inert.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../dev/emulator/index';
import { type CrmFixture, crmFixture } from '../../dev/fixtures/crm';
import { EXAMPLE_SETTINGS } from '../../dev/fixtures/sla-settings';
import type { RefreshReportItem, RefreshSetup, RefreshSummary } from '../../src/api/actuals';
import { cellA1 } from '../../src/sheet/a1';
import { actualsArea } from '../../src/sla/actuals-patch';
import { layout } from '../../src/sla/layout';

const SETTINGS = EXAMPLE_SETTINGS;
/** Refresh calls with the safety (see dev/bench/sla.ts): 12 + 5 for the state. */
const REFRESH_BUDGET = 15;
const L = layout({ stages: SETTINGS.stages, months: 12, shape: { kind: 'even' } });
const ref = (row: number, col: number) => `'SLA 2026'!${cellA1(row, col)}`;

let emu: Emulator | undefined;
afterEach(() => emu?.close());

async function withSla(opts: {
  now?: string;
  timeZone?: string;
  locale?: string;
  userLocale?: string;
  fixture?: CrmFixture;
}): Promise<Emulator> {
  emu = await createEmulator({
    now: opts.now ?? '2027-01-10T09:00:00Z',
    timeZone: opts.timeZone ?? 'Europe/Berlin',
    locale: opts.locale ?? 'en_US',
    userLocale: opts.userLocale,
  });
  emu.run('buildSlaTab', [SETTINGS]);
  if (opts.fixture) emu.addTab('CRM export', opts.fixture.rows as never);
  return emu;
}

const column = (grid: unknown[][], c: number) => grid.map((row) => row[c]);

describe('refreshActuals', () => {
  it('fills SLA_Actuals from a messy HubSpot export with the generator’s independent totals', async () => {
    const fx = crmFixture({ shape: 'hubspot', records: 800, seed: 7, messy: true });
    const e = await withSla({ fixture: fx });
    e.set(ref(L.firstMonthRow, L.blockCol.actuals), 41000); // Visits, typed by hand
    const summary = e.run('refreshActuals', [{ sourceTab: 'CRM export' }]) as RefreshSummary;
    expect(summary.rowsRead).toBe(fx.expected.rowsRead);
    expect(summary.rowsCounted).toBe(fx.expected.rowsCounted);
    expect(summary.rowsSkipped).toBe(fx.expected.rowsSkipped);
    expect(summary.stagesKept).toEqual(['Visits']);
    const actuals = e.get('SLA_Actuals').values;
    for (let s = 1; s < 6; s++)
      expect(column(actuals, s)).toEqual(column(fx.expected.counts as number[][], s));
    expect(actuals[0][0]).toBe(41000); // unmapped stage keeps what the user typed
    expect(e.get('SLA_Revenue').values.map((r) => r[0])).toEqual(fx.expected.revenue);
    expect(e.get('SLA_LeadsHanded').values.map((r) => r[0])).toEqual(
      fx.expected.leadsHandedToSales,
    );
    const speed = e.get('SLA_SpeedToLead').values;
    speed.forEach((row, i) => {
      const [hours, share] = fx.expected.speedToLead[i];
      if (hours === null) expect(row[0]).toBe('');
      else expect(row[0]).toBeCloseTo(hours, 9);
      if (share === null) expect(row[1]).toBe('');
      else expect(row[1]).toBeCloseTo(share, 9);
    });
    const bySource = e.get('SLA_BySource').values;
    expect(bySource[0].filter(Boolean)).toEqual(
      fx.expected.bySource.sources.slice(0, 10).map((src) => src || '(no source)'),
    );
  });

  it('reads a Salesforce export with day-first slash dates in an en_GB spreadsheet', async () => {
    const fx = crmFixture({ shape: 'salesforce', records: 600, seed: 11, dayFirst: true });
    const e = await withSla({ fixture: fx, locale: 'en_GB' });
    const summary = e.run('refreshActuals', [
      { sourceTab: 'CRM export', mapping: fx.mapping },
    ]) as RefreshSummary;
    expect(summary.rowsCounted).toBe(fx.expected.rowsCounted);
    const actuals = e.get('SLA_Actuals').values;
    for (let s = 1; s < 6; s++)
      expect(column(actuals, s)).toEqual(column(fx.expected.counts as number[][], s));
  });

  it('counts a record at 23:30 on the last day of a month in that month, in the sheet’s zone', async () => {
    for (const timeZone of ['Europe/Berlin', 'America/Los_Angeles']) {
      const e = await withSla({ timeZone });
      e.addTab('CRM export', [
        ['Record ID', 'Became a Marketing Qualified Lead Date'],
        ['1', '2026-01-31 23:30'],
        ['2', '2026-02-01 00:10'],
        ['3', '2026-03-29 02:30'], // Berlin's spring-forward night
      ]);
      e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
      expect(column(e.get('SLA_Actuals').values, 2).slice(0, 3)).toEqual([1, 1, 1]);
      e.close();
    }
  });

  it('leaves months after the current one blank, not zero', async () => {
    const fx = crmFixture({ shape: 'hubspot', records: 300, seed: 3 });
    const e = await withSla({ fixture: fx, now: '2026-07-15T09:00:00Z' });
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
    const mqls = column(e.get('SLA_Actuals').values, 2);
    expect(mqls.slice(7)).toEqual(['', '', '', '', '']);
    expect(mqls.slice(0, 7).every((v) => typeof v === 'number')).toBe(true);
  });

  it('costs the same spreadsheet calls for 1,000 and 9,000 rows (one chunk), no flush', async () => {
    const calls: number[] = [];
    for (const records of [1000, 9000]) {
      const e = await withSla({ fixture: crmFixture({ shape: 'hubspot', records, seed: 5 }) });
      e.run('refreshActuals', [{ sourceTab: 'CRM export' }]); // first run creates the log tab
      e.stats();
      e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
      const stats = e.stats();
      // The lease and the writes go through the Sheets API: SpreadsheetApp never flushes.
      expect(stats.flushes).toBe(0);
      calls.push(stats.calls);
      e.close();
    }
    expect(calls[0]).toBe(calls[1]);
    // Reads 11 (state 2, zone+locale+tabs 1, SLA tab, export 3, actuals 3, id), the lease,
    // and ONE batch with every write and the record; see dev/bench/sla.ts.
    expect(calls[0]).toBeLessThanOrEqual(REFRESH_BUDGET);
  });

  it('keeps the previous actuals when a write fails', async () => {
    const fx = crmFixture({ shape: 'hubspot', records: 400, seed: 9 });
    const e = await withSla({ fixture: fx });
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
    const before = e.get('SLA_Actuals');
    e.set("'CRM export'!A2", 'changed'); // the next refresh would differ
    const area = actualsArea(L);
    e.failNext('batchUpdate', 'Service Spreadsheets failed while accessing document');
    expect(() => e.run('refreshActuals', [{ sourceTab: 'CRM export' }])).toThrow(
      /Service Spreadsheets failed/,
    );
    expect(e.get('SLA_Actuals')).toEqual(before);
    expect(area.rows).toBe(13);
    // Nothing half-done: the log has only the first refresh.
    expect(e.get("'SLA Log'!A1:A3").values.map((r) => r[0] !== '')).toEqual([true, true, false]);
  });

  it('writes CRM text inert: formula-looking sources stay text', async () => {
    const e = await withSla({});
    e.addTab('CRM export', [
      ['Record ID', 'Became a Marketing Qualified Lead Date', 'Original Source'],
      ['1', '2026-01-05', '=HYPERLINK("http://example.com","x")'],
      ['2', '2026-01-06', '+1'],
      ['3', '2026-01-07', '-x'],
      ['4', '2026-01-08', '@foo'],
    ]);
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
    const header = e.get('SLA_BySource');
    expect(header.values[0].slice(0, 4).sort()).toEqual(
      ['+1', '-x', '=HYPERLINK("http://example.com","x")', '@foo'].sort(),
    );
    expect(header.formulas[0].every((f) => f === '')).toBe(true);
  });

  it('gives clear errors for bad input and lists skipped rows for the sidebar', async () => {
    const e = await withSla({});
    expect(() => e.run('refreshActuals', [{ sourceTab: 'Nope' }])).toThrow(
      'There is no tab named "Nope". Choose the tab that holds your CRM export.',
    );
    expect(() => e.run('refreshActuals', [{ sourceTab: 'SLA 2026' }])).toThrow(/SLA tab itself/);
    e.addTab('CRM export', [
      ['Record ID', 'MQL date'],
      ['1', 'not a date'],
      ['', ''],
      ['1', '2026-02-03'],
    ]);
    expect(() =>
      e.run('refreshActuals', [{ sourceTab: 'CRM export', mapping: { MQLs: 'Missing col' } }]),
    ).toThrow(
      'The mapping names a column "Missing col" that is not in the first row of "CRM export".',
    );
    const summary = e.run('refreshActuals', [{ sourceTab: 'CRM export' }]) as RefreshSummary;
    expect(summary.rowsRead).toBe(3);
    const report = e.run('getRefreshReport') as RefreshReportItem[];
    expect(report.map((r) => [r.row, r.reason])).toEqual([
      [2, 'unparseableDate'],
      [3, 'blankRow'],
      [4, 'duplicateRecordId'],
    ]);
    expect(report[0].message).toBe('Row 2: "not a date" in MQL date is not a date we can read.');
  });

  it('says "busy, try again" while another execution holds the lock for its check-and-set', async () => {
    const fx = crmFixture({ shape: 'hubspot', records: 50, seed: 1 });
    const e = await withSla({ fixture: fx });
    const release = e.services.state.locks.holdExternally('script');
    expect(() => e.run('refreshActuals', [{ sourceTab: 'CRM export' }])).toThrow(
      'Funnel SLA is busy with another change to this spreadsheet. Try again in a moment.',
    );
    release();
    expect(e.run('refreshActuals', [{ sourceTab: 'CRM export' }])).toMatchObject({ rowsRead: 50 });
  });

  it('logs every refresh and refreshes from the menu with the saved mapping', async () => {
    const fx = crmFixture({ shape: 'hubspot', records: 120, seed: 2 });
    const e = await withSla({ fixture: fx });
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
    e.run('refreshFromMenu');
    const log = e.get("'SLA Log'!A1:L3").values;
    // Which SLA and version each run refreshed, and the header readable like the SLA tab's.
    expect(log[0].slice(10)).toEqual(['SLA', 'Version']);
    expect(log[1].slice(10)).toEqual(['SLA 2026', 1]);
    const logTab = e.spreadsheetApp.getActiveSpreadsheet().getSheetByName('SLA Log');
    expect(logTab?.getRange('D2').getNumberFormat()).toBe('#,##0');
    expect(logTab?.getColumnWidth(8)).toBe(110);
    expect(log[0].slice(0, 4)).toEqual(['When', 'Who', 'Source tab', 'Rows read']);
    expect(log[1][2]).toBe('CRM export');
    expect(log[1][3]).toBe(120);
    expect(log[2][9]).toBe('menu');
    expect(e.ui.toasts.at(-1)?.message).toMatch(/^Actuals refreshed: \d+ of 120 rows counted/);
  });

  it('refreshes from the menu in the user’s language while the log keeps the SLA’s', async () => {
    const fx = crmFixture({ shape: 'hubspot', records: 40, seed: 3 });
    const e = await withSla({ fixture: fx, userLocale: 'de_DE' });
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
    e.run('refreshFromMenu');
    expect(e.ui.toasts.at(-1)?.message).toMatch(
      /^Ist-Werte aktualisiert: \d+ von 40 Zeilen gezählt/,
    );
    // The SLA was built on an en_US spreadsheet: its log is English for every reader.
    expect(e.get("'SLA Log'!A1:B1").values).toEqual([['When', 'Who']]);
  });

  it('schedules one time-driven trigger and replaces it when the schedule changes', async () => {
    const e = await withSla({});
    e.run('setRefreshSchedule', ['daily']);
    e.run('setRefreshSchedule', ['monthly']);
    const triggers = e.listTriggers();
    expect(triggers).toHaveLength(1);
    expect(triggers[0].handler).toBe('scheduledRefresh');
    expect(triggers[0].schedule?.onMonthDay).toBe(1);
    e.run('setRefreshSchedule', ['off']);
    expect(e.listTriggers()).toHaveLength(0);
  });

  it('appends each closed month to SLA History once, never rewriting earlier rows', async () => {
    const fx = crmFixture({ shape: 'hubspot', records: 400, seed: 4 });
    const e = await withSla({ fixture: fx, now: '2026-04-10T09:00:00Z' });
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
    const first = e.get("'SLA History'!A1:I30").values;
    expect(first[0]).toEqual([
      'Month',
      'Stage',
      'Target',
      'Actual',
      'Variance',
      'Attainment',
      'Status',
      'SLA',
      'Version',
    ]);
    // Jan, Feb, Mar: 6 stages + revenue each, each row saying which SLA and version.
    expect(first.filter((r) => r[0] !== '').length).toBe(1 + 3 * 7);
    const janMqls = first.find((r) => r[0] === '2026-01' && r[1] === 'MQLs');
    expect(janMqls?.slice(2, 4)).toEqual([84, fx.expected.counts[0][2]]);
    expect(janMqls?.slice(7)).toEqual(['SLA 2026', 1]);
    // Formatted like the SLA tab: grouped counts, attainment as a percent, a frozen header.
    const shown = e.view().sheets.find((sh) => sh.name === 'SLA History');
    expect(shown?.frozenRows).toBe(1);
    const display = e.get("'SLA History'!A1:I3");
    expect(display.values[1][0]).toBe('2026-01');
    const history = e.spreadsheetApp.getActiveSpreadsheet().getSheetByName('SLA History');
    expect(history?.getRange('C2:F2').getNumberFormats()[0]).toEqual([
      '#,##0',
      '#,##0',
      '#,##0',
      '0.0%',
    ]);
    expect(history?.getColumnWidth(2)).toBe(150);
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
    expect(e.get("'SLA History'!A1:I30").values).toEqual(first);
    e.setNow('2026-05-02T09:00:00Z');
    e.stats();
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
    const closing = e.stats();
    expect(closing.flushes).toBe(0);
    expect(closing.calls).toBeLessThanOrEqual(REFRESH_BUDGET);
    const after = e.get("'SLA History'!A1:I30").values;
    expect(after.slice(0, 22)).toEqual(first.slice(0, 22));
    expect(after.slice(22, 29).map((r) => r[0])).toEqual(Array(7).fill('2026-04'));
  });

  it('returns to the SLA tab after creating its log, and records who ran it and how', async () => {
    const fx = crmFixture({ shape: 'hubspot', records: 60, seed: 8 });
    const e = await withSla({ fixture: fx });
    const summary = e.run('refreshActuals', [{ sourceTab: 'CRM export' }]) as RefreshSummary;
    expect(e.view().activeSheet).toBe('SLA 2026');
    expect(summary.trigger).toBe('sidebar');
    expect(summary.by).toBe(e.options.userEmail);
  });

  it('proposes the tab that looks like a CRM export when none was chosen yet', async () => {
    const fx = crmFixture({ shape: 'salesforce', records: 20, seed: 6 });
    const e = await withSla({});
    e.addTab('Notes', [['anything']]);
    e.addTab('Leads 2026', fx.rows as never);
    const setup = e.run('getRefreshSetup') as RefreshSetup;
    expect(setup.tabs).toEqual(['Sheet1', 'Notes', 'Leads 2026']);
    expect(setup.sourceTab).toBe('Leads 2026');
    expect(setup.detected).toBe(true);
    expect(setup.mapping.stages.MQLs).toBeTruthy();
  });

  it('runs from the time-driven trigger as Google runs an add-on trigger (no active spreadsheet)', async () => {
    const fx = crmFixture({ shape: 'hubspot', records: 80, seed: 12 });
    const e = await withSla({ fixture: fx });
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
    e.run('setRefreshSchedule', ['daily']);
    e.set("'CRM export'!A2", 'changed');
    e.setNow('2027-01-11T07:00:00Z');
    const runs = e.fireDueTriggers();
    expect(runs).toMatchObject([{ handler: 'scheduledRefresh', ok: true }]);
    expect(e.get("'SLA Log'!J3").values).toEqual([['schedule']]);
    expect(e.get("'SLA Log'!B3").values).toEqual([[e.options.userEmail]]);
    const setup = e.run('getRefreshSetup') as RefreshSetup;
    expect(setup.last?.trigger).toBe('schedule');
    expect(setup.failure).toBeNull();
  });

  it('records a failed scheduled run in SLA Log and the sidebar until a refresh succeeds', async () => {
    const fx = crmFixture({ shape: 'hubspot', records: 80, seed: 12 });
    const e = await withSla({ fixture: fx });
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
    e.run('setRefreshSchedule', ['daily']);
    e.set("'CRM export'!A1", null);
    e.set("'CRM export'!B1", null);
    for (let c = 0; c < 40; c++) e.set(`'CRM export'!${String.fromCharCode(65 + (c % 26))}1`, null);
    e.setNow('2027-01-11T07:00:00Z');
    expect(e.fireDueTriggers()).toMatchObject([{ ok: true }]);
    const row = e.get("'SLA Log'!A3:J3").values[0];
    expect(row[1]).toBe(e.options.userEmail);
    expect(row[9]).toMatch(/^scheduled refresh failed: /);
    const failed = e.run('getRefreshSetup') as RefreshSetup;
    expect(failed.failure?.message).toMatch(/CRM export/);
    e.addTab('CRM 2', fx.rows as never);
    e.run('refreshActuals', [{ sourceTab: 'CRM 2', mapping: fx.mapping }]);
    expect((e.run('getRefreshSetup') as RefreshSetup).failure).toBeNull();
  });

  it('keeps one schedule per SLA: per user, says whose, and a replaced trigger removes itself', async () => {
    const fx = crmFixture({ shape: 'hubspot', records: 40, seed: 13 });
    const e = await withSla({ fixture: fx });
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
    const ana = e.options.userEmail;
    const setup = e.run('setRefreshSchedule', ['daily']) as RefreshSetup;
    expect(setup).toMatchObject({ schedule: 'daily', scheduleBy: ana });
    e.setUser('ben@example.com');
    // Ben cannot delete Ana's trigger (it is hers); his schedule replaces hers in the record.
    expect(e.run('setRefreshSchedule', ['monthly'])).toMatchObject({
      schedule: 'monthly',
      scheduleBy: 'ben@example.com',
    });
    expect(e.listTriggers()).toHaveLength(2); // Ana's and Ben's: a trigger belongs to its user
    e.setNow('2027-01-11T07:00:00Z');
    const runs = e.fireDueTriggers();
    // Ana's trigger found Ben's schedule in the record: it removed itself without refreshing.
    expect(runs.map((r) => [r.user, r.ok])).toEqual([[ana, true]]);
    expect(e.listTriggers()).toHaveLength(1);
    const log = e.get("'SLA Log'!A1:J5").values.filter((r) => r[0] !== '');
    expect(log).toHaveLength(2); // header + the sidebar refresh: no scheduled run
    e.run('setRefreshSchedule', ['off']);
    expect(e.listTriggers()).toHaveLength(0);
    expect((e.run('getRefreshSetup') as RefreshSetup).scheduleBy).toBeNull();
  });
});
