/**
 * What a user-named SLA stage *means*. Stages are free text (the defaults are
 * Visits, Leads, MQLs, SQLs, Opportunities, Customers; teams rename them, in
 * their own language too), but the refresh needs to know which one is the
 * MQL-like stage (actuals by source), the SQL-like one (leads handed to sales)
 * and the won one (revenue); header detection uses the same concepts.
 */

export type StageConcept = 'visit' | 'lead' | 'mql' | 'sql' | 'opportunity' | 'customer';

/** Lower case, letters and digits only, words separated by one space. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Crude English singular, applied to both sides of a comparison so only consistency matters. */
export function singular(word: string): string {
  if (word.length <= 3 || word.endsWith('ss')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Normalised, singular tokens: "Opportunities (won)" → ["opportunity", "won"]. */
export function tokens(text: string): string[] {
  const n = normaliseText(text);
  return n ? n.split(' ').map(singular) : [];
}

/** True when `needle` occurs as consecutive tokens in `hay`. */
export function hasPhrase(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Scripts written without spaces between words: match by substring there. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
export function isCjk(text: string): boolean {
  return CJK.test(text);
}

interface ConceptWords {
  concept: StageConcept;
  /** Token phrases (already singular). */
  phrases: string[][];
  /** Substrings for CJK names. */
  cjk: string[];
}

const p = (...phrases: string[]): string[][] => phrases.map((ph) => ph.split(' ').map(singular));

/**
 * Order matters: the first concept with a matching phrase wins, so the
 * specific ones come first ("Marketing qualified leads" is an MQL, not a lead;
 * "Won opportunities" is a customer; "潜在客户" — potential customers — a lead).
 */
const CONCEPTS: ConceptWords[] = [
  {
    concept: 'customer',
    phrases: p('won', 'closed won', 'gewonnen', 'wygrane', 'voitettu', 'voitetut'),
    cjk: ['成交', '赢单', '赢得'],
  },
  {
    concept: 'mql',
    phrases: p(
      'mql',
      'marketing qualified',
      'marketing qualifizierte',
      'marketingqualifiedlead',
      'kwalifikowane marketingowo',
    ),
    cjk: ['营销合格', '市场合格', 'mql'],
  },
  {
    concept: 'sql',
    phrases: p(
      'sql',
      'sal',
      'sales qualified',
      'sales accepted',
      'sales ready',
      'sales qualified lead',
      'salesqualifiedlead',
      'vertriebsqualifiziert',
      'kwalifikowane sprzedażowo',
    ),
    cjk: ['销售合格', '销售线索', 'sql'],
  },
  {
    concept: 'opportunity',
    phrases: p(
      'opportunity',
      'opp',
      'opps',
      'proposal',
      'pipeline',
      'angebot',
      'angebote',
      'chance',
      'chancen',
      'verkaufschance',
      'szansa',
      'szanse',
      'oferta',
      'oferty',
      'tarjous',
      'tarjoukset',
      'myyntimahdollisuus',
      'myyntimahdollisuudet',
      'peluang',
      'penawaran',
    ),
    cjk: ['商机', '机会', '提案', '报价'],
  },
  {
    concept: 'lead',
    phrases: p(
      'lead',
      'leady',
      'liidi',
      'liidit',
      'prospek',
      'prospect',
      'contact',
      'signup',
      'sign up',
      'sign ups',
      'inquiry',
      'anfrage',
      'anfragen',
      'kontakt',
      'kontakte',
    ),
    cjk: ['线索', '潜在客户', '潜客'],
  },
  {
    concept: 'customer',
    phrases: p(
      'customer',
      'client',
      'deal',
      'closed deal',
      'sale',
      'kunde',
      'kunden',
      'neukunde',
      'neukunden',
      'klient',
      'klienci',
      'asiakas',
      'asiakkaat',
      'pelanggan',
      'klien',
    ),
    cjk: ['客户', '顾客', '签约'],
  },
  {
    concept: 'visit',
    phrases: p(
      'visit',
      'session',
      'traffic',
      'besuch',
      'besuche',
      'wizyta',
      'wizyty',
      'käynti',
      'käynnit',
      'kunjungan',
    ),
    cjk: ['访问', '访客', '流量'],
  },
];

/** The concept a stage name stands for, or null when we cannot tell ("Stage 3"). */
export function stageConcept(name: string): StageConcept | null {
  const toks = tokens(name);
  const cjk = isCjk(name);
  const lower = name.toLowerCase();
  for (const c of CONCEPTS) {
    if (c.phrases.some((ph) => hasPhrase(toks, ph))) return c.concept;
    if (cjk && c.cjk.some((w) => lower.includes(w))) return c.concept;
  }
  return null;
}

/** Index of the first stage with `concept`, or -1. */
export function findStage(stages: readonly string[], concept: StageConcept): number {
  for (let i = 0; i < stages.length; i++) if (stageConcept(stages[i]) === concept) return i;
  return -1;
}
