/**
 * Sign-off versions: each side's signer (name, role, date) is recorded; when
 * both have signed the same terms, that version is agreed (and the server
 * freezes a protected snapshot). A change of terms after signing starts the
 * next version, awaiting signatures, and the changes since signing are listed.
 * Pure: records in, records out; the server stores them.
 */
import type { Settings } from '../api/settings';

export const SIDES = ['marketing', 'sales'] as const;
export type Side = (typeof SIDES)[number];

export interface Signature {
  side: Side;
  name: string;
  role: string;
  /** `YYYY-MM-DD` in the spreadsheet's zone. */
  date: string;
}

/** What both teams put their names under: the numbers, not the layout. */
export interface Terms {
  periodStart: string;
  months: number;
  revenueGoal: number;
  currency: string;
  dealSize: number;
  stages: string[];
  rates: number[];
}

export interface SignedVersion {
  version: number;
  signatures: Signature[];
  /** The later of the two signature dates. */
  date: string;
  /** The protected snapshot tab. */
  snapshot: string;
  terms: Terms;
}

export interface SignOffRecord {
  /** Signatures collected for `pendingTerms` (at most one per side). */
  pending: Signature[];
  pendingTerms: Terms | null;
  signed: SignedVersion[];
}

export const EMPTY_RECORD: SignOffRecord = { pending: [], pendingTerms: null, signed: [] };

export function termsOf(s: Settings): Terms {
  return {
    periodStart: s.periodStart,
    months: s.months,
    revenueGoal: s.revenueGoal,
    currency: s.currency,
    dealSize: s.dealSize,
    stages: [...s.stages],
    rates: [...s.rates],
  };
}

export const sameTerms = (a: Terms, b: Terms): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The version the live terms are: the last signed one if unchanged, else the next one awaiting signatures. */
export function currentVersion(
  record: SignOffRecord,
  terms: Terms,
): { version: number; status: 'signed' | 'awaiting'; pending: Signature[] } {
  const last = record.signed[record.signed.length - 1];
  if (last && sameTerms(last.terms, terms))
    return { version: last.version, status: 'signed', pending: [] };
  const pending =
    record.pendingTerms && sameTerms(record.pendingTerms, terms) ? record.pending : [];
  return { version: (last?.version ?? 0) + 1, status: 'awaiting', pending };
}

/**
 * Records one side's signature on the live terms. Signatures on other terms
 * are dropped (the numbers changed under them); signing again replaces that
 * side's signature. When both sides have signed, the version is agreed.
 */
export function sign(
  record: SignOffRecord,
  signature: Signature,
  terms: Terms,
  snapshotName: (version: number) => string,
): { record: SignOffRecord; agreed: SignedVersion | null } {
  const { version, status, pending } = currentVersion(record, terms);
  if (status === 'signed') return { record, agreed: null };
  const signatures = [...pending.filter((p) => p.side !== signature.side), signature];
  if (!SIDES.every((side) => signatures.some((p) => p.side === side)))
    return { record: { ...record, pending: signatures, pendingTerms: terms }, agreed: null };
  const ordered = SIDES.map((side) => signatures.find((p) => p.side === side) as Signature);
  const agreed: SignedVersion = {
    version,
    signatures: ordered,
    date: ordered.map((p) => p.date).sort()[ordered.length - 1],
    snapshot: snapshotName(version),
    terms,
  };
  return {
    record: { pending: [], pendingTerms: null, signed: [...record.signed, agreed] },
    agreed,
  };
}

export type Change =
  | { field: 'revenueGoal' | 'dealSize' | 'months'; before: number; after: number }
  | { field: 'periodStart' | 'currency'; before: string; after: string }
  | { field: 'rate'; from: string; to: string; before: number; after: number }
  | { field: 'stages'; before: string[]; after: string[] };

/** What changed since the last signed version (empty when nothing was signed). */
export function changesSince(record: SignOffRecord, terms: Terms): Change[] {
  const last = record.signed[record.signed.length - 1];
  if (!last) return [];
  const a = last.terms;
  const out: Change[] = [];
  for (const field of ['revenueGoal', 'dealSize', 'months'] as const)
    if (a[field] !== terms[field]) out.push({ field, before: a[field], after: terms[field] });
  for (const field of ['periodStart', 'currency'] as const)
    if (a[field] !== terms[field]) out.push({ field, before: a[field], after: terms[field] });
  if (a.stages.join('\n') !== terms.stages.join('\n')) {
    out.push({ field: 'stages', before: a.stages, after: terms.stages });
    return out;
  }
  terms.rates.forEach((rate, i) => {
    if (a.rates[i] !== rate)
      out.push({
        field: 'rate',
        from: terms.stages[i],
        to: terms.stages[i + 1],
        before: a.rates[i],
        after: rate,
      });
  });
  return out;
}
