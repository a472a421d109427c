/**
 * Every translation against the English source of keys: each key present,
 * the same placeholders, and every plural block with exactly the CLDR
 * categories of its language. When another change adds English keys, this
 * test names the translations still missing (src/api/messages/<lang>.ts).
 */
import { describe, expect, it } from 'vitest';
import { catalog, EN, LANGUAGES, type MessageKey, t } from '../../src/api/messages';
import { formatMessage, pluralForms } from '../../src/api/messages/format';
import { PLURAL_CATEGORIES, pluralCategory } from '../../src/api/messages/plural';

const KEYS = Object.keys(EN) as MessageKey[];

/** Placeholder names: `{x}` and the argument of `{x, plural, …}`, inner ones included. */
function placeholders(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(/\{(\w+)(?:\}|, plural,)/g)) names.add(m[1]);
  return [...names].sort();
}

/** Every plural block's categories, in order of appearance. */
function pluralBlocks(template: string): string[][] {
  const out: string[][] = [];
  for (const m of template.matchAll(/\{(\w+), plural,/g)) {
    let depth = 0;
    let end = m.index;
    for (let i = m.index; i < template.length; i++) {
      if (template[i] === '{') depth++;
      else if (template[i] === '}' && --depth === 0) {
        end = i;
        break;
      }
    }
    out.push([...pluralForms(template.slice(m.index + m[0].length, end)).keys()].sort());
  }
  return out;
}

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the %s catalog', (lang) => {
  const c = catalog(lang);

  it('translates every English key', () => {
    expect(KEYS.filter((k) => !c[k]?.trim())).toEqual([]);
  });

  it('has no key English lacks', () => {
    expect(Object.keys(c).filter((k) => !(k in EN))).toEqual([]);
  });

  it('keeps every placeholder of the English text, and adds none', () => {
    const wrong = KEYS.filter(
      (k) => c[k] && placeholders(c[k]).join() !== placeholders(EN[k]).join(),
    );
    expect(wrong.map((k) => [k, placeholders(EN[k]), placeholders(c[k] ?? '')])).toEqual([]);
  });

  it('gives every plural block exactly the CLDR categories of the language', () => {
    const want = [...PLURAL_CATEGORIES[lang]].sort();
    const wrong = KEYS.flatMap((k) =>
      pluralBlocks(c[k] ?? '')
        .filter((cats) => cats.join() !== want.join())
        .map((cats) => [k, cats]),
    );
    expect(wrong).toEqual([]);
  });
});

describe('plural rules', () => {
  it('agree with Intl.PluralRules for every language', () => {
    const samples = [0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 102, 112, 1.5];
    for (const lang of LANGUAGES) {
      const rules = new Intl.PluralRules(lang);
      expect([...PLURAL_CATEGORIES[lang]].sort()).toEqual(
        [...rules.resolvedOptions().pluralCategories]
          .filter((c) => c !== 'two' && c !== 'zero')
          .sort(),
      );
      for (const n of samples)
        expect([lang, n, pluralCategory(lang, n)]).toEqual([lang, n, rules.select(n)]);
    }
  });

  it('picks the Polish form for the number', () => {
    const months =
      '{n, plural, one {# miesiąc} few {# miesiące} many {# miesięcy} other {# miesiąca}}';
    expect([1, 3, 5, 22, 12, 1.5].map((n) => formatMessage(months, { n }, 'pl'))).toEqual([
      '1 miesiąc',
      '3 miesiące',
      '5 miesięcy',
      '22 miesiące',
      '12 miesięcy',
      '1.5 miesiąca',
    ]);
    expect(t('sidebar.preview.lag', { months: 2 }, 'pl')).toContain('2 miesiące');
  });
});
