/**
 * The headless runner's command line, parsed without side effects so the
 * contract is testable: global options (any position) and steps (in order).
 *
 *   npm run -s sheet -- [options] [steps]
 */
import type { PlainValue } from '../emulator/contract';

export interface RunnerOptions {
  /** Workbook to load; default a new workbook with one empty tab `Sheet1`. */
  in?: string;
  /** Tabs to add from CSV files, in order. */
  csv: { tab: string; file: string }[];
  locale?: string;
  /** The user's locale (Session.getActiveUserLocale): sidebar, menu and messages; default from --locale. */
  userLocale?: string;
  timeZone?: string;
  now?: string;
  /** Where to save the workbook after the last step. */
  out?: string;
  /** The owner and first acting user (default the emulator's). */
  user?: string;
  /** A folder with Code.js + appsscript.json to run instead of build/. */
  bundle?: string;
  /** Origin → URL: the add-on's requests for ORIGIN go to URL (a local mock). */
  routes?: Record<string, string>;
}

export type Step =
  | { kind: 'call'; name: string; args: unknown[]; failCall?: number }
  | { kind: 'set'; ref: string; value: PlainValue | null }
  | { kind: 'get'; ref: string }
  | { kind: 'stats' }
  | { kind: 'as'; email: string }
  | { kind: 'at'; iso: string }
  | { kind: 'triggers' };

export type Parsed =
  | { kind: 'run'; options: RunnerOptions; steps: Step[] }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: npm run -s sheet -- [options] [steps]

Runs steps in order against one emulated workbook with the built add-on
(build/Code.js) loaded, printing one JSON line per step on stdout.

Options (anywhere on the line):
  --in BOOK.xlsx          load a workbook (default: a new one with an empty tab Sheet1)
  --csv 'TAB=FILE.csv'    add a tab from a CSV file (cells as text, plain numbers as numbers);
                          repeatable
  --locale en_US          spreadsheet locale (default en_US)
  --user-locale de        the user's locale: sidebar, menu, messages (default from --locale)
  --tz Europe/Berlin      spreadsheet time zone (default Etc/UTC)
  --now 2026-07-15T09:00:00Z
                          fix the clock (default: real time)
  --out BOOK.xlsx         save the workbook after the last step
  --user EMAIL            the spreadsheet's owner and first acting user
                          (default user@example.com)
  --bundle DIR            run DIR/Code.js with DIR/appsscript.json (scopes, time
                          zone) and DIR's HTML files instead of build/
  --route ORIGIN=URL      send the add-on's UrlFetchApp requests for ORIGIN to URL instead
                          (e.g. https://api.hubapi.com=http://127.0.0.1:8765 for the
                          HubSpot mock); sleeps then really wait; repeatable
  --help                  show this text

Steps (run in the order given):
  --call NAME ['JSON-ARRAY']
        call a global of build/Code.js as google.script.run would
        -> {"call":NAME,"result":...} or {"call":NAME,"error":"message"}
  --fail-call N --call NAME ['JSON-ARRAY']
        the N-th Apps Script service call (N >= 1) of that call throws the
        service's transient error ("Service Spreadsheets failed while accessing
        document with id ..."); the line adds "failCall":N and "calls":M (the
        service calls the call made, so a sweep knows where to stop)
        -> {"call":NAME,"error":"Service Spreadsheets failed ...","failCall":N,"calls":M}
           (or a "result" when the call made fewer than N service calls)
  --set REF VALUE
        write one cell as if VALUE were typed into it in the spreadsheet's
        locale: a formula when it starts with '=', numbers, dates and
        TRUE/FALSE as Sheets reads them, a leading apostrophe forces text
        ("'42"), '' clears the cell
        -> {"set":REF}
  --get REF
        read a range -> {"get":REF,"values":[[...]],"formulas":[[...]]}
        (computed values, dates as ISO strings; '' where a cell has no formula)
  --as EMAIL
        later steps run as this user (their own user properties and
        triggers) -> {"as":EMAIL}
  --at ISO-TIME
        set the clock for later steps -> {"at":ISO-TIME}
  --triggers
        fire every time-driven trigger due by the clock, each as Google runs
        an editor add-on's trigger: as its owner, AuthMode.FULL, outside the
        document (no active spreadsheet, no document properties or lock)
        -> {"triggers":[{"handler":NAME,"user":EMAIL,"at":ISO,"ok":true|false,"error":"..."}]}
  --stats
        the add-on's service calls since the previous --stats
        -> {"stats":{"calls":N,"flushes":N,"ms":N,"byMethod":{...}}}

