/**
 * The Reset SLA section in the real playground (demo clock 2026-07-15, past
 * the review date of a January–December agreement): build, refresh from the
 * demo's CRM export, "Review now" from the banner, propose rates from six
 * months of actuals, edit one (an invalid edit is caught inline), confirm,
 * and find the archived "SLA 2026 v1" and the next version's targets in the
 * grid and in the reloaded form.
 */
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResetProposal } from '../../src/api/review';
import { validateSettings } from '../../src/api/settings';
import { tabPeriodTargets } from '../../src/core/review/tab-targets';
import { layout, VALUE_COL } from '../../src/sla/layout';
import { cellAt, clickAddonMenu, sidebarFrame, useDemoPage, WAIT } from './helpers';

const demo = useDemoPage();
let page: Page;
beforeAll(() => {
  page = demo.page;
});
const STAGES = ['Visits', 'Leads', 'MQLs', 'SQLs', 'Opportunities', 'Customers'];

const state = () => demo.state();

/** What the server proposes, asked directly (to compare the sidebar with). */
async function serverProposal(): Promise<ResetProposal> {
  const res = await fetch(`${demo.playground.url}/api/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'getResetProposal', args: [{ trailingMonths: 6 }] }),
  });
  return ((await res.json()) as { result: ResetProposal }).result;
}

const number = (text: string | null) => Number((text ?? '').replace(/[^\d.-]/g, ''));

async function openSidebar(): Promise<Frame> {
  await clickAddonMenu(page, 'Funnel SLA', 'Open Funnel SLA');
  const frame = await sidebarFrame(page);
  await frame.locator('#preview-funnel').waitFor();
  return frame;
}

async function targetsShown(frame: Frame): Promise<number[]> {
  return (await frame.locator('#reset-targets td').allTextContents()).map(number);
}

let proposal: ResetProposal;
/** The new rates after the user's edit (MQLs → SQLs at 50 %). */
let edited: number[];

describe('the Reset SLA section', () => {
  it('builds, refreshes, and offers "Review now" once the review date has passed', async () => {
    let frame = await openSidebar();
    await frame.getByRole('button', { name: 'Build SLA tab' }).click();
    await expect
      .poll(() => frame.locator('#status').textContent(), { timeout: 20_000 })
      .toContain('is ready and open');
    await expect.poll(() => frame.locator('#refresh-source').inputValue(), WAIT).toBe('CRM export');
    await frame.getByRole('button', { name: 'Refresh actuals' }).click();
    await expect
      .poll(() => frame.locator('#refresh-status').textContent(), { timeout: 20_000 })
      .toContain('Actuals refreshed');
    // The banner comes with the sidebar: reopen it as a user would the next day.
    await page.getByRole('button', { name: 'Close sidebar' }).click();
    await page.locator('#sidebar').waitFor({ state: 'hidden' });
    frame = await openSidebar();
    expect(await frame.locator('#review-banner').textContent()).toContain('due for review');
    expect(await frame.locator('#section-review').getAttribute('open')).toBeNull();
    await frame.getByRole('button', { name: 'Review now' }).click();
    expect(await frame.locator('#section-review').getAttribute('open')).toBe('');
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('reset-trailing');
    await expect(frame.getByLabel('Months of actuals to use').inputValue()).resolves.toBe('6');
  }, 90_000); // build, refresh and reopen the sidebar: several server round trips on a busy machine

  it('proposes rates from six months of actuals, with the records behind each', async () => {
    const frame = await sidebarFrame(page);
    proposal = await serverProposal();
    await frame.getByRole('button', { name: 'Propose new rates' }).click();
    await frame.locator('#reset-rates').waitFor();
    expect(await frame.locator('#reset-status').textContent()).toBe(
      'Proposed rates from actuals up to Jun 2026. Edit any rate, then reset.',
    );
    const rows = await frame
      .locator('#reset-rates tr.rate-row')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.querySelector('th')?.textContent,
          tr.querySelector('.planned')?.textContent,
          (tr.querySelector('input') as HTMLInputElement).value,
        ]),
      );
    expect(rows.map((r) => r[0])).toEqual(
      STAGES.slice(0, -1).map((s, i) => `${s} → ${STAGES[i + 1]}`),
    );
    expect(rows.map((r) => r[1])).toEqual(['2%', '30%', '40%', '50%', '25%']);
    // Prefilled with the server's proposal, in percent.
    expect(rows.map((r) => Number(r[2]))).toEqual(
      proposal.proposals.map((p) => Math.round(p.proposed * 1e6) / 1e4),
    );
    // Visits have no actuals: the plan stays and says why; the others show their records.
    const whys = await frame.locator('#reset-rates .why').allTextContents();
    expect(whys[0]).toBe('No month has counts for both stages: the planned rate stays.');
    expect(whys[2]).toBe(`Observed over 6 months from ${proposal.proposals[2].records} records.`);
    expect(await frame.getByLabel('New rate from MQLs to SQLs, in percent').count()).toBe(1);

    const next = await frame.locator('#reset-next').textContent();
    expect(next).toContain('Jul 2026 – Dec 2026 (6 months)');
    expect(next).toContain(
      `${new Intl.NumberFormat('en-US').format(proposal.next.revenueGoal)} EUR`,
    );
    expect(next).toContain('Oct 1, 2026');
    expect(await targetsShown(frame)).toEqual(proposal.next.periodTargets);
  });

  it('checks an edited rate inline and follows a valid edit in the next targets', async () => {
    const frame = await sidebarFrame(page);
    const rate = frame.getByLabel('New rate from MQLs to SQLs, in percent');
    await rate.fill('0');
    const error = frame.locator('#reset-rate-2-err');
    await expect
      .poll(() => error.textContent())
      .toBe('MQLs → SQLs: enter a percentage above 0 and at most 100.');
    expect(await rate.getAttribute('aria-invalid')).toBe('true');
    expect(await rate.getAttribute('aria-describedby')).toContain('reset-rate-2-err');
    await frame.getByRole('button', { name: 'Reset SLA…' }).click();
    expect(await frame.locator('#reset-confirm-box').isHidden()).toBe(true);
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('reset-rate-2');
    expect(await frame.locator('#reset-status').textContent()).toBe(
      'Fix the highlighted rates first (1).',
    );

    await rate.fill('50 %');
    await expect.poll(() => error.textContent()).toBe('');
    expect(await rate.getAttribute('aria-invalid')).toBeNull();
    edited = proposal.proposals.map((p, i) => (i === 2 ? 0.5 : p.proposed));
    const expected = tabPeriodTargets({
      revenueGoal: proposal.next.revenueGoal,
      dealSize: 24000,
      rates: edited,
      stages: STAGES,
    });
    expect(expected).not.toEqual(proposal.next.periodTargets);
    await expect.poll(() => targetsShown(frame)).toEqual(expected);
  });

  it('asks before resetting; Cancel changes nothing', async () => {
    const frame = await sidebarFrame(page);
    await frame.getByRole('button', { name: 'Reset SLA…' }).click();
    const box = frame.locator('#reset-confirm-box');
    expect(await box.isVisible()).toBe(true);
    expect(await frame.locator('#reset-confirm-question').textContent()).toBe(
      'Archive “SLA 2026” as “SLA 2026 v1” and build the next version?',
    );
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('reset-confirm');
    await page.locator('#sidebar').screenshot({ path: '/tmp/sidebar-reset.png' });
    await frame.getByRole('button', { name: 'Cancel' }).click();
    expect(await box.isHidden()).toBe(true);
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('reset-start');
    expect((await state()).view.sheets.map((s) => s.name)).not.toContain('SLA 2026 v1');
  });

  it('confirms: archives "SLA 2026 v1", builds the next version and reloads the form', async () => {
    let frame = await sidebarFrame(page);
    await frame.getByRole('button', { name: 'Reset SLA…' }).click();
    await frame.getByRole('button', { name: 'Confirm' }).click();
    await expect
      .poll(
        async () => {
          frame = await sidebarFrame(page);
          return frame.locator('#notice').textContent();
        },
        { timeout: 20_000 },
      )
      .toBe(
        '“SLA 2026 v1” is archived (read-only). “SLA 2026” now holds the next version from Jul 2026; the form shows its settings.',
      );
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('notice');
    // The form holds the next version: the remaining months, the goal still to reach, the edited rate.
    await expect(frame.getByLabel('First month').inputValue()).resolves.toBe('2026-07');
    await expect(frame.getByLabel('Length in months').inputValue()).resolves.toBe('6');
    await expect(frame.getByLabel('Revenue goal').inputValue()).resolves.toBe(
      new Intl.NumberFormat('en-US').format(proposal.next.revenueGoal),
    );
    await expect(frame.locator('#f-rates-2').inputValue()).resolves.toBe('50');
    expect(await frame.locator('#review-banner').count()).toBe(0);
    expect(await frame.locator('#build').textContent()).toBe('Update SLA tab');

    // The playground marks a protected tab with a lock.
    const tabs = (await page.getByRole('tab').allTextContents()).map((t) =>
      t.replace('🔒', '').trim(),
    );
    expect(tabs).toEqual(expect.arrayContaining(['SLA 2026', 'SLA 2026 v1']));
    const archived = (await state()).view.sheets.find((s) => s.name === 'SLA 2026 v1');
    expect(archived?.protected).toBe(true);

    // The next version's targets in the grid, as the sidebar showed them before confirming.
    await page.getByRole('tab', { name: 'SLA 2026', exact: true }).click();
    const v = validateSettings({
      periodStart: '2026-07',
      months: 6,
      revenueGoal: proposal.next.revenueGoal,
      dealSize: 24000,
      stages: STAGES,
      rates: edited,
    });
    if (!v.ok) throw new Error('bad settings');
    const l = layout(v.settings);
    const expected = tabPeriodTargets(v.settings);
    const row = async () => {
      const out: number[] = [];
      for (let c = VALUE_COL; c < VALUE_COL + STAGES.length; c++)
        out.push(number(await cellAt(page, l.stageRow.periodTargets, c).textContent()));
      return out;
    };
    await expect.poll(row, WAIT).toEqual(expected);
  });

  it('fits 300 px (screenshot for review: /tmp/sidebar-reset-done.png)', async () => {
    const frame = await sidebarFrame(page);
    const widths = await frame.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    const unlabelled = await frame.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, textarea'))
        .filter((i) => !(i as HTMLInputElement).labels?.length)
        .map((i) => i.id),
    );
    expect(unlabelled).toEqual([]);
    await page.locator('#sidebar').screenshot({ path: '/tmp/sidebar-reset-done.png' });
  });
});
