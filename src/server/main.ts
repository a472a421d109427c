/**
 * Bundle entry. esbuild wraps this in an IIFE assigned to `FunnelSLA_`
 * (the trailing underscore keeps it private to google.script.run); the build
 * then appends one global wrapper per custom function and entry point.
 * Nothing here runs a service at load time.
 */
import { CUSTOM_FUNCTIONS } from '../functions/registry';
import { ENTRY_POINTS } from './entrypoints';

type AnyFn = (...args: never[]) => unknown;

function collect(): Record<string, AnyFn> {
  const all: Record<string, AnyFn> = { ...ENTRY_POINTS };
  for (const fn of CUSTOM_FUNCTIONS) all[fn.name] = fn.impl as AnyFn;
  return all;
}

export const g = collect();
