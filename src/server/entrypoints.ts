/**
 * Every server entry point that must be a global of the Apps Script project:
 * triggers (onOpen, onInstall), menu actions and the sidebar API. The build
 * generates one top-level wrapper per key; nothing else becomes global.
 */
import { onInstall, onOpen, showSidebar } from './menu';

export const ENTRY_POINTS = {
  onOpen,
  onInstall,
  showSidebar,
} as const;
