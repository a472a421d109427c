/**
 * The server functions the sidebar may call through google.script.run, with
 * their argument and result types: the one contract between the two worlds.
 * src/server/entrypoints.ts must satisfy it; src/sidebar/api.ts wraps it in Promises.
 */
import type {
  RefreshOptions,
  RefreshReportItem,
  RefreshSetup,
  RefreshSummary,
  Schedule,
} from './actuals';
import type { ResetOptions, ResetProposal, ResetResult } from './review';
import type { SettingsInput } from './settings';
import type { BuildResult, SidebarState } from './sidebar';

export interface ServerApi {
  getSidebarState(): SidebarState;
  buildSlaTab(settings: SettingsInput): BuildResult;
  /** Tabs, headers of `sourceTab` (default: the saved one), proposed mapping, schedule. */
  getRefreshSetup(sourceTab?: string): RefreshSetup;
  refreshActuals(options: RefreshOptions): RefreshSummary;
  getRefreshReport(): RefreshReportItem[];
  setRefreshSchedule(schedule: Schedule): RefreshSetup;
  /** What a reset would do (proposed rates with their record counts, next version's goal). */
  getResetProposal(options: ResetOptions): ResetProposal;
  /** Archives the current version and builds the next one for the remaining months. */
  resetSla(options: ResetOptions): ResetResult;
  /** Stores the user's language for the sidebar and menu (null: follow their locale); returns the one in effect. */
  setUserLanguage(lang: string | null): string;
}

export type ServerMethod = keyof ServerApi;
