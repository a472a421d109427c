/**
 * Sign-off versions end to end in the real sidebar: both sides sign version 1
 * (name, role, date recorded), a protected, frozen snapshot tab appears and is
 * listed as "v1 signed by … and … on …"; a change to the goal afterwards shows
 * what changed since signing and starts version 2 awaiting signatures.
 */
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cellAt, clickAddonMenu, sidebarFrame, useDemoPage, WAIT } from './helpers';

const demo = useDemoPage();
const BUILD_WAIT = { timeout: 60_000 };

async function openSidebar(): Promise<Frame> {
  await clickAddonMenu(demo.page, 'Funnel SLA', 'Open Funnel SLA');
  const frame = await sidebarFrame(demo.page);
  await frame.locator('#preview-funnel').waitFor();
  return frame;
}

async function signFor(frame: Frame, side: string, name: string, role: string): Promise<void> {
  await frame.locator(`#signoff-${side}-name`).fill(name);
  await frame.locator(`#signoff-${side}-role`).fill(role);
  await frame.locator(`#signoff-${side}-sign`).click();
}

const text = (frame: Frame, selector: string) => frame.locator(selector).textContent();

describe('sign-off versions', () => {
  it('both sides sign v1, a protected snapshot is listed; a later change starts v2', async () => {
    const frame = await openSidebar();
    await frame.getByRole('button', { name: 'Build SLA tab' }).click();
    await expect.poll(() => text(frame, '#status'), BUILD_WAIT).toContain('is ready and open');

    await frame.locator('#section-signoff summary').click();
    await expect
      .poll(() => text(frame, '#signoff-state'), WAIT)
      .toBe('Version 1 awaits both signatures.');
    await signFor(frame, 'marketing', 'Ana Ruiz', 'Head of Marketing');
    await expect
      .poll(() => text(frame, '#signoff-marketing'), WAIT)
      .toMatch(/Signed by Ana Ruiz \(Head of Marketing\) on \d{4}-\d{2}-\d{2}$/);
    await signFor(frame, 'sales', 'Ben Okafor', 'VP Sales');
    await expect
      .poll(() => text(frame, '#signoff-versions li'), BUILD_WAIT)
      .toMatch(
        /^v1 signed by Ana Ruiz \(Head of Marketing\) and Ben Okafor \(VP Sales\) on \d{4}-\d{2}-\d{2}$/,
      );
    expect(await text(frame, '#signoff-state')).toBe('Version 1 is signed by both teams.');
    const sheets = (await demo.state()).view.sheets.map((s) => s.name);
    expect(sheets).toContain('SLA 2026 v1 signed');

    // A change after signing: the goal goes up; the live version becomes v2, awaiting signatures.
    await frame.getByLabel('Revenue goal').fill('1,400,000');
    await frame.getByRole('button', { name: 'Update SLA tab' }).click();
    await expect.poll(() => text(frame, '#status'), BUILD_WAIT).toContain('is ready and open');
    await frame.locator('#section-signoff summary').click();
    await expect
      .poll(() => text(frame, '#signoff-state'), WAIT)
      .toBe('Version 2 awaits both signatures.');
    expect(await frame.locator('#signoff-changes li').allTextContents()).toEqual([
      'Goal 1,200,000 → 1,400,000',
    ]);
    expect(await text(frame, '#signoff-versions li')).toMatch(/^v1 signed by Ana Ruiz/);
    // The live tab says it too, under its review reminder.
    await expect
      .poll(() => cellAt(demo.page, 3, 1).textContent(), WAIT)
      .toBe(
        'Changed since v1 was signed: Goal 1,200,000 → 1,400,000. Version 2 awaits both signatures.',
      );
  });
});
