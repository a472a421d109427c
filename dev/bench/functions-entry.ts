/**
 * Entry of the bench's custom-functions-only bundle: what Code.js would be if
 * it held nothing but the registry (no sidebar API, no server, no schemas).
 * The cold-load bench compares the real bundle against it.
 */
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';
import type { Arg, Result } from '../../src/functions/types';

function collect(): Record<string, (...args: Arg[]) => Result> {
  const all: Record<string, (...args: Arg[]) => Result> = {};
  for (const fn of CUSTOM_FUNCTIONS) all[fn.name] = fn.impl;
  return all;
}

export const g = collect();
