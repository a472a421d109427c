/**
 * Bundle entry. esbuild wraps this in an IIFE assigned to `FunnelSLA_`
 * (the trailing underscore keeps it private to google.script.run); the build
 * then appends one global wrapper per custom function and entry point.
 * Nothing here runs a service at load time.
 *
 * Sheets loads the whole script for every custom-function execution, so only
 * the custom functions are set up at load. The server (entry points, zod
 * schemas, sidebar and refresh code) sits behind `server()`: esbuild turns the
 * require() below into a lazy module initializer, so those modules' top-level
 * code runs on the first entry-point call, never for a custom function.
 */
import { CUSTOM_FUNCTIONS } from '../functions/registry';
import type { ENTRY_POINTS } from './entrypoints';

type AnyFn = (...args: never[]) => unknown;
type EntryPoints = typeof ENTRY_POINTS;

// Resolved and inlined by esbuild at build time; the bundle contains no require.
declare const require: (path: './entrypoints') => { ENTRY_POINTS: EntryPoints };

function collect(): Record<string, AnyFn> {
  const all: Record<string, AnyFn> = {};
  for (const fn of CUSTOM_FUNCTIONS) all[fn.name] = fn.impl as AnyFn;
  return all;
}

/** Custom functions by name, ready at load. */
export const g = collect();

let entryPoints: EntryPoints | undefined;

/** Entry points by name, loaded on first use. */
export function server(): EntryPoints {
  entryPoints ??= require('./entrypoints').ENTRY_POINTS;
  return entryPoints;
}
