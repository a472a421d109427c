/**
 * An archived version is a record: opened months later it shows exactly the
 * values it showed when it was archived (as-of date, complete months, pace,
 * catch-up, report, review line), while the live tab moves on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../dev/emulator/index';
import { EXAMPLE_SETTINGS, exampleSettings } from '../../dev/fixtures/sla-settings';
import { cellA1 } from '../../src/sheet/a1';
import { layout } from '../../src/sla/layout';

let emu: Emulator | undefined;
afterEach(() => emu?.close());

describe('frozen archives', () => {
  it('the archive keeps every value five months later; the live tab moves on', async () => {
    emu = await createEmulator({ now: '2026-07-15T09:00:00Z', timeZone: 'Europe/Berlin' });
    const e = emu;
    e.run('buildSlaTab', [EXAMPLE_SETTINGS]);
    const l = layout(exampleSettings());
    for (let m = 0; m < 6; m++)
      for (let s = 0; s < 6; s++)
        e.set(`'SLA 2026'!${cellA1(l.firstMonthRow + m, l.blockCol.actuals + s)}`, 1000 / (s + 1));
    e.run('resetSla', [{}]);
    const whole = `'SLA 2026 v1'!A1:${cellA1(l.rows, l.cols)}`;
    const atArchive = e.get(whole);
    const asOf = `'SLA 2026 v1'!${cellA1(l.assumption.asOf ?? 0, 2)}`;
    expect(String(e.get(asOf).values[0][0])).toBe('2026-06-29T22:00:00.000Z'); // June 30 in Berlin;

    e.setNow('2026-12-20T09:00:00Z');
    expect(e.get(whole).values).toEqual(atArchive.values);
    expect(e.get(asOf).formulas[0][0]).toBe('=EOMONTH(DATE(2026,7,1),-1)');
    // The live tab still follows today.
    const liveAsOf = e.get(
      `'SLA 2026'!${cellA1(layout(exampleSettings({ periodStart: '2026-07', months: 6 })).assumption.asOf ?? 0, 2)}`,
    );
    expect(String(liveAsOf.values[0][0])).toBe('2026-11-29T23:00:00.000Z'); // November 30 in Berlin;
  });
});

describe('signed snapshots', () => {
  it('both signatures build a protected snapshot whose as-of date never moves', async () => {
    emu = await createEmulator({ now: '2026-07-15T09:00:00Z', timeZone: 'Europe/Berlin' });
    const e = emu;
    e.run('buildSlaTab', [EXAMPLE_SETTINGS]);
    e.run('signAgreement', [{ side: 'marketing', name: 'Ana', role: 'CMO' }]);
    const state = e.run('signAgreement', [{ side: 'sales', name: 'Ben', role: 'VP Sales' }]) as {
      signed: { line: string; snapshot: string }[];
    };
    expect(state.signed).toEqual([
      {
        version: 1,
        line: 'v1 signed by Ana (CMO) and Ben (VP Sales) on 2026-07-15',
        snapshot: 'SLA 2026 v1 signed',
      },
    ]);
    const l = layout(exampleSettings());
    const asOf = `'SLA 2026 v1 signed'!${cellA1(l.assumption.asOf ?? 0, 2)}`;
    expect(e.get(asOf).formulas[0][0]).toBe('=EOMONTH(DATE(2026,7,1),-1)');
    const snap = e.spreadsheetApp.getActiveSpreadsheet().getSheetByName('SLA 2026 v1 signed');
    const app = e.spreadsheetApp;
    expect(snap?.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    // The live tab keeps its names; the snapshot takes none.
    expect(e.get('SLA_Goal').values).toEqual([[1200000]]);
    // Signing again changes nothing: the version is already agreed.
    e.run('signAgreement', [{ side: 'sales', name: 'Ben', role: 'VP Sales' }]);
    expect(e.view().sheets.filter((s) => s.name.endsWith('signed'))).toHaveLength(1);
  });
  it('is an operation on the add-on’s record: locked, owned, refused as a build target', async () => {
    emu = await createEmulator({ now: '2026-07-15T09:00:00Z', timeZone: 'Europe/Berlin' });
    const e = emu;
    e.run('buildSlaTab', [EXAMPLE_SETTINGS]);
    // Another execution holds the check-and-set: signing waits its turn like a build.
    const release = e.services.state.locks.holdExternally('script');
    expect(() => e.run('signAgreement', [{ side: 'marketing', name: 'Ana', role: 'CMO' }])).toThrow(
      'Funnel SLA is busy with another change to this spreadsheet. Try again in a moment.',
    );
    release();
    e.run('signAgreement', [{ side: 'marketing', name: 'Ana', role: 'CMO' }]);
    e.run('signAgreement', [{ side: 'sales', name: 'Ben', role: 'VP Sales' }]);
    // Kept in the spreadsheet's own record (developer metadata), not in document properties.
    expect(Object.keys(e.properties('document')).filter((k) => k.startsWith('signoff'))).toEqual(
      [],
    );
    expect(e.run('getSignOff')).toMatchObject({ version: 1, status: 'signed' });
    // The snapshot is the add-on's, read-only: no build goes over it.
    expect(() =>
      e.run('buildSlaTab', [{ ...EXAMPLE_SETTINGS, sheetName: 'SLA 2026 v1 signed' }]),
    ).toThrow('"SLA 2026 v1 signed" is the signed snapshot of an agreed version');
    // A change of terms afterwards: the live tab says what changed since signing.
    e.run('buildSlaTab', [{ ...EXAMPLE_SETTINGS, sheetName: 'SLA 2026', revenueGoal: 1400000 }]);
    const note = e.get(`'SLA 2026'!A${layout(exampleSettings()).signoffNote}`).values[0][0];
    expect(note).toBe(
      'Changed since v1 was signed: Goal 1,200,000 → 1,400,000. Version 2 awaits both signatures.',
    );
  });
});
