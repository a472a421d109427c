/**
 * The real playground end to end: the built add-on in the real emulator over
 * the demo workbook, driven through Chromium as a user would — menus, the
 * sidebar and its google.script.run bridge, typing a formula, xlsx round trip.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaygroundState } from '../../dev/playground/protocol';
import type { RunningPlayground } from '../../dev/playground/start';
import {
  type Browser,
  cellAt,
  clickAddonMenu,
  launchBrowser,
  type SidebarWindow,
  sidebarFrame,
  startDemoPlayground,
  WAIT,
} from './helpers';

let playground: RunningPlayground;
let browser: Browser;

beforeAll(async () => {
  playground = await startDemoPlayground();
  browser = await launchBrowser();
  await browser.page.goto(playground.url);
  await cellAt(browser.page, 1, 1).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
});

async function state(): Promise<PlaygroundState> {
  return (await (await fetch(`${playground.url}/api/view`)).json()) as PlaygroundState;
}

/** Runs `google.script.run.<name>(...args)` inside the sidebar iframe, as the sidebar's code would. */
async function runFromSidebar(
  name: string,
  args: unknown[],
): Promise<{ result?: unknown; error?: string; isError?: boolean }> {
  const frame = await sidebarFrame(browser.page);
  return frame.evaluate(
    ([fn, fnArgs]) =>
      new Promise((resolve) => {
        (window as unknown as SidebarWindow).google.script.run
          .withSuccessHandler((result) => resolve({ result }))
          .withFailureHandler((e) => resolve({ error: e.message, isError: e instanceof Error }))
          [fn](...fnArgs);
      }),
    [name, args] as const,
  );
}

describe('the playground over the demo workbook', () => {
  it('opens on the demo tabs with the CRM export in the grid', async () => {
    const page = browser.page;
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs).toEqual(expect.arrayContaining(['CRM export', 'Sheet1']));
    await page.getByRole('tab', { name: 'CRM export' }).click();
    await expect.poll(() => cellAt(page, 1, 1).textContent(), WAIT).toBe('Record ID');
    const crm = (await state()).view.sheets.find((s) => s.name === 'CRM export')!;
    expect(crm.rows).toBeGreaterThan(1000);
    // Column headers and row numbers like Sheets.
    expect(await page.locator('th.col-head').first().textContent()).toBe('A');
    expect(await page.locator('tbody th.row-head').first().textContent()).toBe('1');
  });

  it('builds the add-on menu with onOpen: Extensions → Funnel SLA → Open Funnel SLA shows the sidebar', async () => {
    const page = browser.page;
    await clickAddonMenu(page, 'Funnel SLA', 'Open Funnel SLA');
    const panel = page.getByRole('complementary');
    await panel.waitFor();
    expect((await panel.boundingBox())!.width).toBeCloseTo(300, 0);
    // The real build/Sidebar.html renders into main#app.
    const frame = await sidebarFrame(page);
    await frame.locator('main#app > *').first().waitFor();
  });

  it('bridges google.script.run to the add-on: a success handler gets the server result', async () => {
    // REQUIRED_DEALS is a global of build/Code.js: 1,200,000 / 24,000 = 50 deals.
    expect(await runFromSidebar('REQUIRED_DEALS', [1200000, 24000])).toEqual({ result: 50 });
  });

  it('a server error reaches the failure handler as an Error with the server message', async () => {
    // A deal size of 0 is bad input: the custom function throws, naming itself and the argument.
    const out = await runFromSidebar('REQUIRED_DEALS', [1200000, 0]);
    expect(out.isError).toBe(true);
    expect(out.error).toMatch(/REQUIRED_DEALS/);
    expect(out.error).toMatch(/deal_size/);
  });

  it('Google’s rules apply through the bridge: no private (`_`) or unknown functions', async () => {
    const privateCall = await runFromSidebar('FunnelSLA_', []);
    expect(privateCall.isError).toBe(true);
    const unknown = await runFromSidebar('noSuchFunction', []);
    expect(unknown.isError).toBe(true);
    expect(unknown.error).toMatch(/noSuchFunction/);
  });

  it('a server call through the bridge changes the grid: buildSlaTab adds and shows its tab', async () => {
    const page = browser.page;
    // The sidebar's own two calls, made directly: read the defaults, build with them.
    const state0 = await runFromSidebar('getSidebarState', []);
    const settings = (state0.result as { settings: unknown }).settings;
    const built = await runFromSidebar('buildSlaTab', [settings]);
    const sheetName = (built.result as { sheetName: string }).sheetName;
    expect(sheetName).toMatch(/SLA/);
    // The page refreshed after the call and follows the add-on to the tab it activated.
    await expect
      .poll(() => page.getByRole('tab', { selected: true }).textContent(), WAIT)
      .toBe(sheetName);
    expect(await page.locator('#grid-scroll td[data-r]').count()).toBeGreaterThan(100);
  });

  it('typing a formula into a cell through the formula bar shows its computed value', async () => {
    const page = browser.page;
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    await cellAt(page, 2, 2).click();
    await expect(page.getByLabel('Name box').inputValue()).resolves.toBe('B2');
    const bar = page.getByLabel('Formula bar');
    await bar.fill('=REQUIRED_DEALS(1200000, 24000)*2');
    await bar.press('Enter');
    await expect.poll(() => cellAt(page, 2, 2).textContent(), WAIT).toBe('100');
    await cellAt(page, 2, 2).click();
    await expect(bar.inputValue()).resolves.toBe('=REQUIRED_DEALS(1200000, 24000)*2');
    // Typed numbers are numbers (right-aligned), as Sheets parses entries.
    await cellAt(page, 3, 2).click();
    await page.keyboard.type('1,250.5');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => cellAt(page, 3, 2).evaluate((el) => getComputedStyle(el).textAlign))
      .toBe('right');
  });

  it('saves the workbook to .xlsx and opens it again', async () => {
    const page = browser.page;
    await page.getByRole('menuitem', { name: 'File' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Save as .xlsx' }).click(),
    ]);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip, as .xlsx files are
    await page.getByRole('menuitem', { name: 'File' }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('menuitem', { name: 'Open .xlsx…' }).click(),
    ]);
    const before = (await state()).generation;
    await chooser.setFiles({
      name: 'Round trip.xlsx',
      mimeType: 'application/octet-stream',
      buffer: bytes,
    });
    await expect.poll(async () => (await state()).generation, WAIT).toBeGreaterThan(before);
    await expect.poll(() => page.locator('#file-name').textContent(), WAIT).toBe('Round trip');
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    await expect.poll(() => cellAt(page, 2, 2).textContent(), WAIT).toBe('100');
    // onOpen ran on the opened file too: the add-on menu is there.
    expect((await state()).ui.menus.length).toBeGreaterThan(0);
  });

  it('resets to the demo workbook', async () => {
    const page = browser.page;
    await page.getByRole('menuitem', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Reset demo workbook' }).click();
    await expect.poll(() => page.locator('#file-name').textContent(), WAIT).not.toBe('Round trip');
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    await expect.poll(() => cellAt(page, 2, 2).textContent(), WAIT).toBe('');
  });

  it('looks like Sheets (screenshot for review: /tmp/playground.png)', async () => {
    const page = browser.page;
    await page.getByRole('tab', { name: 'CRM export' }).click();
    await clickAddonMenu(page, 'Funnel SLA', 'Open Funnel SLA');
    await (await sidebarFrame(page)).locator('main#app > *').first().waitFor();
    await cellAt(page, 2, 2).click();
    await page.screenshot({ path: '/tmp/playground.png' });
  });
});
