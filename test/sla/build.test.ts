/**
 * Building the SLA tab through the emulator with the BUILT bundle: what the
 * user sees by named range, what it costs in spreadsheet calls, and what a
 * rebuild keeps.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../dev/emulator/index';
import { EXAMPLE_SETTINGS } from '../../dev/fixtures/sla-settings';
import { type SettingsInput, validateSettings } from '../../src/api/settings';
import { cellA1 } from '../../src/sheet/a1';
import { layout } from '../../src/sla/layout';

const EXAMPLE = EXAMPLE_SETTINGS;

let emu: Emulator | undefined;
afterEach(() => emu?.close());

async function fresh(): Promise<Emulator> {
  emu = await createEmulator({ now: '2026-07-15T09:00:00Z', timeZone: 'Europe/Berlin' });
  return emu;
}

function layoutOf(input: SettingsInput) {
  const v = validateSettings(input);
  if (!v.ok) throw new Error('bad test settings');
  return { l: layout(v.settings), s: v.settings };
}

/** A date cell (ISO instant) as its month in the spreadsheet's zone. */
const berlinMonth = (iso: unknown) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' })
    .format(new Date(String(iso)))
    .slice(0, 7);

const ref = (row: number, col: number, tab = 'SLA 2026') => `'${tab}'!${cellA1(row, col)}`;
const colSums = (grid: unknown[][]) =>
  grid[0].map((_, c) => grid.reduce((sum, row) => sum + Number(row[c]), 0));

