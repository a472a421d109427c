/**
 * The playground's demo workbook: an empty "Sheet1" and, as if just imported,
 * a "CRM export" tab with a year of HubSpot-shaped leads from the shared
 * deterministic fixture (same rows on every start). The add-on's onOpen runs
 * on it — and on any opened .xlsx — so its menu exists from the start.
 */

import type { PlainValue } from '../emulator/contract';
import { createEmulator, type Emulator, loadXlsx } from '../emulator/index';
import type { UrlFetchOptions } from '../emulator/services/url-fetch';
import { crmFixture } from '../fixtures/crm';
import { LocalClock } from '../fixtures/local-time';
import type { EmulatorSource, PlaygroundEmulator, PlaygroundLocales } from './session';

export const DEMO_NAME = 'Funnel SLA demo';
export const DEMO_TAB = 'CRM export';
const LOCALE = 'en_US';
const TIME_ZONE = 'Europe/Berlin';
/** About what a mid-market team's marketing produces in a year. */
const RECORDS = 1500;
const SEED = 2026;
const YEAR = 2026;

const EXPORT_DATE = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)$/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * What Sheets' File → Import does to a HubSpot CSV with its default
 * "convert text to numbers and dates": record IDs become numbers and
 * `2026-03-05 14:22` (wall time in the spreadsheet's zone) a date-time.
 */
function asImported(rows: unknown[][], clock: LocalClock): (PlainValue | Date | null)[][] {
  return rows.map((row, i) =>
    row.map((cell) => {
      if (cell === null || cell === undefined || cell === '') return null;
      if (typeof cell === 'number' || typeof cell === 'boolean' || cell instanceof Date)
        return cell;
      const text = String(cell);
      if (i === 0) return text; // the header row stays text
      const d = EXPORT_DATE.exec(text);
      if (d) {
        const [y, mo, day, h, mi] = d.slice(1).map(Number);
        return new Date(clock.instantOf(y, mo, day, h, mi));
      }
      return PLAIN_NUMBER.test(text) ? Number(text) : text;
    }),
  );
}

export function demoRows(): (PlainValue | Date | null)[][] {
  const fixture = crmFixture({
    shape: 'hubspot',
    records: RECORDS,
    seed: SEED,
    year: YEAR,
    timeZone: TIME_ZONE,
    dateStyle: 'export',
  });
  return asImported(fixture.rows, new LocalClock(TIME_ZONE));
}

/** The add-on is enabled in the file, as after installing it: its menu is built with full access. */
function withMenu(emu: Emulator): Emulator {
  emu.trigger('onOpen', 'FULL');
  return emu;
}

export function demoSource(opts: {
  now?: string;
  /** Tests: UrlFetchApp routes to a local mock, with sleeps that really wait. */
  urlFetch?: UrlFetchOptions;
  realSleep?: boolean;
}): EmulatorSource {
  const base = {
    locale: LOCALE,
    timeZone: TIME_ZONE,
    now: opts.now,
    ...(opts.urlFetch ? { urlFetch: opts.urlFetch, realSleep: opts.realSleep } : {}),
  };
  return {
    demoName: DEMO_NAME,
    async demo(locales?: PlaygroundLocales): Promise<PlaygroundEmulator> {
      const emu = await createEmulator({ ...base, ...locales });
      emu.addTab(DEMO_TAB, demoRows());
      // Like a user who has just imported the export: that tab is the one in front.
      emu.doc.activeSheet = emu.doc.sheetByName(DEMO_TAB) ?? emu.doc.activeSheet;
      return withMenu(emu);
    },
    async open(path: string): Promise<PlaygroundEmulator> {
      return withMenu(await loadXlsx(path, base));
    },
  };
}
