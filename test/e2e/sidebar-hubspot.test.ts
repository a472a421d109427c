/**
 * Connect HubSpot in the real sidebar (playground, real emulator whose
 * UrlFetchApp is routed to dev/hubspot-mock in its own process): the token
 * field empties at once, the account shows with a masked token and its name
 * inert, Refresh from HubSpot reports requests and time, and the token is in
 * no page the sidebar renders; Disconnect forgets it.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspotRecords } from '../../dev/fixtures/hubspot-records';
import type { RunningPlayground } from '../../dev/playground/start';
import { type MockProcess, startMock } from '../hubspot/mock-process';
import {
  type Browser,
  cellAt,
  clickAddonMenu,
  ensureBuilt,
  launchBrowser,
  sidebarFrame,
  WAIT,
} from './helpers';

const TOKEN = 'pat-eu1-0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
let mock: MockProcess;
let playground: RunningPlayground;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mock = await startMock(hubspotRecords({ contacts: 300, deals: 40, seed: 2 }), TOKEN);
  await ensureBuilt();
  const { demoSource } = await import('../../dev/playground/demo');
  const { startPlayground } = await import('../../dev/playground/start');
  playground = await startPlayground({
    source: demoSource({
      now: '2026-07-15T09:00:00Z',
      urlFetch: { routes: { 'https://api.hubapi.com': mock.url } },
      realSleep: true,
    }),
    port: 0,
  });
  browser = await launchBrowser();
  page = browser.page;
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(playground.url);
  await cellAt(page, 1, 1).waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  mock?.close();
});

async function builtSidebar(): Promise<Frame> {
  await clickAddonMenu(page, 'Funnel SLA', 'Open Funnel SLA');
  const frame = await sidebarFrame(page);
  await frame.getByRole('button', { name: 'Build SLA tab' }).click();
  await expect
    .poll(() => frame.locator('#hubspot-state').textContent(), { timeout: 30_000 })
    .toBe('HubSpot is not connected.');
  return frame;
}

describe('HubSpot in the Actuals section', () => {
  it('connects with a token it never shows again, refreshes live, and disconnects', async () => {
    const frame = await builtSidebar();
    await frame.locator('#hubspot-token').fill(TOKEN);
    await frame.locator('#hubspot-connect').click();
    expect(await frame.locator('#hubspot-token').inputValue()).toBe('');
    await expect
      .poll(() => frame.locator('#hubspot-state').textContent(), WAIT)
      .toBe('Connected to HubSpot account 4711 (Acme <b>GmbH</b>) with token ••••c5d6.');
    expect(await frame.locator('#hubspot-state b').count()).toBe(0);
    expect(await frame.locator('#hubspot-token').isVisible()).toBe(false);

    // The proposed mapping is shown and correctable: stop counting SQLs.
    const sql = frame.locator('#hubspot-mapping').getByLabel('SQLs', { exact: true });
    await expect
      .poll(() => sql.inputValue(), WAIT)
      .toBe('hs_lifecyclestage_salesqualifiedlead_date');
    expect(
      await frame.locator('#hubspot-mapping').getByLabel('MQLs', { exact: true }).inputValue(),
    ).toBe('hs_v2_date_entered_marketingqualifiedlead');
    await sql.selectOption('');
    await mock.reset();
    // The playground runs the paced refresh (~25 s) in this process: the click's
    // acknowledgement waits for it, so the action gets the refresh's time too.
    await frame.locator('#hubspot-run').click({ timeout: 180_000 });
    await expect
      .poll(() => frame.locator('#hubspot-status').textContent(), { timeout: 150_000 })
      .toMatch(/^Actuals refreshed from HubSpot: \d+ requests in [\d.]+ s\.$/);
    const requests = Number(
      /(\d+) requests/.exec((await frame.locator('#hubspot-status').textContent()) ?? '')?.[1],
    );
    expect(requests).toBe((await mock.stats()).requests);
    // 12 months × (Leads, MQLs + 4 sources + a won-deal page + a hand-over page) + 2 property lists.
    expect(requests).toBe(12 * 8 + 2);
    await expect
      .poll(() => frame.locator('#refresh-last').textContent(), WAIT)
      .toContain('from “HubSpot”');
    expect(await frame.content()).not.toContain(TOKEN);
    expect(await page.content()).not.toContain(TOKEN);

    await frame.locator('#hubspot-disconnect').click();
    await expect
      .poll(() => frame.locator('#hubspot-state').textContent(), WAIT)
      .toBe('HubSpot is not connected.');
    expect(await frame.locator('#hubspot-token').isVisible()).toBe(true);
  }, 240_000);
});
