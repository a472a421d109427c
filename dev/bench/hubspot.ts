/**
 * Live HubSpot source (issue 13): HTTP requests per refresh for 12 and 36
 * months with 1,000 and 1,000,000 contacts, and wall time with 150 ms of
 * latency per request, paced as the add-on paces (src/server/hubspot-http.ts,
 * batches of 5 a second) — against a record-downloading connector that needs
 * ⌈records / 200⌉ requests at the same rate. Requests are answered by the
 * mock's search over generated records (a million = each of 1,000 contacts
 * standing in for 1,000, as the mock's `scale` does); time is simulated on a
 * virtual clock (150 ms per fetchAll, sleeps as slept), so the figure is the
 * schedule's, not this machine's.
 */

import type { ActualsMapping } from '../../src/core/actuals/types';
import type { Services } from '../../src/gas/surface';
import { HubSpotHttp, PER_SECOND } from '../../src/server/hubspot-http';
import { type HsProperty, proposeHubSpotMapping } from '../../src/sources/hubspot/mapping';
import { HubSpotPull } from '../../src/sources/hubspot/pull';
import { SEARCH_PATH } from '../../src/sources/hubspot/search';
import { hubspotRecords } from '../fixtures/hubspot-records';
import { buildStore, type Store } from '../hubspot-mock/records';
import { search } from '../hubspot-mock/search';
import type { BenchLine, BenchModule } from './types';

const GROUP = 'hubspot';
const LATENCY_MS = 150;
const STAGES = ['Visits', 'Leads', 'MQLs', 'SQLs', 'Demos', 'Customers'];

function monthsFrom(start: number, n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const y = start + Math.floor(i / 12);
    const m = (i % 12) + 1;
    return `${y}-${m < 10 ? '0' : ''}${m}`;
  });
}

interface Run {
  requests: number;
  wallMs: number;
  /** The refresh gave up (the add-on's own time budget inside Apps Script's 6 minutes). */
  gaveUp?: boolean;
}

/** One refresh through the add-on's own pacing and retry code, on a virtual clock. */
function refresh(
  stores: { contacts: Store; deals: Store },
  mapping: ActualsMapping,
  months: string[],
  scale: number,
): Run {
  let now = 0;
  const realNow = Date.now;
  Date.now = () => now;
  try {
    const svc = {
      Utilities: { sleep: (ms: number) => (now += ms) },
      UrlFetchApp: {
        fetchAll: (reqs: { url: string; payload?: string }[]) => {
          now += LATENCY_MS;
          return reqs.map((r) => {
            const object = r.url.includes(SEARCH_PATH.contacts) ? 'contacts' : 'deals';
            const body = JSON.parse(r.payload ?? '{}');
            const text = JSON.stringify(
              search(stores[object], body, object === 'contacts' ? scale : 1),
            );
            return { getResponseCode: () => 200, getContentText: () => text };
          });
        },
      },
    } as unknown as Services;
    const http = new HubSpotHttp(svc, 'bench-token', 'en');
    const source = stores.contacts.byName.get('hs_analytics_source');
    const pull = new HubSpotPull({
      stages: STAGES,
      months,
      timeZone: 'Europe/Berlin',
      followUpHours: 24,
      nowMs: realNow(),
      mapping,
      sourceValues: (source?.options ?? []).map((o) => o.value),
    });
    http.requests += 2; // the two property lists every refresh reads first
    try {
      http.run(
        (n) =>
          pull.take(n).map((r) => ({
            id: r.id,
            call: { method: 'post' as const, path: SEARCH_PATH[r.object], body: r.body },
          })),
        (id, json) => pull.answer(id, json),
        (id) => pull.retry(id),
      );
    } catch {
      return { requests: http.requests, wallMs: now, gaveUp: true };
    }
    pull.result();
    return { requests: http.requests, wallMs: now };
  } finally {
    Date.now = realNow;
  }
}

/** What a record-downloading connector needs: ⌈records / 200⌉ requests, 5 a second, same latency. */
function downloader(records: number): Run {
  const requests = Math.ceil(records / 200);
  return { requests, wallMs: (Math.ceil(requests / PER_SECOND) - 1) * 1000 + LATENCY_MS };
}

const bench: BenchModule = async () => {
  const lines: BenchLine[] = [];
  const line = (name: string, value: number | string, unit?: string) =>
    lines.push({ group: GROUP, name, value, ...(unit ? { unit } : {}) });
  for (const n of [12, 36]) {
    const months = monthsFrom(2026 - (n === 36 ? 2 : 0), n);
    const file = hubspotRecords({
      contacts: 1000,
      deals: 20 * n,
      seed: n,
      fromMs: Date.UTC(2026 - (n === 36 ? 2 : 0), 0, 1),
      days: n * 30.4,
    });
    const stores = {
      contacts: buildStore(file.contacts ?? [], file.options?.contacts),
      deals: buildStore(file.deals ?? [], file.options?.deals),
    };
    const full = proposeHubSpotMapping(
      STAGES,
      stores.contacts.properties as HsProperty[],
      stores.deals.properties as HsProperty[],
    );
    const { handoverTime: _h, firstTouchTime: _f, ...countsOnly } = full;
    const sources = stores.contacts.byName.get('hs_analytics_source')?.options.length ?? 0;
    const target = (STAGES.length + sources + 2) * n;
    line(
      `${n} months: target (stages ${STAGES.length} + sources ${sources} + 2) × months`,
      target,
      'requests + won-deal pages',
    );
    for (const [label, scale] of [
      ['1,000', 1],
      ['1,000,000', 1000],
    ] as const) {
      const counts = refresh(stores, countsOnly, months, scale);
      line(`${n} months, ${label} contacts, stages+sources+won deals: requests`, counts.requests);
      line(
        `${n} months, ${label} contacts, stages+sources+won deals: wall`,
        Math.round(counts.wallMs / 100) / 10,
        's',
      );
      const speed = refresh(stores, full, months, scale);
      line(
        `${n} months, ${label} contacts, + speed to lead (pages leads): requests`,
        speed.gaveUp ? `${speed.requests} then gave up (time budget)` : speed.requests,
      );
      line(
        `${n} months, ${label} contacts, + speed to lead (pages leads): wall`,
        Math.round(speed.wallMs / 100) / 10,
        's',
      );
    }
  }
  for (const records of [100_000, 1_000_000]) {
    const d = downloader(records);
    line(
      `record-downloading connector, ${records.toLocaleString('en-US')} contacts: requests`,
      d.requests,
    );
    line(
      `record-downloading connector, ${records.toLocaleString('en-US')} contacts: wall`,
      Math.round(d.wallMs / 100) / 10,
      's',
    );
  }
  return lines;
};

export default bench;
