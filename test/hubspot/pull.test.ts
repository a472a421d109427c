/**
 * The live pull's plan against the mock's search semantics in-process (no
 * HTTP): the same records counted at the source and exported to a tab give
 * the same actuals; HubSpot's 10,000-result cap is windowed around; the
 * number of requests does not grow with the number of records.
 */
import { describe, expect, it } from 'vitest';
import { CUSTOM_STAGE_ID, exportTab, hubspotRecords } from '../../dev/fixtures/hubspot-records';
import { buildStore, type RecordsFile } from '../../dev/hubspot-mock/records';
import { search } from '../../dev/hubspot-mock/search';
import { aggregateActuals } from '../../src/core/actuals/aggregate';
import type { ActualsMapping } from '../../src/core/actuals/types';
import { monthStartUtc } from '../../src/core/actuals/zone';
import { proposeHubSpotMapping } from '../../src/sources/hubspot/mapping';
import { HubSpotPull } from '../../src/sources/hubspot/pull';

const ZONE = 'Europe/Berlin';
const STAGES = ['Visits', 'Leads', 'MQLs', 'SQLs', 'Demos', 'Customers'];
const MONTHS = [
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
];
const NOW = Date.UTC(2026, 9, 20);
const EDGES = ['2026-03', '2026-04', '2026-10', '2026-11'].map((m) => monthStartUtc(m, ZONE));

function pull(file: RecordsFile, mapping: ActualsMapping | null, scale = 1) {
  const contacts = buildStore(file.contacts ?? [], file.options?.contacts);
  const deals = buildStore(file.deals ?? [], file.options?.deals);
  const used = mapping ?? proposeHubSpotMapping(STAGES, contacts.properties, deals.properties);
  const source = contacts.byName.get('hs_analytics_source');
  const p = new HubSpotPull({
    stages: STAGES,
    months: MONTHS,
    timeZone: ZONE,
    followUpHours: 24,
    nowMs: NOW,
    mapping: used,
    sourceValues: (source?.options ?? []).map((o) => o.value),
  });
  let requests = 0;
  while (!p.done)
    for (const r of p.take(5)) {
      requests++;
      const store = r.object === 'contacts' ? contacts : deals;
      p.answer(
        r.id,
        JSON.parse(JSON.stringify(search(store, r.body, r.object === 'contacts' ? scale : 1))),
      );
    }
  return { result: p.result(), requests, mapping: used };
}

describe('HubSpot live pull (plan + mock search semantics)', () => {
  const file = hubspotRecords({ contacts: 900, deals: 120, seed: 5, edges: EDGES });

  it('proposes v2, legacy and custom-stage date properties and won deals', () => {
    const { mapping } = pull(file, null);
    expect(mapping.stages).toEqual({
      Visits: null,
      Leads: 'hs_v2_date_entered_lead',
      MQLs: 'hs_v2_date_entered_marketingqualifiedlead',
      SQLs: 'hs_lifecyclestage_salesqualifiedlead_date',
      Demos: `hs_v2_date_entered_${CUSTOM_STAGE_ID}`,
      Customers: 'deals.closedate',
    });
    expect(mapping.won).toBe('deals.hs_is_closed_won');
    expect(mapping.amount).toBe('deals.amount_in_home_currency');
    expect(mapping.source).toBe('hs_analytics_source');
  });

  it('counts exactly what the export path counts from the same records in a tab', () => {
    const { result, mapping } = pull(file, null);
    const tab = aggregateActuals(exportTab(file, 25), mapping, {
      stages: STAGES,
      months: MONTHS,
      timeZone: ZONE,
      dayFirst: false,
      followUpHours: 24,
      nowMs: NOW,
    });
    expect(tab.skippedByReason.duplicateRecordId).toBe(28);
    expect(result.counts).toEqual(tab.counts);
    expect(result.revenue).toEqual(tab.revenue);
    expect(result.bySource).toEqual(tab.bySource);
    expect(result.leadsHandedToSales).toEqual(tab.leadsHandedToSales);
    expect(result.speedToLead).toEqual(tab.speedToLead);
    // The month edges are really exercised: some records sit 1 ms before a local midnight.
    expect(result.counts.flat().reduce<number>((a, n) => a + (n ?? 0), 0)).toBeGreaterThan(900);
  });

  it('windows a month past the 10,000-result cap and still sums every won deal', () => {
    const from = monthStartUtc('2026-05', ZONE);
    const big = hubspotRecords({ contacts: 10, deals: 23_000, seed: 9, fromMs: from, days: 20 });
    const { result, mapping } = pull(big, null);
    const tab = aggregateActuals(exportTab(big), mapping, {
      stages: STAGES,
      months: MONTHS,
      timeZone: ZONE,
      dayFirst: false,
      followUpHours: 24,
      nowMs: NOW,
    });
    expect(result.counts[2][5]).toBeGreaterThan(10_000);
    expect(result.counts.map((r) => r[5])).toEqual(tab.counts.map((r) => r[5]));
    expect(result.revenue).toEqual(tab.revenue);
  });

  it('makes the same number of requests for 1,000 and 1,000,000 contacts', () => {
    const small = hubspotRecords({ contacts: 1000, deals: 40, seed: 3 });
    const mapping: ActualsMapping = {
      stages: {
        Leads: 'hs_v2_date_entered_lead',
        MQLs: 'hs_v2_date_entered_marketingqualifiedlead',
        SQLs: 'hs_lifecyclestage_salesqualifiedlead_date',
        Customers: 'deals.closedate',
      },
      amount: 'deals.amount',
      won: 'deals.hs_is_closed_won',
      source: 'hs_analytics_source',
    };
    const a = pull(small, mapping, 1);
    const b = pull(small, mapping, 1000);
    expect(b.result.counts[1][1]).toBe((a.result.counts[1][1] as number) * 1000);
    expect(b.requests).toBe(a.requests);
    // (contact stages + sources) per month, plus one won-deal page per month.
    expect(a.requests).toBe((3 + 4) * MONTHS.length + MONTHS.length);
  });

  it('pages hand-overs for speed to lead only up to 2,000 a month, then counts them', () => {
    const small = hubspotRecords({ contacts: 1000, deals: 40, seed: 3 });
    const mapping: ActualsMapping = {
      stages: { Leads: 'hs_v2_date_entered_lead' },
      handoverTime: 'hubspot_owner_assigneddate',
      firstTouchTime: 'hs_sa_first_engagement_date',
    };
    const a = pull(small, mapping, 1);
    const b = pull(small, mapping, 1000);
    expect(b.requests).toBe(a.requests);
    expect(b.result.leadsHandedToSales).toEqual(
      (a.result.leadsHandedToSales as number[]).map((n) => n * 1000),
    );
    (a.result.leadsHandedToSales as number[]).forEach((n, m) => {
      if (n * 1000 > 2000) expect(b.result.speedToLead?.[m]).toEqual([null, null]);
    });
    expect(a.result.speedToLead?.some(([h]) => h !== null)).toBe(true);
  });
});
