/**
 * The live HubSpot source end to end: the BUILT bundle in the emulator, its
 * UrlFetchApp sending real HTTP to dev/hubspot-mock (every request validated
 * against HubSpot's OpenAPI files, 5 searches a second, 429 beyond), paced by
 * real sleeps as on Google's servers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../dev/emulator/index';
import { exportTab, hubspotRecords } from '../../dev/fixtures/hubspot-records';
import { EXAMPLE_SETTINGS } from '../../dev/fixtures/sla-settings';
import { main } from '../../dev/runner/cli';
import { realSource } from '../../dev/runner/real-source';
import { parseArgs } from '../../dev/runner/steps';
import type { RefreshSetup, RefreshSummary } from '../../src/api/actuals';
import type { HubSpotMappingSetup, HubSpotStatus } from '../../src/api/hubspot';
import { monthStartUtc } from '../../src/core/actuals/zone';
import { type MockProcess, startMock } from './mock-process';

const TOKEN = 'pat-eu1-7f3c2a10-5b4e-4d2c-9a61-0c2d9e8f4b17';
const ZONE = 'Europe/Berlin';
const ORIGIN = 'https://api.hubapi.com';
const SETTINGS = {
  ...EXAMPLE_SETTINGS,
  periodStart: '2026-03',
  stages: ['Visits', 'Leads', 'MQLs', 'SQLs', 'Demos', 'Customers'],
};
const RANGES = ['SLA_Actuals', 'SLA_Revenue', 'SLA_LeadsHanded', 'SLA_SpeedToLead', 'SLA_BySource'];
const EDGES = ['2026-03', '2026-04', '2026-10', '2026-11'].map((m) => monthStartUtc(m, ZONE));
const records = hubspotRecords({ contacts: 700, deals: 90, seed: 21, edges: EDGES });

let mock: MockProcess;
const open: Emulator[] = [];
beforeAll(async () => {
  mock = await startMock(records, TOKEN);
});
afterAll(() => {
  for (const e of open) e.close();
  mock?.close();
});

async function emulator(months: number, realSleep = true): Promise<Emulator> {
  const e = await createEmulator({
    now: '2026-12-10T09:00:00Z',
    timeZone: ZONE,
    locale: 'en_US',
    urlFetch: { routes: { [ORIGIN]: mock.url } },
    realSleep,
  });
  open.push(e);
  e.run('buildSlaTab', [{ ...SETTINGS, months }]);
  return e;
}

const snapshot = (e: Emulator) => RANGES.map((r) => e.get(r).values);
const logRows = (e: Emulator) =>
  e.view().sheets.find((s) => s.name === 'SLA Log')?.cells.length ?? 0;

describe('refreshActuals({ source: "hubspot" })', () => {
  it('gives the same actuals as the export path, and the token never leaves user properties', async () => {
    await mock.reset();
    const e = await emulator(8);
    const responses: unknown[] = [];
    const status = e.run('connectHubSpot', [{ token: ` ${TOKEN} ` }]) as HubSpotStatus;
    responses.push(status);
    expect(status).toEqual({
      connected: true,
      portalId: 4711,
      name: 'Acme <b>GmbH</b>',
      masked: '••••4b17',
    });
    const setup = e.run('getHubSpotMapping') as HubSpotMappingSetup;
    responses.push(setup);
    expect(setup.detected).toBe(true);
    expect(setup.mapping.stages.SQLs).toBe('hs_lifecyclestage_salesqualifiedlead_date');
    expect(setup.dateProperties).toContain('deals.closedate');
    expect(setup.sourceProperties).toContain('hs_analytics_source');
    expect(setup.amountProperties).toEqual(['deals.amount', 'deals.amount_in_home_currency']);
    await mock.reset();
    const live = e.run('refreshActuals', [{ source: 'hubspot' }]) as RefreshSummary;
    responses.push(live, e.run('getHubSpotStatus'), e.run('getRefreshSetup'));
    expect(live.source).toBe('hubspot');
    expect(live.mapping.stages.Demos).toBe('hs_v2_date_entered_153180554');
    const fromHubSpot = snapshot(e);

    e.addTab('CRM export', exportTab(records, 40));
    const tab = e.run('refreshActuals', [
      { sourceTab: 'CRM export', mapping: live.mapping },
    ]) as RefreshSummary;
    responses.push(tab);
    expect(tab.skippedByReason.duplicateRecordId).toBe(43);
    expect(snapshot(e)).toEqual(fromHubSpot);
    expect(
      fromHubSpot[0].flat().filter((v) => typeof v === 'number' && v > 0).length,
    ).toBeGreaterThan(30);

    const stats = await mock.stats();
    // 8 months × (4 contact stages + 4 sources) counts, one won-deal page and one
    // hand-over page a month, two property lists; no retries at 5 a second.
    const requests = 8 * 8 + 8 + 8 + 2;
    expect(live.requests).toBe(requests);
    expect(stats.requests).toBe(requests);
    expect(stats.invalid).toEqual([]);
    expect(stats.byCode).toEqual({ 200: requests });
    expect(stats.peakPerSecond).toBeLessThanOrEqual(5);
    expect(Object.keys(stats.validated).sort()).toEqual([
      'contacts.v3.openapi.json#post-/crm/v3/objects/contacts/search_doSearch',
      'deals.v3.openapi.json#post-/crm/v3/objects/0-3/search_doSearch',
      'undescribed',
    ]);

    // The log row says where from and how many requests.
    const log = e.view().sheets.find((s) => s.name === 'SLA Log');
    expect(
      log?.cells.some((c) =>
        String(c.v).includes(`HubSpot 4711 (Acme <b>GmbH</b>) · ${live.requests} requests`),
      ),
    ).toBe(true);

    const secret = TOKEN;
    expect(e.properties('user')['hubspot.token']).toBe(TOKEN);
    const everywhere = JSON.stringify([
      e.view(),
      e.properties('document'),
      e.properties('script'),
      e.services.state.logs.entries,
      responses,
    ]);
    expect(everywhere).not.toContain(secret);
    expect(everywhere).not.toContain(secret.slice(0, 20));

    expect(e.run('disconnectHubSpot')).toEqual({
      connected: false,
      portalId: null,
      name: null,
      masked: null,
    });
    expect(e.properties('user')['hubspot.token']).toBeUndefined();
    expect(() => e.run('refreshActuals', [{ source: 'hubspot' }])).toThrow(/not connected/);
  }, 180_000);

  it('a wrong token is refused at connect; a revoked one stops the refresh and keeps the actuals', async () => {
    await mock.reset();
    const e = await emulator(2);
    expect(() => e.run('connectHubSpot', [{ token: 'pat-eu1-wrong-token-0000' }])).toThrow(/401/);
    expect(e.properties('user')['hubspot.token']).toBeUndefined();
    e.run('connectHubSpot', [{ token: TOKEN }]);
    e.run('refreshActuals', [{ source: 'hubspot' }]);
    const before = snapshot(e);
    const rows = logRows(e);
    await mock.config({ token: 'rotated-token-xyz' });
    try {
      let message = '';
      try {
        e.run('refreshActuals', [{ source: 'hubspot' }]);
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toMatch(/refused the access token \(401\).*connect again/i);
      expect(message).not.toContain(TOKEN);
      expect(snapshot(e)).toEqual(before);
      expect(logRows(e)).toBe(rows);
    } finally {
      await mock.config({ token: TOKEN });
    }
  }, 120_000);

  it('rides out a storm of 429s with pauses and ends where a clean run ends', async () => {
    await mock.reset();
    const e = await emulator(2);
    e.run('connectHubSpot', [{ token: TOKEN }]);
    const clean = e.run('refreshActuals', [{ source: 'hubspot' }]) as RefreshSummary;
    const before = snapshot(e);
    await mock.reset();
    await mock.fault({ code: 429, after: 4, count: 12 });
    const stormy = e.run('refreshActuals', [{ source: 'hubspot' }]) as RefreshSummary;
    expect(snapshot(e)).toEqual(before);
    expect(stormy.requests).toBe((clean.requests as number) + 12);
    expect((await mock.stats()).rateLimited).toBe(12);
  }, 120_000);

  it('stops on 5xx that do not clear and at once on 403, writes nothing and says so', async () => {
    await mock.reset();
    // Fast: no real pacing needed once the mock allows any rate.
    await mock.config({ perSecond: 1000 });
    try {
      const e = await emulator(2, false);
      e.run('connectHubSpot', [{ token: TOKEN }]);
      e.run('refreshActuals', [{ source: 'hubspot' }]);
      const before = snapshot(e);
      const rows = logRows(e);
      await mock.fault({ code: 503, after: 10, count: 1000 });
      expect(() => e.run('refreshActuals', [{ source: 'hubspot' }])).toThrow(
        /kept answering 503 after 6 tries\. Nothing was written/,
      );
      expect(snapshot(e)).toEqual(before);
      expect(logRows(e)).toBe(rows);
      // A token without a read scope: 403 stops at once, naming the scopes.
      await mock.reset();
      await mock.fault({ code: 403, after: 3, count: 1 });
      expect(() => e.run('refreshActuals', [{ source: 'hubspot' }])).toThrow(
        /\(403\): the token lacks a read scope\. Give it crm\.objects\.contacts\.read/,
      );
      expect((await mock.stats()).byCode[403]).toBe(1);
      expect(snapshot(e)).toEqual(before);
      expect(logRows(e)).toBe(rows);
    } finally {
      await mock.reset();
      await mock.config({ perSecond: 5 });
    }
  }, 120_000);

  it("the scheduled refresh counts live in the add-on trigger with its owner's token; a failure keeps actuals and record", async () => {
    await mock.reset();
    await mock.config({ perSecond: 1000 });
    try {
      const e = await emulator(2, false);
      e.run('connectHubSpot', [{ token: TOKEN }]);
      e.run('refreshActuals', [{ source: 'hubspot' }]);
      const before = snapshot(e);
      e.run('setRefreshSchedule', ['daily']);
      // The trigger runs without an active spreadsheet or document properties:
      // the token comes from the owner's user properties, the record from the spreadsheet.
      e.setNow('2026-12-11T07:00:00Z');
      expect(e.fireDueTriggers()).toMatchObject([{ handler: 'scheduledRefresh', ok: true }]);
      const setup = e.run('getRefreshSetup') as RefreshSetup;
      expect(setup.last).toMatchObject({ source: 'hubspot', trigger: 'schedule' });
      expect(setup.failure).toBeNull();
      expect(snapshot(e)).toEqual(before);
      const row = e.get("'SLA Log'!A3:J3").values[0];
      expect(String(row[2])).toMatch(/^HubSpot 4711 \(Acme <b>GmbH<\/b>\) · \d+ requests$/);
      expect(row[9]).toBe('schedule');

      await mock.fault({ code: 503, after: 2, count: 1000 });
      e.setNow('2026-12-12T07:00:00Z');
      expect(e.fireDueTriggers()).toMatchObject([{ handler: 'scheduledRefresh', ok: true }]);
      expect(snapshot(e)).toEqual(before);
      const failed = e.run('getRefreshSetup') as RefreshSetup;
      expect(failed.failure?.message).toMatch(/503 after 6 tries\. Nothing was written/);
      expect(failed.last).toEqual(setup.last);
      expect(e.get("'SLA Log'!J4").values[0][0]).toMatch(/^scheduled refresh failed: /);
    } finally {
      await mock.reset();
      await mock.config({ perSecond: 5 });
    }
  }, 120_000);

  it('the runner sends the add-on to the mock with --route ORIGIN=URL', async () => {
    await mock.reset();
    const lines: string[] = [];
    const code = await main(
      [
        '--tz',
        ZONE,
        '--now',
        '2026-12-10T09:00:00Z',
        '--route',
        `${ORIGIN}=${mock.url}`,
        '--call',
        'buildSlaTab',
        JSON.stringify([{ ...SETTINGS, months: 1 }]),
        '--call',
        'connectHubSpot',
        JSON.stringify([{ token: TOKEN }]),
        '--call',
        'refreshActuals',
        '[{"source":"hubspot"}]',
      ],
      realSource,
      { out: (l) => lines.push(l), err: (l) => lines.push(l) },
    );
    expect(code).toBe(0);
    const refreshed = JSON.parse(lines[2]) as { result: RefreshSummary };
    expect(refreshed.result.source).toBe('hubspot');
    expect((await mock.stats()).requests).toBe((refreshed.result.requests as number) + 1);
    expect(parseArgs(['--route', 'api.hubapi.com=x'])).toMatchObject({ kind: 'usage-error' });
  }, 120_000);
});
