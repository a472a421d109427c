/**
 * Storage never overflows (issue 10): agreement text lives in the tab, so any
 * text a cell holds builds and rebuilds; the skipped-rows report is capped
 * with "and N more"; a refresh whose record would not fit is refused before
 * anything is written; settings that no longer validate are reported.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../dev/emulator/index';
import { EXAMPLE_SETTINGS } from '../../dev/fixtures/sla-settings';
import type { RefreshReportItem } from '../../src/api/actuals';
import type { SidebarState } from '../../src/api/sidebar';
import { cellA1 } from '../../src/sheet/a1';
import { layout } from '../../src/sla/layout';

const L = layout({ stages: EXAMPLE_SETTINGS.stages, months: 12, shape: { kind: 'even' } });
const cell = (row: number, col: number) => `'SLA 2026'!${cellA1(row, col)}`;

let emu: Emulator | undefined;
afterEach(() => emu?.close());

async function fresh(): Promise<Emulator> {
  emu = await createEmulator({ now: '2026-03-10T09:00:00Z', timeZone: 'Europe/Berlin' });
  return emu;
}

/** The add-on's record in the spreadsheet, as JSON text. */
const record = (e: Emulator) =>
  e.doc.metadata.items.find((m) => m.key === 'funnelSla')?.value ?? '';

describe('storage', () => {
  it('keeps 1,500 Chinese characters per agreement field in the tab, not in the record', async () => {
    const e = await fresh();
    const long = '销售与市场协议'.repeat(215).slice(0, 1500);
    const agreement = { leadDefinition: long, mqlDefinition: long };
    e.run('buildSlaTab', [{ ...EXAMPLE_SETTINGS, agreement }]);
    expect(e.get(cell(L.agreementRow.leadDefinition, 2)).values).toEqual([[long]]);
    expect(record(e)).not.toContain('销售');
    e.run('buildSlaTab', [
      { ...EXAMPLE_SETTINGS, sheetName: 'SLA 2026', agreement, revenueGoal: 1300000 },
    ]);
    expect(e.get(cell(L.agreementRow.mqlDefinition, 2)).values).toEqual([[long]]);
  });

  it('accepts agreement text typed in the sheet beyond the form’s old limits: the tab stays theirs', async () => {
    const e = await fresh();
    e.run('buildSlaTab', [EXAMPLE_SETTINGS]);
    const typed = 'x'.repeat(6000);
    e.set(cell(L.agreementRow.reporting, 2), typed);
    const state = e.run('getSidebarState') as SidebarState;
    expect(state.settings.agreement?.reporting).toBe(typed);
    e.run('buildSlaTab', [{ ...state.settings, revenueGoal: 1300000 }]);
    expect(e.get(cell(L.agreementRow.reporting, 2)).values).toEqual([[typed]]);
  });

  it('caps the skipped-rows report and says how many more there were', async () => {
    const e = await fresh();
    e.run('buildSlaTab', [EXAMPLE_SETTINGS]);
    const rows: (string | number)[][] = [['Record ID', 'Create Date', 'Became a Lead Date']];
    for (let i = 0; i < 2000; i++) rows.push([`id-${i}`, 'not a date', `also «${i}» not a date`]);
    e.addTab('CRM export', rows);
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
    const report = e.run('getRefreshReport') as RefreshReportItem[];
    const more = report.at(-1);
    expect(report.length).toBeLessThanOrEqual(51);
    expect(more?.reason).toBe('more');
    expect(more?.message).toMatch(/^and \d+ more$/);
    expect(Number(more?.message.match(/\d+/)?.[0]) + report.length - 1).toBeGreaterThanOrEqual(
      2000,
    );
    expect(record(e).length).toBeLessThan(30000);
  });

  it('refuses a refresh whose record would not fit before writing anything', async () => {
    const e = await fresh();
    // Thirteen agreements (one tab per year), ten long stage names each, fill the record…
    const stages = Array.from({ length: 10 }, (_, i) => `Stage ${i} ${'名'.repeat(30)}`);
    const base = {
      ...EXAMPLE_SETTINGS,
      stages,
      rates: Array(9).fill(0.5),
      lagDays: Array(9).fill(0),
    };
    for (let y = 2014; y <= 2026; y++) e.run('buildSlaTab', [{ ...base, periodStart: `${y}-01` }]);
    const L10 = layout({ stages, months: 12, shape: { kind: 'even' } });
    const typed = `'SLA 2026'!${cellA1(L10.firstMonthRow, L10.blockCol.actuals + 1)}`;
    e.set(typed, 77);
    // …and a mapping of 17 columns with 500-character headers would overflow it.
    const long = (i: number) => `${String(i).padStart(2, '0')} ${'—'.repeat(497)}`;
    const roles = [
      'recordId',
      'amount',
      'source',
      'owner',
      'handoverTime',
      'firstTouchTime',
      'won',
    ];
    const heads = [...stages, ...roles].map((_, i) => long(i));
    e.addTab('CRM export', [heads, heads.map(() => '2026-01-05')]);
    const mapping = {
      stages: Object.fromEntries(stages.map((s, i) => [s, heads[i]])),
      ...Object.fromEntries(roles.map((r, i) => [r, heads[stages.length + i]])),
    };
    const before = e.view();
    const size = record(e).length;
    expect(() => e.run('refreshActuals', [{ sourceTab: 'CRM export', mapping }])).toThrow(
      /too large/,
    );
    expect(e.view()).toEqual(before);
    expect(e.get(typed).values).toEqual([[77]]);
    expect(record(e).length).toBe(size);
  }, 300_000);
});
