/**
 * Bundle entry. esbuild wraps this in an IIFE assigned to `FunnelSLA_`
 * (the trailing underscore keeps it private to google.script.run); the build
 * then appends one global wrapper per custom function and entry point.
 * Nothing here runs a service at load time.
 *
 * Sheets loads the whole script for every custom-function execution, so only
 * the custom functions are code here. The server (entry points, zod schemas,
 * sidebar, refresh and reset code, src/server/entrypoints.ts) is bundled on its
 * own and inlined by the build as the string `__SERVER_SOURCE__`: V8 scans a
 * string literal far faster than it pre-parses the same text as code, and
 * `server()` compiles it once, on the first entry-point call of an execution.
 * Same source, same realm: errors and their messages are unchanged; stack
 * frames point into "FunnelSLA-server.js" (its sourceURL) instead of Code.js.
 */
import { languageOf, TRANSLATION_SOURCES } from '../api/messages';
import { localized } from '../functions/localized';
import { CUSTOM_FUNCTIONS } from '../functions/registry';
import { services } from '../gas/services';
import type { ENTRY_POINTS } from './entrypoints';

type AnyFn = (...args: never[]) => unknown;
type EntryPoints = typeof ENTRY_POINTS;

/** The server bundle's script, ending in `return <its ENTRY_POINTS>;` (set by dev/build.ts). */
declare const __SERVER_SOURCE__: string;

/** The spreadsheet locale's language: custom-function errors follow it. */
function spreadsheetLanguage(): string {
  return languageOf(services().SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
}

function collect(): Record<string, AnyFn> {
  const all: Record<string, AnyFn> = {};
  for (const fn of CUSTOM_FUNCTIONS)
    all[fn.name] = localized(fn.impl as AnyFn, spreadsheetLanguage);
  return all;
}

/**
 * The translations as this half holds them (JSON strings in the build): the server
 * string's translation modules read them from here (dev/build.ts), so Code.js
 * carries each language once.
 */
export const catalogs = TRANSLATION_SOURCES;

/** Custom functions by name, ready at load. */
export const g = collect();

let entryPoints: EntryPoints | undefined;

/** Entry points by name, compiled on first use. */
export function server(): EntryPoints {
  // A Function body runs in global scope, in this realm: the server's own
  // top-level names stay local to it (no new globals for google.script.run).
  entryPoints ??= new Function(__SERVER_SOURCE__)() as EntryPoints;
  return entryPoints;
}
