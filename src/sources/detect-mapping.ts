/**
 * Proposes which column of a CRM export feeds which SLA stage and which
 * optional field (record id, amount, source, owner, hand-over, first touch,
 * won flag). The sidebar shows the proposal; the user corrects it.
 *
 * Every (target, header) pair gets a score; pairs are then taken best first,
 * so each header feeds at most one target and each target gets its best
 * remaining header.
 */
import {
  hasPhrase,
  isCjk,
  normaliseText,
  type StageConcept,
  singular,
  stageConcept,
  tokens,
} from '../core/actuals/stage-concepts';
import { MAPPING_ROLES, type MappingRole } from '../core/actuals/types';
import {
  CJK_DATE_WORDS,
  DATE_WORDS,
  FIRST_WORDS,
  NOT_A_STAGE_DATE,
  ROLE_HEADERS,
  ROLE_WORDS,
  STAGE_HEADERS,
} from './crm-headers';

export interface DetectedMapping {
  /** Every SLA stage, with the header proposed for it or null. */
  stages: Record<string, string | null>;
  recordId?: string;
  amount?: string;
  source?: string;
  owner?: string;
  handoverTime?: string;
  firstTouchTime?: string;
  won?: string;
}

interface HeaderInfo {
  text: string;
  lower: string;
  compact: string;
  toks: string[];
  cjk: boolean;
  /** Mentions a date/time word: required before a generic name match. */
  dated: boolean;
  /** Mentions a non-date attribute (source, owner, id…). */
  blocked: boolean;
  /** The stage concept the header itself names, if any. */
  concept: StageConcept | null;
}

/** Scores for matches no table lists; every exact table entry of 90+ beats them. */
const SCORE_STAGE_NAME_EXACT = 92;
const SCORE_STAGE_NAME_IN_HEADER = 85;
const SCORE_CONCEPT_IN_HEADER = 70;
const SCORE_HANDOVER_WORD = 80;
const SCORE_FIRST_TOUCH_WORDS = 75;
const SCORE_ROLE_WORD = 60;
const SCORE_ID_SUFFIX = 50;

const singularSet = (words: Iterable<string>): Set<string> => new Set(Array.from(words, singular));
const DATE_TOKENS = singularSet(DATE_WORDS);
const BLOCK_TOKENS = singularSet(NOT_A_STAGE_DATE);
const FIRST_TOKENS = singularSet(FIRST_WORDS);

function describe(text: string): HeaderInfo {
  const norm = normaliseText(text);
  const toks = tokens(text);
  const cjk = isCjk(text);
  return {
    text,
    lower: text.toLowerCase(),
    compact: norm.replace(/ /g, ''),
    toks,
    cjk,
    dated:
      toks.some((t) => DATE_TOKENS.has(t)) || (cjk && CJK_DATE_WORDS.some((w) => text.includes(w))),
    blocked: toks.some((t) => BLOCK_TOKENS.has(t)),
    concept: stageConcept(text),
  };
}

function stageScore(stage: string, concept: StageConcept | null, h: HeaderInfo): number {
  let score = 0;
  if (concept) score = STAGE_HEADERS[concept][h.compact] ?? 0;
  const st = tokens(stage);
  if (st.length && st.join(' ') === h.toks.join(' '))
    return Math.max(score, SCORE_STAGE_NAME_EXACT);
  // A header that clearly names another stage ("Became a Marketing Qualified
  // Lead Date" for a stage "Leads") is never a generic match.
  if (h.blocked || !h.dated || (h.concept && h.concept !== concept)) return score;
  const named = isCjk(stage) ? h.lower.includes(stage.trim().toLowerCase()) : hasPhrase(h.toks, st);
  if (named) score = Math.max(score, SCORE_STAGE_NAME_IN_HEADER);
  if (concept && h.concept === concept) score = Math.max(score, SCORE_CONCEPT_IN_HEADER);
  return score;
}

function hasWord(h: HeaderInfo, words: readonly string[], cjk: readonly string[]): boolean {
  return (
    words.some((w) => h.toks.includes(singular(w))) ||
    (h.cjk && cjk.some((w) => h.text.includes(w)))
  );
}

function roleScore(role: MappingRole, h: HeaderInfo): number {
  const exact = ROLE_HEADERS[role][h.compact] ?? 0;
  if (exact) return exact;
  switch (role) {
    case 'recordId':
      return h.toks.length > 1 && h.toks[h.toks.length - 1] === 'id' && !h.toks.includes('owner')
        ? SCORE_ID_SUFFIX
        : 0;
    case 'won':
      return 0;
    case 'handoverTime': {
      const w = ROLE_WORDS.handoverTime;
      return hasWord(h, w.words, w.cjk) ? SCORE_HANDOVER_WORD : 0;
    }
    case 'firstTouchTime': {
      const w = ROLE_WORDS.firstTouchTime;
      if (hasWord(h, w.exclude, [])) return 0;
      if (h.cjk && w.cjk.some((x) => h.text.includes(x))) return SCORE_FIRST_TOUCH_WORDS;
      return h.toks.some((t) => FIRST_TOKENS.has(t)) && hasWord(h, w.words, [])
        ? SCORE_FIRST_TOUCH_WORDS
        : 0;
    }
    default: {
      const w = ROLE_WORDS[role];
      return hasWord(h, w.words, w.cjk) && !hasWord(h, w.exclude, []) ? SCORE_ROLE_WORD : 0;
    }
  }
}

type Target = { kind: 'stage'; index: number } | { kind: 'role'; role: MappingRole };

interface Candidate {
  target: Target;
  order: number;
  header: number;
  score: number;
}

/**
 * Proposes a mapping of `headers` (the tab's first row) onto the SLA `stages`.
 * Stages match by the concept their name stands for (MQL, SQL…, in several
 * languages) against known CRM headers, or by their own name appearing in a
 * date/time header. A stage nothing fits (typically Visits) maps to null.
 */
export function detectMapping(
  headers: readonly string[],
  stages: readonly string[],
): DetectedMapping {
  const infos = headers.map((h) => describe(String(h ?? '')));
  const candidates: Candidate[] = [];
  stages.forEach((stage, index) => {
    const concept = stageConcept(stage);
    infos.forEach((h, header) => {
      if (!h.compact) return;
      const score = stageScore(stage, concept, h);
      if (score > 0)
        candidates.push({ target: { kind: 'stage', index }, order: index, header, score });
    });
  });
  MAPPING_ROLES.forEach((role, i) => {
    infos.forEach((h, header) => {
      if (!h.compact) return;
      const score = roleScore(role, h);
      if (score > 0)
        candidates.push({
          target: { kind: 'role', role },
          order: stages.length + i,
          header,
          score,
        });
    });
  });
  // Best score first; ties go to the earlier stage/role, then the leftmost column.
  candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.header - b.header);

  // Stage names are data: a prototype-free record, so "__proto__" or "constructor" is just a key.
  const out: DetectedMapping = { stages: Object.create(null) };
  for (const s of stages) out.stages[s] = null;
  const usedHeaders = new Set<number>();
  const doneTargets = new Set<number>();
  for (const c of candidates) {
    if (usedHeaders.has(c.header) || doneTargets.has(c.order)) continue;
    usedHeaders.add(c.header);
    doneTargets.add(c.order);
    const text = infos[c.header].text;
    if (c.target.kind === 'stage') out.stages[stages[c.target.index]] = text;
    else out[c.target.role] = text;
  }
  return out;
}
