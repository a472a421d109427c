/**
 * The message formatter: `{name}` inserts a parameter; a plural block
 * `{count, plural, one {# month} few {# months} other {# months}}` picks the
 * form for the parameter's number by CLDR rules, `#` being the parameter as
 * given (already formatted for the locale if the caller formatted it).
 */
import type { Lang } from './languages';
import { pluralCategory } from './plural';

export type Params = Record<string, string | number>;

const PLURAL_HEAD = /^\{(\w+), plural,/;

/** Index of the brace closing the one opened at `open`. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `one {…} other {…}` → Map(category → text). */
export function pluralForms(body: string): Map<string, string> {
  const forms = new Map<string, string>();
  const re = /\s*(\w+)\s*\{/g;
  let m: RegExpExecArray | null = re.exec(body);
  while (m) {
    const open = m.index + m[0].length - 1;
    const end = closing(body, open);
    if (end < 0) break;
    forms.set(m[1], body.slice(open + 1, end));
    re.lastIndex = end + 1;
    m = re.exec(body);
  }
  return forms;
}

/** The number a parameter stands for: numbers as they are, text like "1 234,5" or "12". */
function numeric(v: string | number): number {
  if (typeof v === 'number') return v;
  const digits = v.replace(/[\s\u00a0\u202f'’.,](?=\d{3}(\D|$))/g, '').replace(',', '.');
  const n = Number.parseFloat(digits);
  return Number.isFinite(n) ? n : Number.NaN;
}

export function formatMessage(template: string, params: Params | undefined, lang: Lang): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    out += template.slice(i, open);
    const end = closing(template, open);
    if (end < 0) {
      out += template.slice(open);
      return out;
    }
    const whole = template.slice(open, end + 1);
    out += expand(whole, params, lang);
    i = end + 1;
  }
  return out + template.slice(i);
}

function expand(whole: string, params: Params | undefined, lang: Lang): string {
  const plural = PLURAL_HEAD.exec(whole);
  if (!plural) {
    const name = whole.slice(1, -1);
    return params && name in params ? String(params[name]) : whole;
  }
  const name = plural[1];
  if (!params || !(name in params)) return whole;
  const value = params[name];
  const forms = pluralForms(whole.slice(plural[0].length, -1));
  const form = forms.get(pluralCategory(lang, numeric(value))) ?? forms.get('other') ?? '';
  return formatMessage(form.split('#').join(String(value)), params, lang);
}
