/**
 * build/Sidebar.html as Apps Script serves it (createHtmlOutputFromFile, no
 * templating): self-contained, lean, and with no HTML-string rendering that
 * user text could reach. Run `npm run build` first (`npm test` does).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../dev/build';
import { translationJson } from '../../dev/i18n-plugin';
import { LANGUAGES } from '../../src/api/messages/languages';

const PATH = join(import.meta.dirname, '../../build/Sidebar.html');
let html: string;
let script: string;

beforeAll(() => {
  if (!existsSync(PATH)) throw new Error('build/Sidebar.html is missing: run `npm run build`');
  html = readFileSync(PATH, 'utf8');
  script = html.slice(html.indexOf('<script>') + 8, html.lastIndexOf('</script>'));
});

describe('Sidebar.html', () => {
  it('is one page with its styles and script inlined', () => {
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html.match(/<style\b/g)).toHaveLength(1);
    expect(html).not.toContain('/*INLINE_');
    expect(html).toContain('<base target="_top"');
    expect(script).not.toMatch(/<\/script/i);
    expect(script.length).toBeGreaterThan(10_000);
  });

  it('loads nothing from the network: no external scripts, styles, fonts or images', () => {
    expect(html).not.toMatch(/<(script|img|iframe)[^>]+src=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//i);
    // The only URL is the SVG namespace, an identifier rather than a request.
    const urls = html.match(/https?:\/\/[^\s"'`)]+/g) ?? [];
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
  });

  it('never renders HTML strings: no innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    expect(script).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/);
  });

  it('carries no server code (only api/ and core/ are shared)', () => {
    for (const name of ['SpreadsheetApp', 'PropertiesService', 'HtmlService', 'HyperFormula'])
      expect(script).not.toContain(name);
  });

  it('stays lean: under 150 KB with its schema and English catalog, plus at most 48 KB per other language (HubSpot, sign-off and warning texts included)', async () => {
    const translations = await Promise.all(
      LANGUAGES.filter((l) => l !== 'en').map(async (l) =>
        Buffer.byteLength(
          JSON.stringify(await translationJson(join(ROOT, `src/api/messages/${l}.ts`), 'sidebar')),
        ),
      ),
    );
    for (const bytes of translations) expect(bytes).toBeLessThan(48_000);
    const sum = translations.reduce((a, b) => a + b, 0);
    expect(Buffer.byteLength(html) - sum).toBeLessThan(150_000);
  });
});
