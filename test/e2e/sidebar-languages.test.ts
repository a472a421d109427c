/**
 * The sidebar in every language at Google's sidebar width (300 px): built
 * Sidebar.html in chromium behind a scripted google.script.run, then every
 * element's layout box is checked: nothing reaches past the right edge and no
 * element's content is wider than its box (cut text), German's compounds
 * included. Layout boxes, not pixels, so fonts may differ across machines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN, LANGUAGES, type Lang, t } from '../../src/api/messages';
import { defaultSettings } from '../../src/api/settings';
import type { SidebarState } from '../../src/api/sidebar';
import { type Browser, ensureBuilt, launchBrowser, ROOT, WAIT } from './helpers';

let browser: Browser;
let html: string;

const LOCALES: Record<Lang, string> = {
  en: 'en_US',
  de: 'de_DE',
  pl: 'pl_PL',
  fi: 'fi_FI',
  id: 'in_ID',
  zh: 'zh_CN',
};

beforeAll(async () => {
  await ensureBuilt();
  html = readFileSync(join(ROOT, 'build/Sidebar.html'), 'utf8');
  browser = await launchBrowser();
  await browser.page.setViewportSize({ width: 300, height: 900 });
});

afterAll(async () => {
  await browser?.close();
});

function state(lang: Lang): SidebarState {
  return {
    lang,
    locale: LOCALES[lang],
    timeZone: 'Europe/Berlin',
    today: '2026-07-15',
    settings: defaultSettings('2026-01', lang),
    sheetName: null,
    reviewDue: true,
  };
}

/** google.script.run answering getSidebarState with `s`; other calls never answer. */
function runnerScript(s: SidebarState): string {
  return `window.google = { script: { run: (function make(ok, fail) {
    const state = ${JSON.stringify(s)};
    const r = {
      withSuccessHandler: (h) => make(h, fail),
      withFailureHandler: (h) => make(ok, h),
      getSidebarState: () => setTimeout(() => ok(state), 0),
    };
    return r;
  })(() => {}, () => {}) } };`;
}

interface Overflow {
  tag: string;
  id: string;
  text: string;
  right: number;
  scrollWidth: number;
  clientWidth: number;
}

async function overflows(): Promise<Overflow[]> {
  return browser.page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const out: Overflow[] = [];
    for (const e of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const box = e.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // hidden
      // Screen-reader-only text is clipped to 1 px on purpose.
      if (e.closest('.sr-only') || getComputedStyle(e).clip !== 'auto') continue;
      // Content wider than its box is cut (overflow hidden) or spills over its
      // neighbour (overflow visible). #app alone is allowed: its sticky footer
      // bleeds into the body's padding on purpose (the right-edge check covers it).
      const cut = e.id !== 'app' && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1;
      if (box.right > limit + 0.5 || cut)
        out.push({
          tag: e.tagName,
          id: e.id,
          text: (e.textContent ?? '').slice(0, 60),
          right: Math.round(box.right),
          scrollWidth: e.scrollWidth,
          clientWidth: e.clientWidth,
        });
    }
    // Siblings in a row (flex items) must not cover each other, e.g. a long label under an input.
    for (const row of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      if (getComputedStyle(row).display !== 'flex') continue;
      const kids = Array.from(row.children)
        .filter((k) => !k.closest('.sr-only') && getComputedStyle(k).position !== 'absolute')
        .map((k) => ({ k, r: k.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 1 && r.height > 1);
      for (let i = 1; i < kids.length; i++) {
        const a = kids[i - 1].r;
        const b = kids[i].r;
        const sameLine = a.top < b.bottom - 1 && b.top < a.bottom - 1;
        if (sameLine && a.right > b.left + 1 && b.right > a.left + 1)
          out.push({
            tag: `${kids[i - 1].k.tagName}+${kids[i].k.tagName}`,
            id: row.className,
            text: (row.textContent ?? '').slice(0, 60),
            right: Math.round(a.right),
            scrollWidth: Math.round(b.left),
            clientWidth: 0,
          });
      }
    }
    return out;
  });
}

describe.each(LANGUAGES)('the sidebar in %s at 300 px', (lang) => {
  it('shows its own language and fits: no box past the edge, no text cut', async () => {
    const page = browser.page;
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addInitScript({ content: runnerScript(state(lang)) });
    await page.setContent(
      html.replace('<head>', `<head><script>${runnerScript(state(lang))}</script>`),
    );
    await page.locator('#build').waitFor(WAIT);
    expect(await page.locator('h1').first().textContent()).toBe(
      t('sidebar.heading', undefined, lang),
    );
    expect(await page.locator('#build').textContent()).toBe(t('sidebar.build', undefined, lang));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    if (lang !== 'en') {
      // No English sentence of the sidebar's own catalog in what it rendered (#app, not the script).
      const text = await page.evaluate(() => document.getElementById('app')?.textContent ?? '');
      const english = Object.entries(EN)
        .filter(
          ([k, v]) => k.startsWith('sidebar.') && !v.includes('{') && v.split(' ').length >= 4,
        )
        .map(([, v]) => v)
        .filter((v) => text.includes(v));
      expect(english).toEqual([]);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      300,
    );
    expect(await overflows()).toEqual([]);
  });
});
