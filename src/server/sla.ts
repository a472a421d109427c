/**
 * Sidebar/server API for the SLA tab. Validates with the same schema as the
 * sidebar, reads what a rebuild keeps, renders the tab as data and commits it
 * in one batched pass.
 */
import { languageOf, t } from '../api/messages';
import { type Settings, validateSettings } from '../api/settings';
import { commitPlan } from '../gas/commit';
import { services } from '../gas/services';
import type { GProperties, Services } from '../gas/surface';
import { layout } from '../sla/layout';
import { previousFrom, type ReadCell } from '../sla/previous';
import { renderSla, sheetNameFor } from '../sla/render';
import { currentSheetName, loadSettings, saveSettings } from './settings-store';
import { signoffNote } from './signoff';

export function userLang(svc: Services): string {
  return languageOf(svc.Session.getActiveUserLocale());
}

/** Throws one Error naming every bad field (the sidebar shows them inline before this). */
export function requireSettings(input: unknown, lang: string): Settings {
  const v = validateSettings(input, lang);
  if (v.ok) return v.settings;
  throw new Error(
    t('settings.err.rejected', { errors: v.errors.map((e) => e.message).join(' ') }, lang),
  );
}

/**
 * The tab an agreement lives in: its own name while the period stays (a reset
 * keeps "SLA 2026" for version 2), a new tab when the period changes.
 */
function tabFor(settings: Settings, props: GProperties): string {
  if (!settings.sheetName) return sheetNameFor(settings);
  const stored = loadSettings(props, settings.sheetName);
  const samePeriod =
    !stored || (stored.periodStart === settings.periodStart && stored.months === settings.months);
  return samePeriod ? settings.sheetName : sheetNameFor(settings);
}

export function buildSlaTab(input: unknown): { sheetName: string } {
  const svc = services();
  const lang = userLang(svc);
  const settings = requireSettings(input, lang);
  const props = svc.PropertiesService.getDocumentProperties();
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const sheetName = tabFor(settings, props);
  const old = loadSettings(props, sheetName);

  // Reads: only when rebuilding a tab this add-on made.
  const sheet = ss.getSheetByName(sheetName);
  let previous: ReturnType<typeof previousFrom> | undefined;
  let maxRows = 0;
  let maxCols = 0;
  // A tab of that name that this add-on did not build is the user's: never overwrite it.
  if (sheet && !old) throw new Error(t('settings.err.tabTaken', { name: sheetName }, lang));
  if (sheet) {
    maxRows = sheet.getMaxRows();
    maxCols = sheet.getMaxColumns();
    if (old) {
      const l = layout(old);
      const range = sheet.getRange(1, 1, Math.min(l.rows, maxRows), Math.min(l.cols, maxCols));
      previous = previousFrom(
        old,
        range.getValues() as ReadCell[][],
        range.getFormulas(),
        settings,
      );
    }
  }
  // Terms changed since the last signed version: the tab says what changed (sign-off versions).
  const note = signoffNote(svc, props, sheetName, settings, lang);
  const plan = renderSla(settings, sheetName, note ? { ...previous, signoffNote: note } : previous);
  const oldPlan = old ? renderSla(old, sheetName) : null;
  // Names this add-on already made: those of the tab that owns the plain SLA_ names.
  const owner = currentSheetName(props);
  const ownerSettings = owner && owner !== sheetName ? loadSettings(props, owner) : null;
  const ownerPlan =
    owner === sheetName ? oldPlan : ownerSettings && owner ? renderSla(ownerSettings, owner) : null;
  const existing = new Map(
    (ownerPlan?.namedRanges ?? []).map((n) => [n.name, JSON.stringify(n.rect)]),
  );
  if (owner === sheetName && sheet) {
    // Names already point where they should unless the layout moved.
    plan.namedRanges = plan.namedRanges.filter(
      (n) => existing.get(n.name) !== JSON.stringify(n.rect),
    );
  }
  plan.namedRanges = plan.namedRanges.map((n) => ({ ...n, replace: existing.has(n.name) }));
  if (oldPlan && sheet) plan.replaceChartTitles = (oldPlan.charts ?? []).map((c) => c.title);
  commitPlan(svc, ss, plan, { sheet, maxRows, maxCols });
  saveSettings(props, sheetName, {
    ...settings,
    sheetName,
    agreement: { ...settings.agreement, ...previous?.agreement },
  });
  return { sheetName };
}
