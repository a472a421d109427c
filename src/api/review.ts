/**
 * The mid-period reset payloads: the options the sidebar (or a script) sends,
 * validated by one schema on both sides, and the proposal shown before
 * anything changes.
 */
import * as z from 'zod/mini';
import type { RateProposal } from '../core/review';

export const ResetOptionsSchema = z.object({
  /** Months of actuals behind the proposed rates (default 6). */
  trailingMonths: z._default(z.int().check(z.gte(1), z.lte(36)), 6),
  /** Rates below this many records keep their planned value (default 30). */
  minRecords: z._default(z.int().check(z.gte(1), z.lte(100000)), 30),
  /** Explicit rates to apply (one per pair of stages), e.g. the user's edits of the proposal. */
  rates: z.optional(z.array(z.number().check(z.gt(0), z.lte(1)))),
});
export type ResetOptions = z.input<typeof ResetOptionsSchema>;

export interface ResetProposal {
  sheetName: string;
  /** The tab the current version will be archived as, e.g. "SLA 2026 v1". */
  archiveName: string;
  stages: string[];
  /** Last complete month, `YYYY-MM`. */
  asOfMonth: string;
  proposals: RateProposal[];
  /** The next version: remaining months, goal minus what was achieved, review date. */
  next: {
    periodStart: string;
    months: number;
    revenueGoal: number;
    reviewDate: string;
    periodTargets: number[];
  };
  achievedRevenue: number | null;
  achievedCustomers: number;
  currency: string;
}

export interface ResetResult {
  sheetName: string;
  archivedSheetName: string;
}
