/**
 * The server functions the sidebar may call through google.script.run, with
 * their argument and result types: the one contract between the two worlds.
 * src/server/entrypoints.ts must satisfy it; src/sidebar/api.ts wraps it in Promises.
 */
import type { SettingsInput } from './settings';
import type { BuildResult, SidebarState } from './sidebar';

export interface ServerApi {
  getSidebarState(): SidebarState;
  buildSlaTab(settings: SettingsInput): BuildResult;
}

export type ServerMethod = keyof ServerApi;
