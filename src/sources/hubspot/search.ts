/**
 * HubSpot CRM search requests as plain data, shaped as HubSpot's OpenAPI
 * description requires (`after`, `filterGroups`, `limit`, `properties` and
 * `sorts` are all required there). Dates are epoch milliseconds as strings.
 */

export const HUBSPOT_ORIGIN = 'https://api.hubapi.com';

export type HsObject = 'contacts' | 'deals';

/** Deals are searched by their object type id, as HubSpot's deals description names the path. */
export const SEARCH_PATH: Record<HsObject, string> = {
  contacts: '/crm/v3/objects/contacts/search',
  deals: '/crm/v3/objects/0-3/search',
};
export const PROPERTIES_PATH: Record<HsObject, string> = {
  contacts: '/crm/v3/properties/contacts',
  deals: '/crm/v3/properties/deals',
};
export const ACCOUNT_PATH = '/account-info/v3/details';

/** HubSpot returns at most 200 records a page … */
export const PAGE_SIZE = 200;
/** … and pages no further than the 10,000th result of one query (`total` still counts all). */
export const RESULT_CAP = 10_000;

export interface SearchFilter {
  propertyName: string;
  operator: 'GTE' | 'LT' | 'EQ' | 'HAS_PROPERTY';
  value?: string;
}

export interface SearchBody {
  filterGroups: { filters: SearchFilter[] }[];
  properties: string[];
  sorts: string[];
  limit: number;
  after: string;
}

/** [from, to): a half-open time window in epoch ms. */
export interface Window {
  from: number;
  to: number;
}

export function inWindow(property: string, w: Window): SearchFilter[] {
  return [
    { propertyName: property, operator: 'GTE', value: String(w.from) },
    { propertyName: property, operator: 'LT', value: String(w.to) },
  ];
}

/** One request whose only answer used is `total`. */
export function countBody(filters: SearchFilter[]): SearchBody {
  return {
    filterGroups: [{ filters }],
    properties: ['hs_object_id'],
    sorts: [],
    limit: 1,
    after: '0',
  };
}

export function pageBody(filters: SearchFilter[], properties: string[], after: string): SearchBody {
  return {
    filterGroups: [{ filters }],
    properties,
    sorts: ['hs_object_id'],
    limit: PAGE_SIZE,
    after,
  };
}

/** What a search answer carries that we use. */
export interface SearchAnswer {
  total: number;
  results: { id: string; properties: Record<string, string | null | undefined> }[];
  next: string | null;
}

export function parseSearchAnswer(json: unknown): SearchAnswer {
  const o = (json ?? {}) as {
    total?: unknown;
    results?: unknown;
    paging?: { next?: { after?: unknown } };
  };
  if (typeof o.total !== 'number' || !Array.isArray(o.results))
    throw new Error('HubSpot search answer without total or results');
  const after = o.paging?.next?.after;
  return {
    total: o.total,
    results: o.results as SearchAnswer['results'],
    next: typeof after === 'string' && after ? after : null,
  };
}

/** A stage mapped to a deal property is written `deals.<property>`; anything else is a contact property. */
export function propertyRef(header: string): { object: HsObject; property: string } {
  return header.startsWith('deals.')
    ? { object: 'deals', property: header.slice(6) }
    : { object: 'contacts', property: header };
}
