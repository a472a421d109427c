/**
 * The mock's CRM: records as HubSpot returns them (`{id, properties}` with
 * string values, datetimes as ISO 8601), deduplicated by id as HubSpot's ids
 * are unique (the first wins), and the property definitions the properties
 * API offers, derived from the records themselves.
 */

export type ObjectName = 'contacts' | 'deals';

export interface HsRecord {
  id: string;
  properties: Record<string, string | null | undefined>;
}

export interface RecordsFile {
  contacts?: HsRecord[];
  deals?: HsRecord[];
  /** Optional option labels per object and property (custom lifecycle stages have numeric values). */
  options?: Partial<Record<ObjectName, Record<string, { label: string; value: string }[]>>>;
  /** Shown by the account-info call. */
  portalId?: number;
  portalName?: string;
}

export interface PropertyDef {
  name: string;
  label: string;
  type: 'datetime' | 'enumeration' | 'number' | 'string' | 'bool';
  fieldType: string;
  groupName: string;
  description: string;
  options: { label: string; value: string; displayOrder: number; hidden: boolean }[];
}

export interface Store {
  records: HsRecord[];
  /** Parsed epoch ms per datetime property, per record (NaN = unset). */
  times: Map<string, Float64Array>;
  properties: PropertyDef[];
  byName: Map<string, PropertyDef>;
}

const ENUMS = new Set(['lifecyclestage', 'hs_analytics_source', 'dealstage', 'pipeline']);
const BOOLS = new Set(['hs_is_closed_won', 'hs_is_closed']);
const NUMBERS = /^(amount|amount_in_home_currency|hs_object_id)$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export const hasValue = (v: unknown): v is string => typeof v === 'string' && v !== '';

function typeOf(name: string, values: string[]): PropertyDef['type'] {
  if (ENUMS.has(name)) return 'enumeration';
  if (BOOLS.has(name)) return 'bool';
  if (NUMBERS.test(name)) return 'number';
  if (values.length && values.every((v) => ISO.test(v))) return 'datetime';
  return 'string';
}

export function buildStore(
  input: HsRecord[],
  labels: Record<string, { label: string; value: string }[]> = {},
): Store {
  const seen = new Set<string>();
  const records = input
    .filter((r) => {
      if (seen.has(r.id)) return false;
      seen.add(r.id);
      return true;
    })
    .map((r): HsRecord => ({ id: r.id, properties: { ...r.properties, hs_object_id: r.id } }));
  const names = new Set<string>();
  for (const r of records) for (const k of Object.keys(r.properties)) names.add(k);
  const properties: PropertyDef[] = [];
  const times = new Map<string, Float64Array>();
  for (const name of [...names].sort()) {
    const values = records.map((r) => r.properties[name]).filter(hasValue);
    const type = typeOf(name, values);
    const distinct = [...new Set(values)].sort();
    const given = labels[name] ?? [];
    const options =
      type === 'enumeration'
        ? [
            ...given.map((o) => o.value),
            ...distinct.filter((v) => !given.some((o) => o.value === v)),
          ].map((value, i) => ({
            value,
            label: given.find((o) => o.value === value)?.label ?? value,
            displayOrder: i,
            hidden: false,
          }))
        : type === 'bool'
          ? [
              { label: 'True', value: 'true', displayOrder: 0, hidden: false },
              { label: 'False', value: 'false', displayOrder: 1, hidden: false },
            ]
          : [];
    properties.push({
      name,
      label: name,
      type,
      fieldType: type === 'datetime' ? 'date' : type === 'enumeration' ? 'select' : 'text',
      groupName: 'mock',
      description: '',
      options,
    });
    if (type === 'datetime')
      times.set(
        name,
        Float64Array.from(records, (r) => {
          const v = r.properties[name];
          return hasValue(v) ? Date.parse(v) : Number.NaN;
        }),
      );
  }
  return { records, times, properties, byName: new Map(properties.map((p) => [p.name, p])) };
}
