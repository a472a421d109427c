/**
 * No error cell in any state, and the same value in LibreOffice Calc as in
 * our engine for every formula cell: SLA tabs built through the emulator with
 * the BUILT bundle in several states (before the period, mid-period with one
 * and with two stages of actuals, after the period, right after a reset, 3
 * and 10 stages), saved as .xlsx, recalculated in headless LibreOffice (see
 * test/support/libreoffice.ts) and compared cell by cell.
 *
 * TODAY() in LibreOffice is the machine's date, so the emulator runs on the
 * real clock in UTC and each state's period is placed relative to today.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../dev/emulator/index';
import { type SettingsInput, validateSettings } from '../../src/api/settings';
import { cellA1 } from '../../src/sheet/a1';
import { layout } from '../../src/sla/layout';
import {
  type CellResult,
  formulaResults,
  readXlsx,
  recalculate,
  sameResult,
  sofficeVersion,
  writeWithDecoys,
} from '../support/libreoffice';

const work = mkdtempSync(join(tmpdir(), 'sla-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(async () => {
  await sofficeVersion();
});

/** `YYYY-MM` of the month `offset` months from the current one (UTC). */
function monthFromNow(offset: number): string {
  const d = new Date();
  const idx = d.getUTCFullYear() * 12 + d.getUTCMonth() + offset;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

const STAGES10 = [
  'Visits',
  'Leads',
  'MQLs',
  'SALs',
  'SQLs',
  'Demos',
  'Trials',
  'Opps',
  'Proposals',
  'Won',
];

function settingsFor(start: string, stageCount: number, over: Partial<SettingsInput> = {}) {
  const stages =
    stageCount === 6
      ? ['Visits', 'Leads', 'MQLs', 'SQLs', 'Opportunities', 'Customers']
      : stageCount === 3
        ? ['MQLs', 'SQLs', 'Customers']
        : STAGES10;
  const rates = [0.02, 0.3, 0.5, 0.4, 0.6, 0.7, 0.8, 0.5, 0.25].slice(0, stageCount - 1);
  const input: SettingsInput = {
    periodStart: start,
    months: 12,
    revenueGoal: 1_200_000,
    currency: 'EUR',
    dealSize: 24_000,
    stages,
    rates,
    lagDays: rates.map((_, i) => [0, 7, 14, 21, 60, 5, 9, 12, 30][i]),
    shape: { kind: 'growth', rate: 0.05 },
    ...over,
  };
  const v = validateSettings(input);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return { input, settings: v.settings };
}

interface State {
  name: string;
  build(e: Emulator): void;
}

/** Types actuals for the first `stages` stages into the first `months` months. */
function typeActuals(
  e: Emulator,
  tab: string,
  input: SettingsInput,
  stages: number,
  months: number,
) {
  const v = validateSettings(input);
  if (!v.ok) throw new Error('settings');
  const l = layout(v.settings);
  for (let m = 0; m < months; m++) {
    for (let s = 0; s < stages; s++) {
      const value = Math.round(1000 / (s + 1) ** 2) + m * 3;
      e.set(`'${tab}'!${cellA1(l.firstMonthRow + m, l.blockCol.actuals + s)}`, value);
    }
  }
}

function buildState(stageCount: number, startOffset: number, actualStages: number): State['build'] {
  return (e) => {
    const { input } = settingsFor(monthFromNow(startOffset), stageCount);
    const { sheetName } = e.run('buildSlaTab', [input]) as { sheetName: string };
    const complete = Math.max(0, Math.min(12, -startOffset));
    typeActuals(e, sheetName, input, actualStages, complete);
  };
}

const STATES: State[] = [
  { name: 'before the period', build: buildState(6, 2, 0) },
  { name: 'mid-period, one stage of data', build: buildState(6, -6, 1) },
  { name: 'mid-period, two stages of data', build: buildState(6, -6, 2) },
  { name: 'after the period, all stages', build: buildState(6, -14, 6) },
  { name: '3 stages, mid-period', build: buildState(3, -4, 3) },
  { name: '10 stages, mid-period', build: buildState(10, -5, 2) },
  {
    name: 'right after a reset',
    build: (e) => {
      buildState(6, -7, 6)(e);
      e.run('resetSla', [{}]);
    },
  },
];

const isError = (v: CellResult) => typeof v === 'object';

describe('every formula cell: no error, and LibreOffice agrees', () => {
  for (const [i, state] of STATES.entries()) {
    it(state.name, async () => {
      const e = await createEmulator({ now: new Date().toISOString(), timeZone: 'Etc/UTC' });
      try {
        state.build(e);
        const ours = join(work, `state-${i}.xlsx`);
        await e.saveXlsx(ours);
      } finally {
        e.close();
      }
      const expected = await formulaResults(join(work, `state-${i}.xlsx`));
      const decoyed = join(work, `decoy-${i}.xlsx`);
      await writeWithDecoys(await readXlsx(join(work, `state-${i}.xlsx`)), decoyed);
      const theirs = await formulaResults(await recalculate(decoyed, work));
      const errors = [...expected].filter(([, v]) => isError(v)).map(([k]) => k);
      expect(errors).toEqual([]);
      const differing = [...expected]
        .map(([key, v]) => ({ key, ours: v, libreoffice: theirs.get(key) ?? 'missing' }))
        .filter((d) => !sameResult(d.ours, d.libreoffice));
      expect(differing).toEqual([]);
      // The SLA tab holds hundreds of formulas in every state.
      expect(expected.size).toBeGreaterThan(300);
      console.info(`${state.name}: ${expected.size} formula cells compared`);
    }, 600_000);
  }
});
