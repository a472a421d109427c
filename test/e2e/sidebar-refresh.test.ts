/**
 * The Actuals section in the real playground (demo clock 2026-07-15, so
 * January–June are complete months): before a build it only says to build
 * first; after the build it proposes the demo's "CRM export" tab with a
 * detected mapping; a server error shows in the alert region; Refresh shows
 * progress, then the summary, and the SLA tab's MQL actuals and variance
 * fill in the grid; the skipped-rows report lists an unreadable date; the
 * schedule sets the "Next" line.
 */
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, validateSettings } from '../../src/api/settings';
import { handoverStage, layout } from '../../src/sla/layout';
import { cellAt, clickAddonMenu, sidebarFrame, useDemoPage, WAIT } from './helpers';

const demo = useDemoPage();
let page: Page;
beforeAll(() => {
  page = demo.page;
});

const MQL_HEADER = 'Became a Marketing Qualified Lead Date';
/** Column H of the demo export holds the MQL dates. */
const MQL_COL = 'H';

/** Types into a cell of the workbook as a user would (the playground's /api/set). */
async function typeInto(ref: string, value: string): Promise<void> {
  const res = await fetch(`${demo.playground.url}/api/set`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ref, value }),
  });
  expect(await res.json()).toEqual({ result: null });
}

/** The default agreement's layout (the sidebar's defaults: the example funnel). */
function tabLayout() {
  const v = validateSettings(defaultSettings('2026-01'));
  if (!v.ok) throw new Error('bad settings');
  return { l: layout(v.settings), h: handoverStage(v.settings.stages) };
}

/** A grid cell's text, scrolling the grid down until that row is rendered. */
async function gridText(r: number, c: number): Promise<string> {
  const cell = cellAt(page, r, c);
  for (let i = 0; i < 20 && (await cell.count()) === 0; i++)
    await page.locator('#grid-scroll').evaluate((s) => s.scrollBy(0, 600));
  return ((await cell.textContent()) ?? '').trim();
}

const number = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

async function openSidebar(): Promise<Frame> {
  await clickAddonMenu(page, 'Funnel SLA', 'Open Funnel SLA');
  const frame = await sidebarFrame(page);
  await frame.locator('#preview-funnel').waitFor();
  return frame;
}

