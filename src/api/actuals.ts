/**
 * The actuals refresh payloads: one zod schema for what the sidebar (or a
 * script) sends, shared with the server; the summary it gets back.
 */

import * as z from 'zod/mini';
import { type ActualsMapping, MAPPING_ROLES, type MappingRole } from '../core/actuals/types';
import { hasOwn } from '../core/own';

const header = z.nullable(z.string().check(z.maxLength(500)));

/**
 * The mapping as the API takes it: either flat — each stage name → header,
 * plus `recordId`, `amount`, `source`, `owner`, `handoverTime`,
 * `firstTouchTime`, `won` → header — or nested `{stages: {…}, recordId, …}`.
 */
export const MappingInputSchema = z.record(
  z.string(),
  z.union([header, z.optional(z.record(z.string(), z.optional(header)))]),
);
export type MappingInput = z.infer<typeof MappingInputSchema>;

export const SCHEDULES = ['off', 'daily', 'monthly'] as const;
export type Schedule = (typeof SCHEDULES)[number];

export const RefreshOptionsSchema = z.union([
  z.object({
    sourceTab: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    mapping: z.optional(MappingInputSchema),
  }),
  /** Live HubSpot: stage "headers" are property names (`deals.<name>` for deal properties). */
  z.object({ source: z.literal('hubspot'), mapping: z.optional(MappingInputSchema) }),
]);
export type RefreshOptions = z.infer<typeof RefreshOptionsSchema>;

export const ScheduleSchema = z.enum(SCHEDULES);

const isRole = (k: string): k is MappingRole => (MAPPING_ROLES as readonly string[]).includes(k);

/** Flat or nested input → the core's ActualsMapping; unknown stage names are reported. */
export function normalizeMapping(
  input: MappingInput,
  stages: readonly string[],
): { mapping: ActualsMapping; unknownKeys: string[] } {
  // Stage names are data: a prototype-free record, so "__proto__" or "constructor" is just a key.
  const mapping: ActualsMapping = { stages: Object.create(null) };
  const unknownKeys: string[] = [];
  const byLower = new Map(stages.map((s) => [s.toLowerCase(), s]));
  const nested = input.stages;
  const stageEntries =
    nested && typeof nested === 'object' ? Object.entries(nested) : Object.entries(input);
  for (const [key, value] of stageEntries) {
    if (key === 'stages' || isRole(key)) continue;
    const stage = byLower.get(key.toLowerCase());
    if (stage) mapping.stages[stage] = typeof value === 'string' && value ? value : null;
    else unknownKeys.push(key);
  }
  for (const role of MAPPING_ROLES) {
    const value = input[role];
    if (typeof value === 'string' && value) mapping[role] = value;
  }
  for (const s of stages) if (!hasOwn(mapping.stages, s)) mapping.stages[s] = null;
  return { mapping, unknownKeys };
}

export interface RefreshSummary {
  sheetName: string;
  sourceTab: string;
  /** ISO time of the refresh. */
  refreshedAt: string;
  rowsRead: number;
  rowsCounted: number;
  rowsSkipped: number;
  rowsOutsidePeriod: number;
  /** Cells left out (unreadable dates, bad amounts…), by reason code. */
  skippedByReason: Record<string, number>;
  warningsByReason: Record<string, number>;
  /** Stages without a mapped column: their actuals were kept as typed. */
  stagesKept: string[];
  durationMs: number;
  /** The mapping that was used (detected or given), nested form. */
  mapping: ActualsMapping;
  /** Who ran it (e-mail, or empty when Google does not reveal it) and from where. */
  by: string;
  trigger: 'sidebar' | 'menu' | 'schedule';
  /** Where the actuals came from (absent in summaries saved before HubSpot existed: a tab). */
  source?: 'tab' | 'hubspot';
  /** HTTP requests made (HubSpot only), retries included. */
  requests?: number;
}

/** What the refresh section of the sidebar shows and edits. */
export interface RefreshSetup {
  /** SLA tab the refresh fills; null before one was built. */
  sheetName: string | null;
  /** Every tab except the add-on's own (candidates for a CRM export). */
  tabs: string[];
  sourceTab: string | null;
  /** First-row headers of sourceTab. */
  headers: string[];
  stages: string[];
  /** Saved mapping for sourceTab, else the detected one. */
  mapping: ActualsMapping;
  detected: boolean;
  schedule: Schedule;
  /** Whose trigger runs the schedule (a trigger belongs to one user), null when off. */
  scheduleBy: string | null;
  /** The last scheduled run failed (until a refresh succeeds): when (ISO) and why. */
  failure: { at: string; message: string } | null;
  last: RefreshSummary | null;
  /** ISO time of the next scheduled run, null when off. */
  next: string | null;
}

export interface RefreshReportItem {
  row: number;
  column?: string;
  value?: string;
  reason: string;
  /** The catalog's sentence for this item. */
  message: string;
  kind: 'skipped' | 'warning';
}
