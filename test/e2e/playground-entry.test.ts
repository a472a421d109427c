/**
 * Entering cells in the playground as in Sheets: values typed in quick
 * succession each land where they were typed (Enter moves on at once, not
 * when the server answers), and a custom function that fails shows its
 * error in its own cell, not over the area its result would spill into.
 */
import { describe, expect, it } from 'vitest';
import { cellAt, useDemoPage, WAIT } from './helpers';

const demo = useDemoPage();

describe('typing into the playground grid', () => {
  it('a second value typed right after the first lands in the next row', async () => {
    const page = demo.page;
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    await cellAt(page, 20, 4).click();
    // No wait between the entries: the second starts while the first write is under way.
    await page.keyboard.type('11');
    await page.keyboard.press('Enter');
    await page.keyboard.type('22');
    await page.keyboard.press('Enter');
    await page.keyboard.type('33');
    await page.keyboard.press('Enter');
    await expect.poll(() => cellAt(page, 22, 4).textContent(), WAIT).toBe('33');
    expect(await cellAt(page, 20, 4).textContent()).toBe('11');
    expect(await cellAt(page, 21, 4).textContent()).toBe('22');
    expect(await cellAt(page, 23, 4).textContent()).toBe('');
  });

  it('a failing custom function shows its error in one cell only', async () => {
    const page = demo.page;
    await cellAt(page, 30, 2).click();
    const bar = page.getByLabel('Formula bar');
    await bar.fill('=FUNNEL_MONTHLY(-5, 12)');
    await bar.press('Enter');
    await expect.poll(() => cellAt(page, 30, 2).textContent(), WAIT).toBe('#ERROR!');
    for (let c = 3; c <= 13; c++) expect(await cellAt(page, 30, c).textContent()).toBe('');
  });
});
