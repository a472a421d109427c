/**
 * The HubSpot mapping the sidebar shows and corrects: the saved one for this
 * SLA tab, else the proposal from the account's properties, and the
 * properties each select may offer. Two requests (the property lists).
 */
import type { HubSpotMappingSetup } from '../api/hubspot';
import { t } from '../api/messages';
import { services } from '../gas/services';
import { proposeHubSpotMapping } from '../sources/hubspot/mapping';
import { hubSpotSession, propertiesOf } from './hubspot';
import { userLang } from './sla';
import { loadState, refreshRecord, slaTab } from './state';

export function getHubSpotMapping(): HubSpotMappingSetup {
  const svc = services();
  const lang = userLang(svc);
  // Read from the add-on's record in the spreadsheet (src/server/state.ts).
  const { state } = loadState(svc.SpreadsheetApp.getActiveSpreadsheet());
  const tab = slaTab(state, state.current);
  if (!tab) throw new Error(t('refresh.err.noSla', undefined, lang));
  const settings = tab.settings;
  const http = hubSpotSession(svc);
  if (!http) throw new Error(t('hubspot.err.notConnected', undefined, lang));
  const contacts = propertiesOf(http, 'contacts');
  const deals = propertiesOf(http, 'deals');
  const saved = refreshRecord(state, tab.id).hubspotMapping ?? null;
  const isDate = (type: string | undefined) => type === 'datetime' || type === 'date';
  const names = (list: typeof contacts, keep: (type: string | undefined) => boolean, prefix = '') =>
    list
      .filter((p) => keep(p.type))
      .map((p) => prefix + p.name)
      .sort();
  return {
    stages: settings.stages,
    mapping: saved ?? proposeHubSpotMapping(settings.stages, contacts, deals),
    detected: !saved,
    dateProperties: [...names(contacts, isDate), ...names(deals, isDate, 'deals.')],
    sourceProperties: names(contacts, (type) => type === 'enumeration'),
    amountProperties: names(deals, (type) => type === 'number', 'deals.').filter(
      (p) => p !== 'deals.hs_object_id',
    ),
  };
}
