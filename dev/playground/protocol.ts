/**
 * What the playground server and its page say to each other. Shared by
 * dev/playground/*.ts (node) and dev/playground/page/*.ts (browser), so it
 * holds types only.
 */
import type { UiState, WorkbookView } from '../emulator/contract';

/** The sidebar as the page needs it: the HTML itself is served at `/sidebar?v=…`. */
export interface SidebarState {
  title: string;
  /** Changes whenever the add-on shows a (new) sidebar, so the page reloads its iframe. */
  version: number;
}

/** GET /api/view */
export interface PlaygroundState {
  view: WorkbookView;
  ui: {
    menus: UiState['menus'];
    /** Absent when no sidebar is shown or the user closed it. */
    sidebar?: SidebarState;
    toasts: UiState['toasts'];
    alerts: UiState['alerts'];
  };
  /** Bumped by open/reset, so the page forgets its selection and toast/alert positions. */
  generation: number;
}

/** POST /api/run, /api/menu, /api/set, /api/open-xlsx, /api/reset answer with one of these. */
export type CallOutcome = { result: unknown } | { error: string };

export interface RunRequest {
  name: string;
  args?: unknown[];
}

export interface MenuRequest {
  functionName: string;
}

export interface SetRequest {
  /** `'Tab'!A1` */
  ref: string;
  /** What the user typed: a formula when it starts with `=`. */
  value: string;
}

/** Messages the sidebar shim posts to the page (same origin, so no secrets involved). */
export type ShimMessage =
  | { source: 'funnel-sla-shim'; type: 'ran' }
  | { source: 'funnel-sla-shim'; type: 'close' }
  | { source: 'funnel-sla-shim'; type: 'focus-editor' };
