/**
 * Every server entry point that must be a global of the Apps Script project:
 * triggers (onOpen, onInstall), menu actions and the sidebar API. The build
 * generates one top-level wrapper per key; nothing else becomes global.
 */

import type { ServerApi } from '../api/server-api';
import { connectHubSpot, disconnectHubSpot, getHubSpotStatus } from './hubspot';
import { getHubSpotMapping } from './hubspot-setup';
import { setUserLanguage } from './language';
import { onInstall, onOpen, showSidebar } from './menu';
import { getRefreshReport, refreshActuals } from './refresh';
import {
  getRefreshSetup,
  refreshFromMenu,
  scheduledRefresh,
  setRefreshSchedule,
} from './refresh-setup';
import { getResetProposal, resetSla } from './reset';
import { getSidebarState } from './sidebar-state';
import { getSignOff, signAgreement } from './signoff';
import { buildSlaTab } from './sla';

/** Sidebar-callable functions, checked against the shared contract. */
const SIDEBAR_API: ServerApi = {
  getSidebarState,
  buildSlaTab,
  getRefreshSetup,
  refreshActuals,
  getRefreshReport,
  setRefreshSchedule,
  getResetProposal,
  resetSla,
  connectHubSpot,
  disconnectHubSpot,
  getHubSpotStatus,
  getHubSpotMapping,
  getSignOff,
  signAgreement,
  setUserLanguage,
};

export const ENTRY_POINTS = {
  onOpen,
  onInstall,
  showSidebar,
  refreshFromMenu,
  scheduledRefresh,
  ...SIDEBAR_API,
} as const;
