/**
 * Bundle entry. esbuild wraps this in an IIFE assigned to `FunnelSLA_`
 * (the trailing underscore keeps it private to google.script.run); the build
 * then appends one global wrapper per custom function and entry point.
 * Nothing here runs a service at load time.
 */
import { languageOf } from '../api/messages';
import { localized } from '../functions/localized';
import { CUSTOM_FUNCTIONS } from '../functions/registry';
import { services } from '../gas/services';
import { ENTRY_POINTS } from './entrypoints';

type AnyFn = (...args: never[]) => unknown;

/** The spreadsheet locale's language: custom-function errors follow it. */
function spreadsheetLanguage(): string {
  return languageOf(services().SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
}

function collect(): Record<string, AnyFn> {
  const all: Record<string, AnyFn> = { ...ENTRY_POINTS };
  for (const fn of CUSTOM_FUNCTIONS)
    all[fn.name] = localized(fn.impl as AnyFn, spreadsheetLanguage);
  return all;
}

export const g = collect();
