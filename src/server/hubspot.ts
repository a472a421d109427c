/**
 * The live HubSpot source at the edge: the token in the user's own
 * properties (never the document's, never a cell, a log row, an error or a
 * response), the connection check, and a pull that sends the pure plan's
 * searches (src/sources/hubspot) and returns actuals before anything is written.
 */
import type { ConnectHubSpotInput, HubSpotStatus } from '../api/hubspot';
import { ConnectHubSpotSchema } from '../api/hubspot';
import { t } from '../api/messages';
import type { Settings } from '../api/settings';
import type { ActualsMapping, ActualsResult } from '../core/actuals';
import { services } from '../gas/services';
import type { GProperties, Services } from '../gas/surface';
import {
  type HsProperty,
  mappedProperties,
  proposeHubSpotMapping,
} from '../sources/hubspot/mapping';
import { HubSpotPull } from '../sources/hubspot/pull';
import { ACCOUNT_PATH, PROPERTIES_PATH, propertyRef, SEARCH_PATH } from '../sources/hubspot/search';
import { HubSpotHttp } from './hubspot-http';
import { userLang } from './sla';

const TOKEN_KEY = 'hubspot.token';
const ACCOUNT_KEY = 'hubspot.account';

interface Account {
  portalId: number;
  name: string;
}

export function mask(token: string): string {
  return `••••${token.slice(-4)}`;
}

/** The connected account, kept as one small JSON property next to the token. */
function readAccount(props: GProperties): Account | null {
  const text = props.getProperty(ACCOUNT_KEY);
  if (!text) return null;
  try {
    return JSON.parse(text) as Account;
  } catch {
    return null;
  }
}

function status(svc: Services): HubSpotStatus {
  const props = svc.PropertiesService.getUserProperties();
  const token = props.getProperty(TOKEN_KEY);
  const account = token ? readAccount(props) : null;
  return {
    connected: !!token,
    portalId: account?.portalId ?? null,
    name: account?.name ?? null,
    masked: token ? mask(token) : null,
  };
}

/** The account's id and name: the cheapest call a token with any scope may make. */
function accountOf(http: HubSpotHttp): Account {
  const details = http.one({ method: 'get', path: ACCOUNT_PATH }) as {
    portalId?: unknown;
    portalName?: unknown;
  };
  const portalId = Number(details?.portalId);
  const name = typeof details?.portalName === 'string' ? details.portalName : String(portalId);
  return { portalId, name };
}

/** Sidebar: checks the token with HubSpot, then keeps it in the user's properties. */
export function connectHubSpot(input: ConnectHubSpotInput): HubSpotStatus {
  const svc = services();
  const lang = userLang(svc);
  const parsed = ConnectHubSpotSchema.safeParse(input);
  if (!parsed.success) throw new Error(t('hubspot.err.tokenShape', undefined, lang));
  const token = parsed.data.token;
  const account = accountOf(new HubSpotHttp(svc, token, lang));
  const props = svc.PropertiesService.getUserProperties();
  props.setProperties({ [TOKEN_KEY]: token, [ACCOUNT_KEY]: JSON.stringify(account) });
  return status(svc);
}

export function disconnectHubSpot(): HubSpotStatus {
  const svc = services();
  const props = svc.PropertiesService.getUserProperties();
  props.deleteProperty(TOKEN_KEY);
  props.deleteProperty(ACCOUNT_KEY);
  return status(svc);
}

export function getHubSpotStatus(): HubSpotStatus {
  return status(services());
}

export interface HubSpotPullResult {
  result: ActualsResult;
  mapping: ActualsMapping;
  requests: number;
  /** `portal id (name)` for the log row. */
  account: string;
}

/** A session with the user's token, or null when HubSpot is not connected. */
export function hubSpotSession(svc: Services): HubSpotHttp | null {
  const token = svc.PropertiesService.getUserProperties().getProperty(TOKEN_KEY);
  return token ? new HubSpotHttp(svc, token, userLang(svc)) : null;
}

export function propertiesOf(http: HubSpotHttp, object: 'contacts' | 'deals'): HsProperty[] {
  const answer = http.one({ method: 'get', path: PROPERTIES_PATH[object] }) as {
    results?: HsProperty[];
  };
  return Array.isArray(answer?.results) ? answer.results : [];
}

/**
 * Counts the period's actuals in HubSpot. `mapping` absent → the proposal
 * from the account's properties. Writes nothing; throws (catalog text) on
 * any failure, so the caller's previous actuals stay.
 */
export function pullHubSpot(
  svc: Services,
  settings: Settings,
  months: readonly string[],
  timeZone: string,
  nowMs: number,
  mapping: ActualsMapping | null,
): HubSpotPullResult {
  const lang = userLang(svc);
  const props = svc.PropertiesService.getUserProperties();
  const token = props.getProperty(TOKEN_KEY);
  if (!token) throw new Error(t('hubspot.err.notConnected', undefined, lang));
  const account = readAccount(props);
  const http = new HubSpotHttp(svc, token, lang);
  const contacts = propertiesOf(http, 'contacts');
  const deals = propertiesOf(http, 'deals');
  const used = mapping ?? proposeHubSpotMapping(settings.stages, contacts, deals);
  const have = {
    contacts: new Map(contacts.map((p) => [p.name, p])),
    deals: new Map(deals.map((p) => [p.name, p])),
  };
  for (const header of mappedProperties(used)) {
    const ref = propertyRef(header);
    if (!have[ref.object].has(ref.property))
      throw new Error(t('hubspot.err.unknownProperty', { property: header }, lang));
  }
  if (!Object.values(used.stages).some(Boolean))
    throw new Error(t('hubspot.err.nothingMapped', undefined, lang));
  const source = used.source
    ? have[propertyRef(used.source).object].get(propertyRef(used.source).property)
    : undefined;
  const pull = new HubSpotPull({
    stages: settings.stages,
    months,
    timeZone,
    followUpHours: settings.followUpHours,
    nowMs,
    mapping: used,
    sourceValues: (source?.options ?? []).map((o) => o.value),
  });
  http.run(
    (n) =>
      pull.take(n).map((r) => ({
        id: r.id,
        call: { method: 'post' as const, path: SEARCH_PATH[r.object], body: r.body },
      })),
    (id, json) => pull.answer(id, json),
    (id) => pull.retry(id),
  );
  return {
    result: pull.result(),
    mapping: used,
    requests: http.requests,
    account: account ? `${account.portalId} (${account.name})` : '',
  };
}
