/**
 * Finding the add-on's tabs through the spreadsheet's state (by sheet id,
 * never by trusting a name) and reading the agreement text from its home,
 * the SLA tab.
 */
import { t } from '../api/messages';
import { AGREEMENT_KEYS, type Settings } from '../api/settings';
import type { GSheet, GSpreadsheet } from '../gas/surface';
import { layout } from '../sla/layout';
import { type AddonState, type SlaTab, settingsOf, slaTab } from './state';

export interface LiveSla {
  tab: SlaTab;
  sheet: GSheet;
  settings: Settings;
}

/** The agreement texts as the tab holds them (one range read). */
export function readAgreement(sheet: GSheet, s: Pick<Settings, 'stages' | 'months' | 'shape'>) {
  const l = layout(s);
  const first = l.agreementRow[AGREEMENT_KEYS[0]];
  const values = sheet.getRange(first, 2, AGREEMENT_KEYS.length, 1).getValues();
  const out: Record<string, string> = {};
  AGREEMENT_KEYS.forEach((k) => {
    const v = values[l.agreementRow[k] - first]?.[0];
    out[k] = typeof v === 'string' ? v : String(v ?? '');
  });
  return out;
}

/** The current agreement's tab and settings; a clear error when there is none. */
export function liveSla(
  ss: GSpreadsheet,
  state: AddonState,
  lang?: string,
  withAgreement = false,
): LiveSla {
  const tab = slaTab(state, state.current);
  if (!tab) throw new Error(t('refresh.err.noSla', undefined, lang));
  const sheet = ss.getSheetById(tab.sheetId);
  if (!sheet) throw new Error(t('state.err.slaTabGone', undefined, lang));
  const agreement = withAgreement ? readAgreement(sheet, tab.settings) : null;
  return { tab, sheet, settings: settingsOf(tab, agreement, lang) };
}
