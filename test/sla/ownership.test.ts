/**
 * The add-on edits only what it made (issue 10): tabs are known by their id in
 * the spreadsheet's record, so an archive, the log, the history or a user's
 * tab is never built over, a build after a reset updates the same tab, and
 * stage names are data (even "__proto__", "constructor", "toString").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../dev/emulator/index';
import { crmFixture } from '../../dev/fixtures/crm';
import { EXAMPLE_SETTINGS } from '../../dev/fixtures/sla-settings';
import type { SidebarState } from '../../src/api/sidebar';
import { cellA1 } from '../../src/sheet/a1';
import { layout } from '../../src/sla/layout';

let emu: Emulator | undefined;
afterEach(() => emu?.close());

async function fresh(now = '2026-07-06T09:00:00Z'): Promise<Emulator> {
  emu = await createEmulator({ now, timeZone: 'Europe/Berlin' });
  return emu;
}

const L = layout({ stages: EXAMPLE_SETTINGS.stages, months: 12, shape: { kind: 'even' } });

describe('tabs the add-on owns', () => {
  it('refuses to build over an archive, the log, the history or a tab it did not make', async () => {
    const e = await fresh();
    e.run('buildSlaTab', [EXAMPLE_SETTINGS]);
    e.addTab('CRM export', crmFixture({ shape: 'hubspot', records: 30, seed: 3 }).rows as never);
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
    e.run('resetSla', [{}]);
    const at = (sheetName: string) => () =>
      e.run('buildSlaTab', [{ ...EXAMPLE_SETTINGS, sheetName }]);
    expect(at('SLA 2026 v1')).toThrow('"SLA 2026 v1" is an archived version of the SLA');
    expect(at('SLA Log')).toThrow('"SLA Log" is the add-on’s log or history tab');
    expect(at('SLA History')).toThrow('"SLA History" is the add-on’s log or history tab');
    expect(at('CRM export')).toThrow('A tab named "CRM export" already exists and was not built');
  });

  it('after a reset, the sidebar’s state and "Update" rebuild the same tab as version 2', async () => {
    const e = await fresh();
    e.run('buildSlaTab', [EXAMPLE_SETTINGS]);
    e.run('resetSla', [{}]);
    const state = e.run('getSidebarState') as SidebarState;
    expect(state.sheetName).toBe('SLA 2026');
    const tabs = e.view().sheets.map((s) => s.name);
    e.run('buildSlaTab', [{ ...state.settings, sheetName: 'SLA 2026', revenueGoal: 700000 }]);
    expect(e.view().sheets.map((s) => s.name)).toEqual(tabs);
    const again = e.run('getSidebarState') as SidebarState;
    expect(again.settings.agreementVersion).toBe(2);
    expect(again.settings.revenueGoal).toBe(700000);
  });

  it('takes stage names as data: __proto__, constructor and toString build, map and rebuild', async () => {
    const e = await fresh('2026-03-10T09:00:00Z');
    const stages = ['__proto__', 'constructor', 'toString', 'SQLs', 'Opportunities', 'Customers'];
    const settings = { ...EXAMPLE_SETTINGS, stages };
    e.run('buildSlaTab', [settings]);
    const cell = (r: number, c: number) => `'SLA 2026'!${cellA1(r, c)}`;
    e.set(cell(L.firstMonthRow, L.blockCol.actuals), 111);
    e.set(cell(L.firstMonthRow, L.blockCol.actuals + 1), 222);
    e.set(cell(L.firstMonthRow, L.blockCol.actuals + 2), 333);
    e.addTab('CRM export', [
      ['Record ID', '__proto__', 'constructor'],
      ['a', '2026-01-05', ''],
    ]);
    const summary = e.run('refreshActuals', [
      // A computed key: `{ __proto__: … }` in a literal would set the prototype instead.
      { sourceTab: 'CRM export', mapping: { stages: { ['__proto__']: '__proto__' } } },
    ]) as { stagesKept: string[] };
    expect(summary.stagesKept).toEqual(stages.slice(1));
    const actuals = e.get('SLA_Actuals').values[0];
    expect(actuals.slice(0, 3)).toEqual([1, 222, 333]);
    e.run('buildSlaTab', [{ ...settings, sheetName: 'SLA 2026', revenueGoal: 1300000 }]);
    expect(e.get('SLA_Actuals').values[0].slice(0, 3)).toEqual([1, 222, 333]);
  });

  it('keeps a renamed stage’s actuals (same position, same number of stages)', async () => {
    const e = await fresh('2026-03-10T09:00:00Z');
    e.run('buildSlaTab', [EXAMPLE_SETTINGS]);
    e.set(`'SLA 2026'!${cellA1(L.firstMonthRow, L.blockCol.actuals + 2)}`, 97);
    const renamed = EXAMPLE_SETTINGS.stages.map((s) => (s === 'MQLs' ? 'Qualified leads' : s));
    e.run('buildSlaTab', [{ ...EXAMPLE_SETTINGS, sheetName: 'SLA 2026', stages: renamed }]);
    expect(e.get('SLA_Actuals').values[0][2]).toBe(97);
  });
});
