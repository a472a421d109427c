/**
 * The page's rendering and UI plumbing, against the hand-written gallery
 * workbook (gallery-view.ts) behind a fake emulator: every feature Sheets
 * shows (merges, frozen panes, styles, notes, errors, charts, hidden tabs,
 * 1,500 rows) is checked whatever the add-on produces today.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningPlayground } from '../../dev/playground/start';
import type { FakeEmulator } from './fake-emulator';
import {
  type Browser,
  cellAt,
  clickAddonMenu,
  launchBrowser,
  type SidebarWindow,
  sidebarFrame,
  startGalleryPlayground,
  WAIT,
} from './helpers';

let playground: RunningPlayground;
let fake: () => FakeEmulator;
let browser: Browser;

beforeAll(async () => {
  ({ playground, fake } = await startGalleryPlayground());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
});

async function open(): Promise<void> {
  await browser.page.goto(playground.url);
  await cellAt(browser.page, 3, 1).waitFor();
}

describe('grid rendering', () => {
  beforeAll(open);

  it('shows visible tabs only, with the active one selected', async () => {
    const tabs = browser.page.getByRole('tab');
    await expect.poll(() => tabs.allTextContents(), WAIT).toEqual(['Styled', 'Big']);
    await expect(browser.page.getByRole('tab', { selected: true }).textContent()).resolves.toBe(
      'Styled',
    );
  });

  it('draws merges, display strings and styles with conditional formatting applied', async () => {
    const page = browser.page;
    const title = cellAt(page, 1, 1);
    expect(await title.getAttribute('colspan')).toBe('4');
    expect(await cellAt(page, 1, 2).count()).toBe(0); // covered by the merge
    const look = await title.evaluate((el) => {
      const s = getComputedStyle(el);
      return { weight: s.fontWeight, bg: s.backgroundColor, color: s.color, align: s.textAlign };
    });
    expect(look).toEqual({
      weight: '700',
      bg: 'rgb(232, 240, 254)',
      color: 'rgb(26, 115, 232)',
      align: 'center',
    });
    expect(await cellAt(page, 3, 4).textContent()).toBe('-10.0%');
    const behind = await cellAt(page, 3, 4).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(behind).toBe('rgb(252, 232, 230)');
    // Numbers align right, text left, booleans centre (Sheets' defaults).
    expect(await cellAt(page, 3, 2).evaluate((el) => getComputedStyle(el).textAlign)).toBe('right');
    expect(await cellAt(page, 3, 1).evaluate((el) => getComputedStyle(el).textAlign)).toBe('start');
    expect(await cellAt(page, 19, 1).evaluate((el) => getComputedStyle(el).textAlign)).toBe(
      'center',
    );
    // A bottom border drawn by the cell's own edge.
    const edge = await cellAt(page, 2, 2).evaluate((el) => getComputedStyle(el).borderBottomColor);
    expect(edge).toBe('rgb(0, 0, 0)');
  });

  it('keeps frozen rows and columns in place while scrolling', async () => {
    const page = browser.page;
    await page.locator('#grid-scroll').evaluate((el) => el.scrollTo(300, 200));
    const header = cellAt(page, 2, 2);
    const scroller = await page.locator('#grid-scroll').boundingBox();
    const box = await header.boundingBox();
    // Row 2 sticks under the column letters (row 1 is 32 px + 22 px header).
    expect(box!.y - scroller!.y).toBeGreaterThan(50);
    expect(box!.y - scroller!.y).toBeLessThan(60);
    const first = await cellAt(page, 10, 1).boundingBox();
    expect(first!.x - scroller!.x).toBeCloseTo(46, 0);
    await page.locator('#grid-scroll').evaluate((el) => el.scrollTo(0, 0));
  });

  it('shows errors like Sheets, with the message and notes on hover', async () => {
    const page = browser.page;
    const error = cellAt(page, 16, 1);
    expect(await error.textContent()).toBe('#DIV/0!');
    expect(await error.getAttribute('title')).toBe('Function DIVIDE parameter 2 cannot be zero.');
    expect(await error.getAttribute('class')).toContain('error');
    expect(await cellAt(page, 17, 1).getAttribute('title')).toBe('Who signs for marketing.');
  });

  it('wraps text that asks for it and lets long text spill into empty neighbours', async () => {
    const page = browser.page;
    const wrapped = await cellAt(page, 16, 2).boundingBox();
    expect(wrapped!.height).toBeGreaterThan(40);
    const spill = page.locator('td[data-r="18"][data-c="1"] .spill-text');
    expect((await spill.boundingBox())!.width).toBeGreaterThan(300);
  });

  it('draws embedded charts as SVG with legend and axis titles', async () => {
    const page = browser.page;
    const line = page.locator('figure.chart[data-chart-id="line-1"] svg');
    await expect(line.getAttribute('aria-label')).resolves.toBe('MQLs: target vs actual');
    expect(await line.locator('.series-line path').count()).toBe(2);
    const lineText = (await line.locator('text').allTextContents()).join('|');
    expect(lineText).toContain('Target'); // series.0.labelInLegend
    expect(lineText).not.toContain('MQL target');
    expect(lineText).toContain('MQL actual');
    expect(lineText).toContain('MQLs'); // vAxis.title
    expect(lineText).toContain('Month'); // domain name as the horizontal axis title
    const column = page.locator('figure.chart[data-chart-id="column-1"] svg');
    expect(await column.locator('.series-bars rect').count()).toBe(5);
    expect((await column.locator('text').allTextContents()).join('|')).toContain('Original Source');
    // Anchored at F4: its left edge is the left edge of column F.
    const f = await page.locator('th.col-head[data-c="6"]').boundingBox();
    const chart = await page.locator('figure.chart[data-chart-id="line-1"]').boundingBox();
    expect(chart!.x).toBeCloseTo(f!.x, 0);
  });

  it('shows the clicked cell in the formula bar: A1 and formula or value', async () => {
    const page = browser.page;
    await cellAt(page, 3, 4).click();
    await expect(page.getByLabel('Name box').inputValue()).resolves.toBe('D3');
    await expect(page.getByLabel('Formula bar').inputValue()).resolves.toBe('=(C3-B3)/B3');
    await cellAt(page, 4, 2).click();
    await expect(page.getByLabel('Formula bar').inputValue()).resolves.toBe('84');
  });

  it('edits from the keyboard: typing on a cell writes it, Enter moves down, Delete clears', async () => {
    const page = browser.page;
    await cellAt(page, 20, 3).click();
    await page.keyboard.type('42');
    await expect(page.getByLabel('Formula bar').inputValue()).resolves.toBe('42');
    await page.keyboard.press('Enter');
    await expect.poll(() => cellAt(page, 20, 3).textContent(), WAIT).toBe('42');
    await expect(page.getByLabel('Name box').inputValue()).resolves.toBe('C21');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Delete');
    await expect.poll(() => cellAt(page, 20, 3).textContent(), WAIT).toBe('');
  });

  it('renders a 1,500-row tab lazily and stays responsive', async () => {
    const page = browser.page;
    const started = Date.now();
    await page.getByRole('tab', { name: 'Big' }).click();
    await cellAt(page, 2, 1).waitFor();
    expect(Date.now() - started).toBeLessThan(2000);
    const rendered = await page.locator('#grid-scroll tbody tr').count();
    expect(rendered).toBeLessThan(400);
    // Scrolling to the end appends the rest.
    for (let i = 0; i < 20 && (await cellAt(page, 1501, 1).count()) === 0; i++) {
      await page.locator('#grid-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    }
    expect(await cellAt(page, 1501, 1).textContent()).toBe('2501');
    await page.getByRole('tab', { name: 'Styled' }).click();
  });
});

describe('menus, sidebar and bridge', () => {
  beforeAll(open);

  it('runs an add-on menu item and shows its toast bottom-right', async () => {
    const page = browser.page;
    await clickAddonMenu(page, 'Funnel SLA', 'Say hello');
    const toast = page.locator('.toast', { hasText: 'Hello from the add-on' });
    await toast.waitFor();
    const box = await toast.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.x + box!.width).toBeGreaterThan(viewport.width - 60);
    expect(box!.y).toBeGreaterThan(viewport.height / 2);
  });

  it('shows a failing menu item as an error with its message', async () => {
    const page = browser.page;
    await clickAddonMenu(page, 'Funnel SLA', 'Break');
    await page.getByRole('alert').filter({ hasText: 'FAILING: something went wrong' }).waitFor();
  });

  it('opens the sidebar at 300 px and closes it with its close button', async () => {
    const page = browser.page;
    await clickAddonMenu(page, 'Funnel SLA', 'Open Funnel SLA');
    const panel = page.getByRole('complementary');
    await panel.waitFor();
    expect((await panel.boundingBox())!.width).toBeCloseTo(300, 0);
    await expect(page.locator('#sidebar-title').textContent()).resolves.toBe('Funnel SLA');
    // The iframe holds build/Sidebar.html (its root is main#app) with the shim in place.
    const frame = await sidebarFrame(page);
    await frame.locator('main#app').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Close sidebar' }).click();
    await panel.waitFor({ state: 'hidden' });
    // The add-on showing it again reopens it.
    await clickAddonMenu(page, 'Funnel SLA', 'Open Funnel SLA');
    await panel.waitFor();
  });

  it('bridges google.script.run: handlers, user object, Google’s argument rules', async () => {
    const frame = await sidebarFrame(browser.page);
    const outcome = await frame.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const run = (window as unknown as SidebarWindow).google.script.run;
          run
            .withSuccessHandler((result: unknown, user: unknown) => resolve({ result, user }))
            .withFailureHandler((e: Error) => resolve({ error: e.message }))
            .withUserObject({ row: 7 })
            .echo(1, 'two', [true, null], { nested: { ok: 1 } });
        }),
    );
    expect(outcome).toEqual({
      result: [1, 'two', [true, null], { nested: { ok: 1 } }],
      user: { row: 7 },
    });
    expect(fake().calls.at(-1)).toEqual({
      name: 'echo',
      args: [1, 'two', [true, null], { nested: { ok: 1 } }],
    });

    // Google refuses Date arguments; JSON would silently stringify them, so the shim refuses first.
    const refused = await frame.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const run = (window as unknown as SidebarWindow).google.script.run;
          run
            .withSuccessHandler(() => resolve('unexpected success'))
            .withFailureHandler((e: Error) =>
              resolve({ isError: e instanceof Error, message: e.message }),
            )
            .echo({ when: new Date() });
        }),
    );
    expect(refused).toEqual({
      isError: true,
      message: 'Failed due to illegal value in property: 0.when',
    });
  });

  it('shows ui.alert messages as a modal dialog', async () => {
    const page = browser.page;
    const frame = await sidebarFrame(page);
    await frame.evaluate(() => (window as unknown as SidebarWindow).google.script.run.alertHello());
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Are you sure?').waitFor();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('google.script.host.close() closes the panel', async () => {
    const page = browser.page;
    const frame = await sidebarFrame(page);
    await frame.evaluate(() => (window as unknown as SidebarWindow).google.script.host.close());
    await page.getByRole('complementary').waitFor({ state: 'hidden' });
  });
});
