/**
 * What the refresh remembers per SLA tab, in document properties: the source
 * tab and confirmed mapping (saved with the SLA settings, so a scheduled run
 * needs no sidebar), the schedule, the last summary and the skipped-rows report.
 */
import type { RefreshReportItem, RefreshSummary, Schedule } from '../api/actuals';
import type { ActualsMapping } from '../core/actuals';
import { readJson, writeJson } from '../gas/json-store';
import type { GProperties } from '../gas/surface';

export interface RefreshConfig {
  sourceTab: string | null;
  mapping: ActualsMapping | null;
  schedule: Schedule;
  last: RefreshSummary | null;
  /** The source the last refresh used; `hubspot` makes menu and schedule count live. */
  source?: 'tab' | 'hubspot';
  /** The confirmed HubSpot mapping (property names), kept apart from the tab's. */
  hubspotMapping?: ActualsMapping | null;
}

/** The report keeps the first items only: properties hold at most 500 KB per store. */
export const MAX_REPORT_ITEMS = 300;

const configKey = (sheet: string) => `sla.refresh:${sheet}`;
const reportKey = (sheet: string) => `sla.report:${sheet}`;

export function loadRefreshConfig(props: GProperties, sheetName: string): RefreshConfig {
  return (
    readJson<RefreshConfig>(props, configKey(sheetName)) ?? {
      sourceTab: null,
      mapping: null,
      schedule: 'off',
      last: null,
    }
  );
}

export function saveRefreshConfig(props: GProperties, sheetName: string, c: RefreshConfig): void {
  writeJson(props, configKey(sheetName), c);
}

export function loadReport(props: GProperties, sheetName: string): RefreshReportItem[] {
  return readJson<RefreshReportItem[]>(props, reportKey(sheetName)) ?? [];
}

export function saveReport(
  props: GProperties,
  sheetName: string,
  items: RefreshReportItem[],
): void {
  writeJson(props, reportKey(sheetName), items.slice(0, MAX_REPORT_ITEMS));
}