describe('buildSlaTab in the emulator', () => {
  it('builds the tab with targets readable by name, in at most 60 calls and no flush', async () => {
    const e = await fresh();
    e.stats();
    expect(e.run('buildSlaTab', [EXAMPLE])).toEqual({ sheetName: 'SLA 2026' });
    const stats = e.stats();
    expect(stats.calls).toBeLessThanOrEqual(60);
    expect(stats.flushes).toBe(0);
    expect(e.get('SLA_PeriodTargets').values).toEqual([[166700, 3334, 1000, 500, 200, 50]]);
    expect(colSums(e.get('SLA_Targets').values)).toEqual([166700, 3334, 1000, 500, 200, 50]);
    expect(e.get('SLA_Months').values.map((r) => berlinMonth(r[0]))).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(e.get('SLA_Goal').values).toEqual([[1200000]]);
    expect(e.get('SLA_DealSize').values).toEqual([[24000]]);
    expect(e.get('SLA_Rates').values).toEqual([[0.02, 0.3, 0.5, 0.4, 0.25]]);
    expect(
      e
        .get('SLA_Actuals')
        .values.flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(e.view().activeSheet).toBe('SLA 2026');
  });

  it('costs the same number of calls for 12 and 36 months', async () => {
    const counts: number[] = [];
    for (const months of [12, 36]) {
      const e = await fresh();
      e.stats();
      e.run('buildSlaTab', [{ ...EXAMPLE, months }]);
      counts.push(e.stats().calls);
      e.close();
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it('recomputes every target when an assumption changes in the sheet', async () => {
    const e = await fresh();
    e.run('buildSlaTab', [EXAMPLE]);
    e.set('SLA_Goal', 2400000);
    expect(e.get('SLA_PeriodTargets').values).toEqual([[333350, 6667, 2000, 1000, 400, 100]]);
    expect(colSums(e.get('SLA_Targets').values)).toEqual([333350, 6667, 2000, 1000, 400, 100]);
  });

  it('rejects invalid settings naming each bad field, and creates nothing', async () => {
    const e = await fresh();
    expect(() =>
      e.run('buildSlaTab', [{ ...EXAMPLE, revenueGoal: -1, rates: [0.02, 0.3, 0.5, 0.4] }]),
    ).toThrow(
      /Revenue goal: must be greater than 0\..*Conversion rate: give one rate between each pair of stages \(expected 5\)/,
    );
    expect(e.view().sheets.map((s) => s.name)).not.toContain('SLA 2026');
  });

  it('rebuilds in place: typed actuals and agreement edits stay, targets follow the new settings', async () => {
    const e = await fresh();
    const { l } = layoutOf(EXAMPLE);
    e.run('buildSlaTab', [EXAMPLE]);
    const mqlActual = ref(l.firstMonthRow + 1, l.blockCol.actuals + 2); // Feb MQLs
    e.set(mqlActual, 97);
    e.set(ref(l.agreementRow.mqlDefinition, 2), 'Edited in the sheet: score ≥ 70');
    e.stats();
    e.run('buildSlaTab', [{ ...EXAMPLE, revenueGoal: 2400000 }]);
    const stats = e.stats();
    expect(stats.calls).toBeLessThanOrEqual(60);
    // The lease goes through the Sheets API: no SpreadsheetApp write waits to be flushed.
    expect(stats.flushes).toBe(0);
    expect(e.get(mqlActual).values).toEqual([[97]]);
    expect(e.get(ref(l.agreementRow.mqlDefinition, 2)).values).toEqual([
      ['Edited in the sheet: score ≥ 70'],
    ]);
    expect(e.get('SLA_PeriodTargets').values).toEqual([[333350, 6667, 2000, 1000, 400, 100]]);
    // The sidebar restores the merged text.
    const state = e.run('getSidebarState') as { settings: SettingsInput; sheetName: string };
    expect(state.sheetName).toBe('SLA 2026');
    expect(state.settings.agreement?.mqlDefinition).toBe('Edited in the sheet: score ≥ 70');
    expect(state.settings.revenueGoal).toBe(2400000);
  });

  it('moves typed actuals with their stage when stages change', async () => {
    const e = await fresh();
    const { l } = layoutOf(EXAMPLE);
    e.run('buildSlaTab', [EXAMPLE]);
    e.set(ref(l.firstMonthRow, l.blockCol.actuals + 5), 4); // Jan Customers
    const seven = {
      ...EXAMPLE,
      stages: ['Visits', 'Leads', 'MQLs', 'SALs', 'SQLs', 'Opportunities', 'Customers'],
      rates: [0.02, 0.3, 0.8, 0.625, 0.4, 0.25],
      lagDays: [0, 0, 0, 0, 0, 0],
    };
    e.run('buildSlaTab', [seven]);
    const { l: l7 } = layoutOf(seven);
    expect(e.get(ref(l7.firstMonthRow, l7.blockCol.actuals + 6)).values).toEqual([[4]]);
    expect(e.get('SLA_Stages').values[0]).toHaveLength(7);
    expect(e.get('SLA_Actuals').values[0]).toHaveLength(7);
  });

  it('makes a new tab for a different period and leaves the old one alone', async () => {
    const e = await fresh();
    e.run('buildSlaTab', [EXAMPLE]);
    expect(e.run('buildSlaTab', [{ ...EXAMPLE, periodStart: '2027-01' }])).toEqual({
      sheetName: 'SLA 2027',
    });
    const names = e.view().sheets.map((s) => s.name);
    expect(names).toContain('SLA 2026');
    expect(names).toContain('SLA 2027');
    expect(berlinMonth(e.get('SLA_Months').values[0][0])).toBe('2027-01');
  });

  it('writes user text inert: a stage named like a formula stays text', async () => {
    const e = await fresh();
    const { l } = layoutOf(EXAMPLE);
    e.run('buildSlaTab', [{ ...EXAMPLE, stages: ['=1+1', ...EXAMPLE.stages.slice(1)] }]);
    expect(e.get(ref(l.stageRow.stages, 2))).toEqual({ values: [['=1+1']], formulas: [['']] });
  });

  it('refuses to overwrite a tab of the same name that it did not build', async () => {
    const e = await fresh();
    e.addTab('SLA 2026', [['Our own notes']]);
    expect(() => e.run('buildSlaTab', [EXAMPLE])).toThrow(
      'A tab named "SLA 2026" already exists and was not built by Funnel SLA. Rename or delete that tab, then build again.',
    );
    expect(e.get("'SLA 2026'!A1").values).toEqual([['Our own notes']]);
  });
});