REF is 'Tab'!A1 / 'Tab'!A1:C9 or a named range (for --set: one cell).
Exit status: 0 when every step succeeded, 1 when any failed, 2 for usage errors.

Example:
  npm run -s sheet -- --now 2026-07-15T09:00:00Z \\
    --set "'Sheet1'!A1" 1200000 --set "'Sheet1'!B1" '=A1/24000' \\
    --get "'Sheet1'!A1:B1" --stats`;

/**
 * VALUE goes to the emulator as typed text, which reads it the way Sheets
 * reads typing in the spreadsheet's locale (numbers, dates, TRUE/FALSE,
 * formulas, a leading apostrophe for text). Only '' is special: it clears.
 */
export function cellInput(raw: string): PlainValue | null {
  return raw === '' ? null : raw;
}

class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Parsed {
  try {
    return parse(argv);
  } catch (e) {
    if (e instanceof UsageError) return { kind: 'usage-error', message: e.message };
    throw e;
  }
}

function parse(input: readonly string[]): Parsed {
  // npm passes a literal `--` through in some setups; it separates nothing here.
  const argv = input[0] === '--' ? input.slice(1) : input;
  const options: RunnerOptions = { csv: [] };
  const steps: Step[] = [];
  let failCall: number | undefined;
  let i = 0;
  const value = (flag: string, what: string): string => {
    const v = argv[i + 1];
    if (v === undefined || (v.startsWith('--') && v.length > 2)) {
      throw new UsageError(`${flag} needs ${what}`);
    }
    i += 1;
    return v;
  };
  const once = (
    flag: string,
    key: 'in' | 'locale' | 'userLocale' | 'timeZone' | 'now' | 'out' | 'user' | 'bundle',
    what: string,
  ) => {
    if (options[key] !== undefined) throw new UsageError(`${flag} given twice`);
    options[key] = value(flag, what);
  };
  for (; i < argv.length; i++) {
    const flag = argv[i];
    if (failCall !== undefined && flag !== '--call') {
      throw new UsageError(`--fail-call ${failCall} must come right before a --call`);
    }
    switch (flag) {
      case '--help':
      case '-h':
        return { kind: 'help' };
      case '--in':
        once(flag, 'in', 'a workbook path (BOOK.xlsx)');
        break;
      case '--out':
        once(flag, 'out', 'a workbook path (BOOK.xlsx)');
        break;
      case '--locale':
        once(flag, 'locale', 'a locale such as en_US');
        if (!/^[a-z]{2,3}(_[A-Za-z0-9]{2,4})?$/.test(options.locale ?? '')) {
          throw new UsageError(
            `--locale expects a locale such as en_US or de_DE, got "${options.locale}"`,
          );
        }
        break;
      case '--user-locale':
        once(flag, 'userLocale', 'a locale such as de or pl_PL');
        if (!/^[a-z]{2,3}(_[A-Za-z0-9]{2,4})?$/.test(options.userLocale ?? '')) {
          throw new UsageError(
            `--user-locale expects a locale such as de or pl_PL, got "${options.userLocale}"`,
          );
        }
        break;
      case '--tz':
        once(flag, 'timeZone', 'a time zone such as Europe/Berlin');
        if (!validTimeZone(options.timeZone ?? '')) {
          throw new UsageError(
            `--tz expects an IANA time zone such as Europe/Berlin, got "${options.timeZone}"`,
          );
        }
        break;
      case '--now':
        once(flag, 'now', 'an ISO instant such as 2026-07-15T09:00:00Z');
        if (Number.isNaN(Date.parse(options.now ?? ''))) {
          throw new UsageError(
            `--now expects an ISO instant such as 2026-07-15T09:00:00Z, got "${options.now}"`,
          );
        }
        break;
      case '--route': {
        const spec = value(flag, "'ORIGIN=URL'");
        const eq = spec.indexOf('=');
        const origin = eq > 0 ? spec.slice(0, eq) : '';
        const target = spec.slice(eq + 1);
        const isUrl = (u: string) => /^https?:\/\/[^/]+/.test(u) && URL.canParse(u);
        if (!isUrl(origin) || new URL(origin).origin !== origin || !isUrl(target)) {
          throw new UsageError(
            `--route expects 'ORIGIN=URL' such as https://api.hubapi.com=http://127.0.0.1:8765, got "${spec}"`,
          );
        }
        options.routes = { ...options.routes, [origin]: target };
        break;
      }
      case '--csv': {
        const spec = value(flag, "'TAB=FILE.csv'");
        const eq = spec.indexOf('=');
        if (eq <= 0 || eq === spec.length - 1) {
          throw new UsageError(`--csv expects 'TAB=FILE.csv', got "${spec}"`);
        }
        options.csv.push({ tab: spec.slice(0, eq), file: spec.slice(eq + 1) });
        break;
      }
      case '--call': {
        const name = value(flag, 'a function name');
        let callArgs: unknown[] = [];
        const next = argv[i + 1];
        if (next !== undefined && !next.startsWith('--')) {
          i += 1;
          let parsed: unknown;
          try {
            parsed = JSON.parse(next);
          } catch {
            throw new UsageError(`--call ${name}: arguments must be a JSON array, got ${next}`);
          }
          if (!Array.isArray(parsed)) {
            throw new UsageError(`--call ${name}: arguments must be a JSON array, got ${next}`);
          }
          callArgs = parsed;
        }
        steps.push(
          failCall === undefined
            ? { kind: 'call', name, args: callArgs }
            : { kind: 'call', name, args: callArgs, failCall },
        );
        failCall = undefined;
        break;
      }
      case '--fail-call': {
        const raw = value(flag, 'a call number N (1, 2, …)');
        const n = Number(raw);
        if (!Number.isInteger(n) || n < 1) {
          throw new UsageError(`--fail-call expects a whole number >= 1, got "${raw}"`);
        }
        failCall = n;
        break;
      }
      case '--set': {
        const ref = value(flag, 'a cell (REF VALUE)');
        const raw = argv[i + 1];
        if (raw === undefined) throw new UsageError(`--set ${ref} needs a VALUE ('' to clear)`);
        i += 1;
        steps.push({ kind: 'set', ref, value: cellInput(raw) });
        break;
      }
      case '--get':
        steps.push({ kind: 'get', ref: value(flag, 'a range (REF)') });
        break;
      case '--stats':
        steps.push({ kind: 'stats' });
        break;
      case '--user':
        once(flag, 'user', 'an e-mail address');
        if (!isEmail(options.user ?? '')) {
          throw new UsageError(`--user expects an e-mail address, got "${options.user}"`);
        }
        break;
      case '--bundle':
        once(flag, 'bundle', 'a folder with Code.js and appsscript.json');
        break;
      case '--as': {
        const email = value(flag, 'an e-mail address');
        if (!isEmail(email)) throw new UsageError(`--as expects an e-mail address, got "${email}"`);
        steps.push({ kind: 'as', email });
        break;
      }
      case '--at': {
        const iso = value(flag, 'an ISO instant such as 2026-08-01T06:00:00Z');
        if (Number.isNaN(Date.parse(iso))) {
          throw new UsageError(
            `--at expects an ISO instant such as 2026-08-01T06:00:00Z, got "${iso}"`,
          );
        }
        steps.push({ kind: 'at', iso });
        break;
      }
      case '--triggers':
        steps.push({ kind: 'triggers' });
        break;
      default:
        throw new UsageError(
          flag.startsWith('-')
            ? `unknown option ${flag}`
            : `unexpected argument "${flag}" (a value without its option?)`,
        );
    }
  }
  if (failCall !== undefined) {
    throw new UsageError(`--fail-call ${failCall} must come right before a --call`);
  }
  return { kind: 'run', options, steps };
}

function isEmail(s: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(s);
}

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz !== '';
  } catch {
    return false;
  }
}
