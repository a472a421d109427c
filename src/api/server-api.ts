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
import type { ConnectHubSpotInput, HubSpotMappingSetup, HubSpotStatus } from './hubspot';
import type { ResetOptions, ResetProposal, ResetResult } from './review';
import type { SettingsInput } from './settings';
import type { BuildResult, SidebarState } from './sidebar';
import type { SignInput, SignOffState } from './signoff';

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
  /** Checks the token with HubSpot and keeps it in the user's properties; never returns it. */
  connectHubSpot(input: ConnectHubSpotInput): HubSpotStatus;
  disconnectHubSpot(): HubSpotStatus;
  getHubSpotStatus(): HubSpotStatus;
  /** The HubSpot mapping in use (saved, else proposed) and the properties to choose from. */
  getHubSpotMapping(): HubSpotMappingSetup;
  /** Who signed which version; what changed since the last signed one. */
  getSignOff(): SignOffState;
  /** Records one side's signature; both sides on the same terms freeze a signed snapshot. */
  signAgreement(input: SignInput): SignOffState;
  /** Stores the user's language for the sidebar and menu (null: follow their locale); returns the one in effect. */
  setUserLanguage(lang: string | null): string;
}

export type ServerMethod = keyof ServerApi;
