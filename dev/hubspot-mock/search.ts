/**
 * HubSpot's CRM search semantics over the mock's store: filter groups OR'd,
 * filters AND'd, HubSpot's operators and limits (5 groups, 10 filters a
 * group, 25 in all; 200 a page; no paging past the 10,000th result while
 * `total` counts every match), and `scale` to stand each record in for many
 * (totals and pages of n copies computed, never materialized).
 */
import { hasValue, type Store } from './records';

export interface Filter {
  propertyName: string;
  operator: string;
  value?: string;
  highValue?: string;
  values?: string[];
}

export interface SearchRequest {
  filterGroups: { filters: Filter[] }[];
  properties?: string[];
  sorts?: string[];
  limit?: number;
  after?: string;
}

export class SearchError extends Error {
  constructor(
    message: string,
    readonly category = 'VALIDATION_ERROR',
  ) {
    super(message);
  }
}

export const CAP = 10_000;

function predicate(store: Store, f: Filter): (i: number) => boolean {
  const def = store.byName.get(f.propertyName);
  if (!def)
    throw new SearchError(
      `There was a problem with the request: property ${f.propertyName} does not exist`,
    );
  const times = store.times.get(f.propertyName);
  const raw = (i: number) => store.records[i].properties[f.propertyName];
  const num = (v: string | undefined) => {
    if (v === undefined) throw new SearchError(`Filter on ${f.propertyName} needs a value`);
    const n = Number(v);
    if (!Number.isFinite(n)) throw new SearchError(`Value ${v} is not a number`);
    return n;
  };
  const numeric = times
    ? (i: number) => times[i]
    : (i: number) => {
        const v = raw(i);
        return hasValue(v) ? Number(v) : Number.NaN;
      };
  const text = (i: number) => (raw(i) ?? '').toLowerCase();
  switch (f.operator) {
    case 'HAS_PROPERTY':
      return (i) => hasValue(raw(i));
    case 'NOT_HAS_PROPERTY':
      return (i) => !hasValue(raw(i));
    case 'EQ': {
      const v = String(f.value ?? '').toLowerCase();
      return times ? (i) => times[i] === num(f.value) : (i) => hasValue(raw(i)) && text(i) === v;
    }
    case 'NEQ': {
      const v = String(f.value ?? '').toLowerCase();
      return (i) => text(i) !== v;
    }
    case 'IN':
    case 'NOT_IN': {
      const set = new Set((f.values ?? []).map((v) => v.toLowerCase()));
      return f.operator === 'IN' ? (i) => set.has(text(i)) : (i) => !set.has(text(i));
    }
    case 'LT':
    case 'LTE':
    case 'GT':
    case 'GTE': {
      const v = num(f.value);
      const op = f.operator;
      return (i) => {
        const x = numeric(i);
        if (Number.isNaN(x)) return false;
        return op === 'LT' ? x < v : op === 'LTE' ? x <= v : op === 'GT' ? x > v : x >= v;
      };
    }
    case 'BETWEEN': {
      const lo = num(f.value);
      const hi = num(f.highValue);
      return (i) => {
        const x = numeric(i);
        return x >= lo && x <= hi;
      };
    }
    case 'CONTAINS_TOKEN':
    case 'NOT_CONTAINS_TOKEN': {
      const tok = String(f.value ?? '')
        .toLowerCase()
        .replace(/\*/g, '');
      const yes = f.operator === 'CONTAINS_TOKEN';
      return (i) => text(i).split(/\W+/).includes(tok) === yes;
    }
    default:
      throw new SearchError(`Unknown operator ${f.operator}`);
  }
}

export interface SearchAnswer {
  total: number;
  results: {
    id: string;
    properties: Record<string, string | null>;
    createdAt: string;
    updatedAt: string;
    archived: boolean;
  }[];
  paging?: { next: { after: string } };
}

export function search(store: Store, req: SearchRequest, scale = 1): SearchAnswer {
  const groups = req.filterGroups ?? [];
  if (groups.length > 5) throw new SearchError('Too many filter groups (at most 5)');
  const all = groups.flatMap((g) => g.filters ?? []);
  if (groups.some((g) => (g.filters ?? []).length > 10) || all.length > 25)
    throw new SearchError('Too many filters (at most 10 a group, 25 in all)');
  const limit = req.limit ?? 10;
  if (limit < 0 || limit > 200) throw new SearchError('limit must be between 0 and 200');
  const after = req.after === undefined || req.after === '' ? 0 : Number(req.after);
  if (!Number.isInteger(after) || after < 0) throw new SearchError(`Invalid after: ${req.after}`);
  if (after + limit > CAP)
    throw new SearchError(`Paging past ${CAP} results is not supported; narrow the query`);
  const tests = groups.map((g) => (g.filters ?? []).map((f) => predicate(store, f)));
  const matched: number[] = [];
  for (let i = 0; i < store.records.length; i++)
    if (!tests.length || tests.some((group) => group.every((p) => p(i)))) matched.push(i);
  const sortBy = req.sorts?.[0];
  if (sortBy) {
    const desc = sortBy.startsWith('-');
    const name = desc ? sortBy.slice(1) : sortBy;
    const key = (i: number) => {
      const v = store.records[i].properties[name];
      const n = Number(v);
      return hasValue(v) && Number.isFinite(n) ? n : Number.POSITIVE_INFINITY;
    };
    matched.sort((a, b) => (key(a) - key(b)) * (desc ? -1 : 1) || a - b);
  }
  const total = matched.length * scale;
  const wanted = ['hs_object_id', ...(req.properties ?? [])];
  const results = [];
  for (let k = after; k < Math.min(after + limit, total); k++) {
    const rec = store.records[matched[k % matched.length]];
    const copy = Math.floor(k / matched.length);
    const id = copy ? `${copy}${rec.id.padStart(10, '0')}` : rec.id;
    const properties: Record<string, string | null> = {};
    for (const p of wanted) properties[p] = rec.properties[p] ?? null;
    properties.hs_object_id = id;
    results.push({
      id,
      properties,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      archived: false,
    });
  }
  const next = after + limit;
  return {
    total,
    results,
    ...(next < total && next < CAP ? { paging: { next: { after: String(next) } } } : {}),
  };
}