describe('the Actuals section refreshes from the CRM export', () => {
  it('asks for the SLA tab first', async () => {
    const frame = await openSidebar();
    expect(await frame.locator('#after-build-hint').textContent()).toContain(
      'Build the SLA tab first',
    );
    expect(await frame.locator('#section-actuals').count()).toBe(0);
    expect(await frame.locator('#section-review').count()).toBe(0);
  });

  it('after the build, proposes the CRM export tab with a detected mapping', async () => {
    const frame = await sidebarFrame(page);
    await frame.getByRole('button', { name: 'Build SLA tab' }).click();
    await expect
      .poll(() => frame.locator('#status').textContent(), { timeout: 20_000 })
      .toContain('“SLA 2026” is ready and open.');
    // The first tab (an empty Sheet1) maps nothing, so the tab whose headers are recognised is proposed.
    await expect.poll(() => frame.locator('#refresh-source').inputValue(), WAIT).toBe('CRM export');
    expect(await frame.locator('#refresh-source option').allTextContents()).toEqual([
      'Sheet1',
      'CRM export',
    ]);
    expect(await frame.locator('#mapping-note').textContent()).toBe(
      'Proposed from the headers — check before refreshing.',
    );
    expect(await frame.locator('#refresh-last').textContent()).toBe('Not refreshed yet.');
    const mqls = frame.getByLabel('MQLs — date column');
    await expect(mqls.inputValue()).resolves.toBe(MQL_HEADER);
    // Visits come from web analytics: not mapped, typed by hand.
    await expect(frame.getByLabel('Visits — date column').inputValue()).resolves.toBe('');
    await expect(frame.getByLabel('Record ID').inputValue()).resolves.toBe('Record ID');
    await expect(frame.getByLabel('Won flag').inputValue()).resolves.toBe('');
    expect((await mqls.locator('option').allTextContents())[0]).toBe('— not mapped —');
    // Every control of the sidebar is labelled.
    const unlabelled = await frame.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, textarea'))
        .filter((i) => !(i as HTMLInputElement).labels?.length)
        .map((i) => i.id),
    );
    expect(unlabelled).toEqual([]);
  });

  it('an empty tab offers nothing to refresh; switching back restores the proposal', async () => {
    const frame = await sidebarFrame(page);
    await frame.locator('#refresh-source').selectOption('Sheet1');
    await expect
      .poll(() => frame.locator('#refresh-source-note').textContent(), WAIT)
      .toContain('“Sheet1” has no headers');
    expect(await frame.locator('#refresh-mapping').isHidden()).toBe(true);
    expect(await frame.locator('#refresh-run').isDisabled()).toBe(true);
    await frame.locator('#refresh-source').selectOption('CRM export');
    await expect
      .poll(() => frame.getByLabel('MQLs — date column').inputValue(), WAIT)
      .toBe(MQL_HEADER);
    expect(await frame.locator('#refresh-run').isEnabled()).toBe(true);
  });

  it('without a stage column the refresh is refused inline, before the server', async () => {
    const frame = await sidebarFrame(page);
    const stages = ['Leads', 'MQLs', 'SQLs', 'Opportunities', 'Customers'];
    const before: string[] = [];
    for (const s of stages) {
      const select = frame.getByLabel(`${s} — date column`);
      before.push(await select.inputValue());
      await select.selectOption('');
    }
    await frame.locator('#refresh-run').click();
    expect(await frame.locator('#map-stages-err').textContent()).toBe(
      'Map the date column of at least one stage.',
    );
    expect(await frame.locator('#refresh-status').textContent()).toBe('Fix the mapping first (1).');
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('map-stage-0');
    expect(await frame.locator('#map-stage-2').getAttribute('aria-invalid')).toBe('true');
    expect(await frame.locator('#map-stage-2').getAttribute('aria-describedby')).toContain(
      'map-stages-err',
    );
    for (const [i, s] of stages.entries())
      await frame.getByLabel(`${s} — date column`).selectOption(before[i]);
    expect(await frame.locator('#map-stages-err').textContent()).toBe('');
    expect(await frame.locator('#map-stage-2').getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the server’s error in the alert region', async () => {
    const frame = await sidebarFrame(page);
    // The header changes behind the sidebar's back: the server refuses the stale mapping.
    await typeInto(`'CRM export'!${MQL_COL}1`, 'MQL date (renamed)');
    await frame.locator('#refresh-run').click();
    await expect
      .poll(() => frame.locator('#refresh-alert').textContent(), WAIT)
      .toBe(
        `The actuals were not refreshed. The mapping names a column "${MQL_HEADER}" that is not in the first row of "CRM export".`,
      );
    expect(await frame.locator('#refresh-run').isEnabled()).toBe(true);
    expect(await frame.locator('#section-actuals').getAttribute('aria-busy')).toBe('false');
    await typeInto(`'CRM export'!${MQL_COL}1`, MQL_HEADER);
  });

  it('refreshes with progress, shows the summary and fills actuals and variance in the grid', async () => {
    const frame = await sidebarFrame(page);
    const { l, h } = tabLayout();
    const january = l.firstMonthRow;
    const mqlActual = l.blockCol.actuals + h;
    const mqlTarget = l.blockCol.targets + h;
    const mqlVariance = l.blockCol.variance + h;
    expect(await gridText(january, mqlActual)).toBe('');
    expect(await gridText(january, mqlVariance)).toBe('');

    // One unreadable MQL date, to be listed in the skipped-rows report.
    await typeInto(`'CRM export'!${MQL_COL}3`, 'someday');
    // Record every busy state the section goes through (the refresh may be quick).
    await frame.evaluate(() => {
      const w = window as unknown as { busyLog: string[] };
      w.busyLog = [];
      const section = document.getElementById('section-actuals') as HTMLElement;
      const button = document.getElementById('refresh-run') as HTMLButtonElement;
      new MutationObserver(() =>
        w.busyLog.push(`${section.getAttribute('aria-busy')}:${button.disabled}`),
      ).observe(section, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    await frame.getByRole('button', { name: 'Refresh actuals' }).click();
    await expect
      .poll(() => frame.locator('#refresh-status').textContent(), { timeout: 20_000 })
      .toMatch(/^Actuals refreshed: [\d,]+ of 1,500 rows counted\.$/);
    expect(
      await frame.evaluate(() => (window as unknown as { busyLog: string[] }).busyLog),
    ).toEqual(['true:true', 'false:false']);
    expect(await frame.locator('#refresh-alert').textContent()).toBe('');

    const figures = Object.fromEntries(
      await frame
        .locator('#refresh-summary > div')
        .evaluateAll((rows) =>
          rows.map((r) => [r.getAttribute('data-key'), r.querySelector('dd')?.textContent]),
        ),
    );
    expect(figures.read).toBe('1,500');
    expect(number(figures.counted)).toBeGreaterThan(1000);
    expect(figures.skipped).toBe('0');
    expect(number(figures.outside)).toBeGreaterThan(0);
    expect(figures.duration).toMatch(/ s$/);
    expect(await frame.locator('#refresh-kept').textContent()).toBe(
      'Kept as typed (no column mapped): Visits.',
    );
    expect(await frame.locator('#refresh-result').textContent()).toContain(
      'Left out — unreadable dates: 1.',
    );
    // The demo's clock is 2026-07-15 09:00 UTC: 11:00 in Berlin, the spreadsheet's zone.
    expect(await frame.locator('#refresh-last').textContent()).toBe(
      'Last refresh: Jul 15, 2026, 11:00 AM from “CRM export” by user@example.com (sidebar).',
    );
    expect(await frame.locator('#mapping-note').textContent()).toBe(
      'Your saved mapping for this tab.',
    );

    // The first refresh creates the SLA Log tab (which Sheets activates): back to the SLA tab.
    await page.getByRole('tab', { name: 'SLA 2026', exact: true }).click();
    // The grid: January is complete, so its MQL actual and variance are filled.
    await expect.poll(() => gridText(january, mqlActual), WAIT).not.toBe('');
    const actual = number(await gridText(january, mqlActual));
    const target = number(await gridText(january, mqlTarget));
    expect(actual).toBeGreaterThan(0);
    expect(await gridText(january, mqlVariance)).not.toBe('');
    expect(number(await gridText(january, mqlVariance))).toBe(actual - target);
  });

  it('lists the skipped rows on demand', async () => {
    const frame = await sidebarFrame(page);
    const summary = frame.locator('#refresh-report > summary');
    expect(await summary.textContent()).toBe('Skipped rows and cells (1)');
    await summary.click();
    await expect
      .poll(() => frame.locator('#refresh-report-list li').allTextContents(), WAIT)
      .toEqual([`Row 3: "someday" in ${MQL_HEADER} is not a date we can read.`]);
    expect(await frame.locator('#refresh-report-capped').count()).toBe(0);
  });

  it('sets the schedule and shows the next run', async () => {
    const frame = await sidebarFrame(page);
    expect(await frame.locator('#refresh-next').isHidden()).toBe(true);
    await frame.getByLabel('Refresh automatically').selectOption('daily');
    await expect
      .poll(() => frame.locator('#refresh-status').textContent(), WAIT)
      .toBe('Schedule saved.');
    expect(await frame.locator('#refresh-next').textContent()).toMatch(
      /^Next: Jul 1[56], 2026, \d{1,2}:00 [AP]M\.$/,
    );
    await frame.getByLabel('Refresh automatically').selectOption('monthly');
    await expect
      .poll(() => frame.locator('#refresh-next').textContent(), WAIT)
      .toMatch(/^Next: Aug 1, 2026, /);
    await frame.getByLabel('Refresh automatically').selectOption('off');
    await expect.poll(() => frame.locator('#refresh-next').isHidden(), WAIT).toBe(true);
  });

  it('reopening the sidebar shows the saved mapping and the last result', async () => {
    await page.getByRole('button', { name: 'Close sidebar' }).click();
    await page.locator('#sidebar').waitFor({ state: 'hidden' });
    const frame = await openSidebar();
    await expect
      .poll(() => frame.locator('#mapping-note').textContent(), WAIT)
      .toBe('Your saved mapping for this tab.');
    expect(await frame.locator('#refresh-source').inputValue()).toBe('CRM export');
    expect(await frame.locator('#refresh-last').textContent()).toContain(
      'Last refresh: Jul 15, 2026',
    );
    expect(await frame.locator('#refresh-report > summary').textContent()).toBe(
      'Skipped rows and cells (1)',
    );
  });

  it('fits 300 px (screenshot for review: /tmp/sidebar-refresh.png)', async () => {
    const frame = await sidebarFrame(page);
    const widths = await frame.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    await frame.locator('#refresh-report > summary').click();
    await frame.locator('#refresh-report-list').waitFor();
    await frame
      .getByRole('navigation', { name: 'Go to' })
      .getByRole('button', { name: 'Actuals' })
      .click();
    await page.locator('#sidebar').screenshot({ path: '/tmp/sidebar-refresh-top.png' });
    await frame.locator('#refresh-result').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.locator('#sidebar').screenshot({ path: '/tmp/sidebar-refresh.png' });
  });
});
