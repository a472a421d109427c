/**
 * Plural forms from the catalog: a message with a count has one key per
 * plural category its language uses (`….one`, `….other`; Polish adds `few`
 * and `many`), chosen with Intl.PluralRules, so no label says "month(s)".
 * A category a catalog lacks falls back to `….other`.
 */
import { EN, type MessageKey, type Params, t } from './index';

/** Keys that have plural forms: `base.other` exists. */
type PluralBase = {
  [K in MessageKey]: K extends `${infer B}.other` ? B : never;
}[MessageKey];

export function tp(base: PluralBase, count: number, params: Params = {}, lang = 'en'): string {
  let category: string;
  try {
    category = new Intl.PluralRules(lang).select(count);
  } catch {
    category = count === 1 ? 'one' : 'other';
  }
  const key = `${base}.${category}`;
  const chosen = (key in EN ? key : `${base}.other`) as MessageKey;
  return t(chosen, { count, ...params }, lang);
}
