/**
 * Sanity warnings in the real sidebar: a decimal typed into a "%" field and a
 * grouping separator that does not match the spreadsheet's locale are pointed
 * out under the preview, and the tab still builds (warn, do not block).
 */
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickAddonMenu, sidebarFrame, useDemoPage, WAIT } from './helpers';

const demo = useDemoPage();

async function openSidebar(): Promise<Frame> {
  await clickAddonMenu(demo.page, 'Funnel SLA', 'Open Funnel SLA');
  const frame = await sidebarFrame(demo.page);
  await frame.locator('#preview-funnel').waitFor();
  return frame;
}

const warnings = (frame: Frame) => frame.locator('#warnings li').allTextContents();

describe('sanity warnings in the sidebar', () => {
  it('none for the defaults; a rate typed as a decimal asks "did you mean"', async () => {
    const frame = await openSidebar();
    expect(await frame.locator('#warnings').count()).toBe(0);
    await frame.locator('#f-rates-0').fill('0.015');
    await expect
      .poll(() => warnings(frame), WAIT)
      .toEqual(['Visits → Leads: 0.015% is far below the usual 1%–5%. Did you mean 1.5%?']);
  });

  it('"30.000" as deal size on en_US asks instead of guessing, and the tab still builds', async () => {
    const frame = await sidebarFrame(demo.page);
    await frame.locator('#f-rates-0').fill('2');
    await frame.getByLabel('Average deal size').fill('30.000');
    await expect
      .poll(() => warnings(frame), WAIT)
      .toContain(
        '“30.000” is read as 30 on this spreadsheet (en_US). If you meant 30,000, type it without the separator.',
      );
    expect(await frame.locator('#build').isEnabled()).toBe(true);
    await frame.getByLabel('Average deal size').fill('30,000');
    await expect.poll(() => frame.locator('#warnings').count(), WAIT).toBe(0);
    await frame.getByRole('button', { name: 'Build SLA tab' }).click();
    await expect
      .poll(() => frame.locator('#status').textContent(), { timeout: 60_000 })
      .toContain('is ready and open');
  });
});
