/**
 * Proposes which HubSpot property feeds each SLA stage, from what the
 * account's properties API lists: lifecycle stages (standard ones by their
 * internal value, custom ones — numeric ids — by label) and, per stage, the
 * v2 date property `hs_v2_date_entered_<value>` where the account has it,
 * else the legacy `hs_lifecyclestage_<value>_date`. Won deals come from deals
 * (close date, closed-won flag, amount in the home currency). The result is
 * the export path's mapping shape, with property names for headers.
 */

import {
  normaliseText,
  type StageConcept,
  singular,
  stageConcept,
} from '../../core/actuals/stage-concepts';
import type { ActualsMapping } from '../../core/actuals/types';

export interface HsProperty {
  name: string;
  label?: string;
  type?: string;
  options?: { label: string; value: string }[];
}

const LIFECYCLE_VALUE: Partial<Record<StageConcept, string>> = {
  lead: 'lead',
  mql: 'marketingqualifiedlead',
  sql: 'salesqualifiedlead',
  opportunity: 'opportunity',
};

export const SOURCE_PROPERTY = 'hs_analytics_source';
const HANDOVER_PROPERTY = 'hubspot_owner_assigneddate';
const FIRST_TOUCH_PROPERTY = 'hs_sa_first_engagement_date';

/** Lowercase, singular words, so "Demos booked" matches a lifecycle stage labelled "Demo booked". */
function labelKey(text: string): string {
  return normaliseText(text).split(/\s+/).filter(Boolean).map(singular).join(' ');
}

/** The date property of lifecycle stage `value`: v2 where the account has it, else legacy. */
export function stageDateProperty(value: string, has: (name: string) => boolean): string | null {
  const v2 = `hs_v2_date_entered_${value}`;
  if (has(v2)) return v2;
  const legacy = `hs_lifecyclestage_${value}_date`;
  return has(legacy) ? legacy : null;
}

export function proposeHubSpotMapping(
  stages: readonly string[],
  contacts: readonly HsProperty[],
  deals: readonly HsProperty[],
): ActualsMapping {
  const contactNames = new Set(contacts.map((p) => p.name));
  const dealNames = new Set(deals.map((p) => p.name));
  const hasContact = (n: string) => contactNames.has(n);
  const options = contacts.find((p) => p.name === 'lifecyclestage')?.options ?? [];
  const used = new Set<string>();
  const mapping: ActualsMapping = { stages: {} };

  for (const stage of stages) {
    const concept = stageConcept(stage);
    let property: string | null = null;
    if (concept === 'customer' && dealNames.has('closedate')) property = 'deals.closedate';
    else if (concept !== 'visit') {
      const standard = concept ? LIFECYCLE_VALUE[concept] : undefined;
      const key = labelKey(stage);
      const option =
        (standard && options.find((o) => o.value === standard)) ||
        options.find((o) => labelKey(o.label) === key || labelKey(o.value) === key);
      const value = option?.value ?? standard;
      property = value ? stageDateProperty(value, hasContact) : null;
    }
    if (property && used.has(property)) property = null;
    if (property) used.add(property);
    mapping.stages[stage] = property;
  }
  mapping.recordId = 'hs_object_id';
  if (dealNames.has('amount_in_home_currency')) mapping.amount = 'deals.amount_in_home_currency';
  else if (dealNames.has('amount')) mapping.amount = 'deals.amount';
  if (dealNames.has('hs_is_closed_won')) mapping.won = 'deals.hs_is_closed_won';
  if (hasContact(SOURCE_PROPERTY)) mapping.source = SOURCE_PROPERTY;
  if (hasContact(HANDOVER_PROPERTY)) mapping.handoverTime = HANDOVER_PROPERTY;
  if (hasContact(FIRST_TOUCH_PROPERTY)) mapping.firstTouchTime = FIRST_TOUCH_PROPERTY;
  return mapping;
}

/** Every property a mapping names, by object, to check against what the account has. */
export function mappedProperties(mapping: ActualsMapping): string[] {
  const all = [
    ...Object.values(mapping.stages),
    mapping.amount,
    mapping.source,
    mapping.handoverTime,
    mapping.firstTouchTime,
    mapping.won,
  ];
  return all.filter((h): h is string => !!h);
}
