/**
 * Where SLA settings live: document properties (shared by everyone editing the
 * spreadsheet, unlike user properties), one entry per SLA tab, plus which tab
 * is the current agreement. Stored with the schema version for migrations.
 */
import { SETTINGS_VERSION, type Settings, validateSettings } from '../api/settings';
import { readJson, writeJson } from '../gas/json-store';
import type { GProperties } from '../gas/surface';

const CURRENT = 'sla.current';
const key = (sheetName: string) => `sla.settings:${sheetName}`;

interface Stored {
  version: number;
  settings: unknown;
}

export function currentSheetName(props: GProperties): string | null {
  return props.getProperty(CURRENT);
}

export function loadSettings(props: GProperties, sheetName: string): Settings | null {
  const stored = readJson<Stored>(props, key(sheetName));
  if (!stored || stored.version > SETTINGS_VERSION) return null;
  // Re-validate: older versions gain new fields' defaults; corrupt entries are ignored.
  const v = validateSettings(stored.settings);
  return v.ok ? v.settings : null;
}

export function saveSettings(props: GProperties, sheetName: string, settings: Settings): void {
  writeJson(props, key(sheetName), { version: SETTINGS_VERSION, settings });
  props.setProperty(CURRENT, sheetName);
}
