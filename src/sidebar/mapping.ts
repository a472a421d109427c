/**
 * The actuals section as data: the mapping step's selects ⇄ the ActualsMapping
 * the server takes, the checks made before a refresh, and the wording of a
 * refresh's summary and report. Pure: no DOM, so every rule is unit-tested.
 */
import type { MappingInput, RefreshReportItem, RefreshSummary } from '../api/actuals';
import { type MessageKey, t } from '../api/messages';
import { type ActualsMapping, MAPPING_ROLES, type MappingRole } from '../core/actuals/types';
import { formatGrouped, intlLocale } from './numbers';

/** The select value that means "not mapped". */
export const NOT_MAPPED = '';

/** What the selects hold: a header per stage (same order as the stages), one per optional role. */
export interface MappingForm {
  stages: string[];
  roles: Record<MappingRole, string>;
}

export { MAPPING_ROLES, type MappingRole };

const key = (header: string): string => header.trim().toLowerCase();

/** The headers a select offers: non-blank, each once (the server matches them case-insensitively). */
export function headerOptions(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const h of headers) {
    const text = h.trim();
    if (!text || seen.has(key(text))) continue;
    seen.add(key(text));
    out.push(text);
  }
  return out;
}

/**
 * The selects for a mapping over a tab's headers. A mapped header is shown as
 * the tab spells it (the server matches "record id" to "Record ID"); one the
 * tab no longer has is kept as it was, so the user sees what changed
 * (mappingProblems reports it).
 */
export function mappingForm(
  mapping: ActualsMapping,
  stages: readonly string[],
  headers: readonly string[],
): MappingForm {
  const byKey = new Map(headerOptions(headers).map((h) => [key(h), h]));
  const pick = (h: string | null | undefined): string =>
    h?.trim() ? (byKey.get(key(h)) ?? h.trim()) : NOT_MAPPED;
  const byStage = new Map(Object.entries(mapping.stages).map(([s, h]) => [s.toLowerCase(), h]));
  const roles = {} as Record<MappingRole, string>;
  for (const role of MAPPING_ROLES) roles[role] = pick(mapping[role]);
  return { stages: stages.map((s) => pick(byStage.get(s.toLowerCase()))), roles };
}

/** The selects → the nested mapping refreshActuals takes (every stage present; unmapped roles left out). */
export function toMapping(form: MappingForm, stages: readonly string[]): ActualsMapping {
  const mapping: ActualsMapping = { stages: {} };
  stages.forEach((stage, i) => {
    mapping.stages[stage] = form.stages[i] || null;
  });
  for (const role of MAPPING_ROLES) if (form.roles[role]) mapping[role] = form.roles[role];
  return mapping;
}

/** The mapping as refreshActuals' payload (the nested form the schema accepts). */
export function toMappingInput(mapping: ActualsMapping): MappingInput {
  const input: MappingInput = { stages: { ...mapping.stages } };
  for (const role of MAPPING_ROLES) {
    const header = mapping[role];
    if (header) input[role] = header;
  }
  return input;
}

/** Whether any stage has a column (the server refuses a refresh without one). */
export function mapsAnyStage(form: MappingForm): boolean {
  return form.stages.some(Boolean);
}

/** Field paths of the mapping step: `stage.2`, `role.amount`. */
export const stagePath = (i: number): string => `stage.${i}`;
export const rolePath = (role: MappingRole): string => `role.${role}`;
/** The path of the stages group's own error (no stage mapped). */
export const STAGES_PATH = 'stages';

export interface MappingProblem {
  field: string;
  message: string;
}

/** What would make the server refuse the refresh, by field, before anything is sent. */
export function mappingProblems(
  form: MappingForm,
  headers: readonly string[],
  sourceTab: string,
  lang = 'en',
): MappingProblem[] {
  const known = new Set(headerOptions(headers).map(key));
  const problems: MappingProblem[] = [];
  const check = (field: string, header: string) => {
    if (header && !known.has(key(header)))
      problems.push({
        field,
        message: t('sidebar.mapping.err.missing', { header, name: sourceTab }, lang),
      });
  };
  form.stages.forEach((h, i) => {
    check(stagePath(i), h);
  });
  for (const role of MAPPING_ROLES) check(rolePath(role), form.roles[role]);
  if (!mapsAnyStage(form))
    problems.unshift({
      field: STAGES_PATH,
      message: t('sidebar.mapping.err.nothingMapped', undefined, lang),
    });
  return problems;
}

