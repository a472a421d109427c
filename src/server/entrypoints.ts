/**
 * Every server entry point that must be a global of the Apps Script project:
 * triggers (onOpen, onInstall), menu actions and the sidebar API. The build
 * generates one top-level wrapper per key; nothing else becomes global.
 */

import type { ServerApi } from '../api/server-api';
import { onInstall, onOpen, showSidebar } from './menu';
import { getSidebarState } from './sidebar-state';
import { buildSlaTab } from './sla';

/** Sidebar-callable functions, checked against the shared contract. */
const SIDEBAR_API: ServerApi = {
  getSidebarState,
  buildSlaTab,
};

export const ENTRY_POINTS = {
  onOpen,
  onInstall,
  showSidebar,
  ...SIDEBAR_API,
} as const;
