/**
 * The mid-period reset end to end in the emulator: the proposal, the archived
 * read-only version keeping every value, renamed names, and the next version
 * for the remaining months.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../dev/emulator/index';
import { EXAMPLE_SETTINGS } from '../../dev/fixtures/sla-settings';
import type { ResetProposal, ResetResult } from '../../src/api/review';
import type { SettingsInput } from '../../src/api/settings';
import { cellA1 } from '../../src/sheet/a1';
import { layout } from '../../src/sla/layout';

const SETTINGS = EXAMPLE_SETTINGS;
const L = layout({ stages: SETTINGS.stages, months: 12, shape: { kind: 'even' } });
/** Jan–Jun actuals: MQL→SQL runs at 30 % instead of 50 %. */
const MONTHLY = [14000, 280, 84, 25, 10, 2];

let emu: Emulator | undefined;
afterEach(() => emu?.close());

async function halfYear(): Promise<Emulator> {
  emu = await createEmulator({ now: '2026-07-06T09:00:00Z', timeZone: 'Europe/Berlin' });
  emu.run('buildSlaTab', [SETTINGS]);
  for (let m = 0; m < 6; m++) {
    MONTHLY.forEach((v, s) => {
      emu?.set(`'SLA 2026'!${cellA1(L.firstMonthRow + m, L.blockCol.actuals + s)}`, v);
    });
    emu.set(`'SLA 2026'!${cellA1(L.firstMonthRow + m, L.blockCol.actuals + 6)}`, 48000);
  }
  return emu;
}

const box = `A1:${cellA1(L.rows, L.cols)}`;

/** Reset: the archive in one API batch (rename, 20 names, frozen cells, protection) + the next version's build (issue 10's 60). */
const RESET_BUDGET = 60;

describe('resetSla', () => {
  it('proposes rates from the trailing actuals with the records behind each', async () => {
    const e = await halfYear();
    const p = e.run('getResetProposal', [{ trailingMonths: 6 }]) as ResetProposal;
    expect(p.asOfMonth).toBe('2026-06');
    expect(p.archiveName).toBe('SLA 2026 v1');
    expect(p.proposals.map((x) => x.proposed)).toEqual([0.02, 0.3, 0.2976, 0.4, 0.2]);
    expect(p.proposals.map((x) => x.records)).toEqual([84000, 1680, 504, 150, 60]);
    expect(p.next).toMatchObject({ periodStart: '2026-07', months: 6, revenueGoal: 912000 });
    expect(p.achievedRevenue).toBe(288000);
  });

  it('keeps rates backed by too few records at their planned value', async () => {
    const e = await halfYear();
    const p = e.run('getResetProposal', [{ minRecords: 100 }]) as ResetProposal;
    expect(p.proposals.map((x) => x.used)).toEqual([
      'actual',
      'actual',
      'actual',
      'actual',
      'planned',
    ]);
    expect(p.proposals[4].proposed).toBe(0.25);
    expect(p.proposals[4].message).toMatch(/60/);
  });

  it('archives the old version intact and builds the next one for the remaining months', async () => {
    const e = await halfYear();
    const before = e.get(`'SLA 2026'!${box}`);
    e.stats();
    const result = e.run('resetSla', [{ trailingMonths: 6 }]) as ResetResult;
    const stats = e.stats();
    // The archive is one atomic API batch (protection included): SpreadsheetApp never flushes.
    expect(stats.flushes).toBe(0);
    expect(stats.calls).toBeLessThanOrEqual(RESET_BUDGET);
    expect(result).toEqual({ sheetName: 'SLA 2026', archivedSheetName: 'SLA 2026 v1' });
    // Every value and formula of the old version survives under its new name, except the two
    // that read today: frozen at archive time (the as-of date and the review line).
    const archive = e.get(`'SLA 2026 v1'!${box}`);
    expect(archive.values).toEqual(before.values);
    const asOf = [(L.assumption.asOf ?? 0) - 1, 1] as const;
    const frozen = before.formulas.map((row) => [...row]);
    frozen[asOf[0]][asOf[1]] = '=EOMONTH(DATE(2026,7,1),-1)';
    frozen[L.review - 1][0] = '';
    expect(archive.formulas).toEqual(frozen);
    const archived = e.view().sheets.find((s) => s.name === 'SLA 2026 v1');
    expect(archived?.protected).toBe(true);
    // The old names carry the version suffix; the plain names belong to the new version.
    expect(e.get('SLA_Goal_v1').values).toEqual([[1200000]]);
    expect(e.get('SLA_Goal').values).toEqual([[912000]]);
    expect(e.get('SLA_Rates').values).toEqual([[0.02, 0.3, 0.2976, 0.4, 0.2]]);
    // 912,000 / 24,000 = 38 customers ← 190 opps ← 475 SQLs ← 1,597 MQLs.
    expect(e.get('SLA_PeriodTargets').values[0].slice(2)).toEqual([1597, 475, 190, 38]);
    expect(e.get('SLA_Months').values).toHaveLength(6);
    // The agreement text and review date move with it.
    const state = e.run('getSidebarState') as { settings: SettingsInput; sheetName: string };
    expect(state.sheetName).toBe('SLA 2026');
    expect(state.settings.reviewDate).toBe('2026-10-01');
    expect(state.settings.agreementVersion).toBe(2);
  });
});