// ── wording of a refresh ────────────────────────────────────────────────

/** An ISO time as the user reads it: "Jul 15, 2026, 11:00 AM" in the spreadsheet's zone. */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const options = { dateStyle: 'medium', timeStyle: 'short' } as Intl.DateTimeFormatOptions;
  try {
    return new Intl.DateTimeFormat(intlLocale(locale), {
      ...options,
      ...(timeZone ? { timeZone } : {}),
    }).format(ms);
  } catch {
    // An unknown zone name: the browser's own zone is still the right instant.
    return new Intl.DateTimeFormat(intlLocale(locale), options).format(ms);
  }
}

/** Seconds for people: 0.4 s, 12 s, 95 s. */
export function formatSeconds(ms: number, locale: string): string {
  const s = Math.max(0, ms) / 1000;
  return formatGrouped(s < 10 ? Math.round(s * 10) / 10 : Math.round(s), locale, 1);
}

export interface SummaryRow {
  label: string;
  value: string;
  /** Stable key for tests and styling (`read`, `counted`…). */
  key: string;
}

/** The figures of a refresh, in the order the sidebar lists them. */
export function summaryRows(s: RefreshSummary, locale: string, lang = 'en'): SummaryRow[] {
  const n = (x: number) => formatGrouped(x, locale, 0);
  const row = (k: string, label: MessageKey, value: string): SummaryRow => ({
    key: k,
    label: t(label, undefined, lang),
    value,
  });
  return [
    row('read', 'sidebar.refresh.read', n(s.rowsRead)),
    row('counted', 'sidebar.refresh.counted', n(s.rowsCounted)),
    row('skipped', 'sidebar.refresh.skipped', n(s.rowsSkipped)),
    row('outside', 'sidebar.refresh.outside', n(s.rowsOutsidePeriod)),
    row(
      'duration',
      'sidebar.refresh.duration',
      s.durationMs < 50
        ? t('sidebar.refresh.instant', undefined, lang)
        : t('sidebar.refresh.seconds', { seconds: formatSeconds(s.durationMs, locale) }, lang),
    ),
    ...(s.requests === undefined
      ? []
      : [row('requests', 'sidebar.hubspot.requests', n(s.requests))]),
  ];
}

/** "unreadable dates: 3; repeated record IDs: 1" for the reasons that occurred; '' when none. */
export function reasonList(byReason: Record<string, number>, locale: string, lang = 'en'): string {
  return Object.entries(byReason)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => {
      const label = t(`sidebar.reason.${reason}` as MessageKey, undefined, lang);
      // An unknown reason code (a newer server) still shows, by its code.
      return `${label.startsWith('sidebar.') ? reason : label}: ${formatGrouped(count, locale, 0)}`;
    })
    .join('; ');
}

const total = (o: Record<string, number> | undefined): number =>
  Object.values(o ?? {}).reduce((a, b) => a + Math.max(0, b), 0);

/** Items in the skipped-rows report of a refresh: every skip and warning, counted by reason. */
export function reportCount(s: Pick<RefreshSummary, 'skippedByReason' | 'warningsByReason'>) {
  return total(s.skippedByReason) + total(s.warningsByReason);
}

/** The report disclosure's label: "Skipped rows and cells (3)", naming warnings when there are some. */
export function reportLabel(
  s: Pick<RefreshSummary, 'skippedByReason' | 'warningsByReason'>,
  locale: string,
  lang = 'en',
): string {
  const count = formatGrouped(reportCount(s), locale, 0);
  const key =
    total(s.warningsByReason) > 0 ? 'sidebar.report.summaryWarnings' : 'sidebar.report.summary';
  return t(key, { count }, lang);
}

/** How many report items the sidebar lists at most (the rest is in the note). */
export const REPORT_LIMIT = 100;

/** The first `limit` items (rows in order, whole-tab issues first) and how many exist in all. */
export function reportPage(
  items: readonly RefreshReportItem[],
  total: number,
  limit = REPORT_LIMIT,
): { shown: RefreshReportItem[]; total: number } {
  const sorted = [...items].sort((a, b) => a.row - b.row);
  return { shown: sorted.slice(0, limit), total: Math.max(total, items.length) };
}
