/**
 * Reading one date cell of a CRM export: a Date, a spreadsheet serial number
 * or text in the many shapes exports and locales produce. Returns epoch
 * milliseconds, or a failure code (a string) — a union instead of a result
 * object because this runs half a million times per refresh and must not
 * allocate.
 */
import { wallMs, wallToUtc } from './zone';

export type DateFailure =
  /** Blank cell: not an error, the record simply never reached the stage. */
  | 'empty'
  /** Not a shape we read (free text, a boolean, "n/a"…). */
  | 'unrecognized'
  /** A date shape whose parts do not exist: 2026-02-30, month 13, 25:00. */
  | 'impossibleDate'
  /** A real shape but outside years 1900–9999 (e.g. a tiny or negative serial). */
  | 'outOfRange';

/** Epoch milliseconds, or why the cell is not a date. */
export type ParsedDate = number | DateFailure;

export interface DateContext {
  /** The spreadsheet's IANA time zone: local text and serials are read in it. */
  timeZone: string;
  /** Read `3/5/2026` as 3 May (true) or March 5 (false); see dayFirstForLocale. */
  dayFirst: boolean;
}

const DAY = 86_400_000;
/** Days from the spreadsheet epoch 1899-12-30 to 1970-01-01. */
const SERIAL_UNIX_DAYS = 25_569;
/** Serial of 1900-01-01 and of 9999-12-31: the range a Sheets date cell holds. */
const SERIAL_MIN = 2;
const SERIAL_MAX = 2_958_466;
/** A number this large is epoch milliseconds (1973+), never a serial (max ~2.9e6). */
const EPOCH_MS_MIN = 1e11;
const YEAR_MIN = 1900;
const YEAR_MAX = 9999;

const toStringTag = Object.prototype.toString;
const getTime = Date.prototype.getTime;

/** CJK: 2026年3月5日. */
const CJK_RE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
/** 5 Mar 2026, 05-Mar-2026, 5. März is not supported (English month names only). */
const D_MON_Y_RE = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{4})(?!\d)/;
/** Mar 5, 2026 / March 5th 2026. */
const MON_D_Y_RE = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/;
/**
 * What may follow the date: a time (`T` or spaces, `:` or Finnish `.`
 * separators, optional seconds and fraction, optional AM/PM) and an offset
 * (`Z`, `+02:00`, `+0200`, `UTC`, `GMT+2`).
 */
const TAIL_RE =
  /^(?:(?:T|,?\s+)(\d{1,2})(?:[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d{1,9}))?)?)?(?:\s*([AaPp])\.?[Mm]\.?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)?\s*$/;
const OFFSET_RE = /([+-])(\d{1,2})(?::?(\d{2}))?$/;
const EPOCH_TEXT_RE = /^\d{12,13}$/;

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function checkInstant(ms: number): ParsedDate {
  if (Number.isNaN(ms)) return 'unrecognized';
  const y = new Date(ms).getUTCFullYear();
  return y < YEAR_MIN - 1 || y > YEAR_MAX ? 'outOfRange' : ms;
}

/**
 * Epoch ms of a cell value, or why it is not a date.
 *
 * - Date (from any JS realm — Apps Script and the emulator's vm hand us Dates
 *   whose prototype is not ours, so no `instanceof`): its instant.
 * - number: a spreadsheet serial (days since 1899-12-30, fraction = time of
 *   day) read as local time in `ctx.timeZone`; ≥ 1e11 is epoch milliseconds.
 * - text: see the regular expressions above. Without an offset it is local
 *   time in `ctx.timeZone`; a skipped local time (DST gap) moves forward, a
 *   repeated one takes the first occurrence.
 */
export function parseDateCell(value: unknown, ctx: DateContext): ParsedDate {
  switch (typeof value) {
    case 'string':
      return parseDateText(value, ctx);
    case 'number':
      return parseSerial(value, ctx.timeZone);
    case 'object':
      if (value !== null && toStringTag.call(value) === '[object Date]') {
        return checkInstant(getTime.call(value as Date));
      }
      return value === null ? 'empty' : 'unrecognized';
    case 'undefined':
      return 'empty';
    default:
      return 'unrecognized';
  }
}

function parseSerial(n: number, timeZone: string): ParsedDate {
  if (!Number.isFinite(n)) return 'unrecognized';
  if (n >= EPOCH_MS_MIN) return checkInstant(n);
  if (n < SERIAL_MIN || n >= SERIAL_MAX) return 'outOfRange';
  // Round to the millisecond: 14:22 is 0.59861… days and never multiplies back exactly.
  return wallToUtc(timeZone, Math.round((n - SERIAL_UNIX_DAYS) * DAY));
}

/** Reads a run of at most `max` digits at `i` into `scan`; false when there is none or too many. */
interface Scan {
  i: number;
  value: number;
  digits: number;
}
const scan: Scan = { i: 0, value: 0, digits: 0 };
function readDigits(s: string, i: number, max: number): boolean {
  let value = 0;
  let j = i;
  for (; j < s.length; j++) {
    const c = s.charCodeAt(j) - 48;
    if (c < 0 || c > 9) break;
    value = value * 10 + c;
  }
  if (j === i || j - i > max) return false;
  scan.i = j;
  scan.value = value;
  scan.digits = j - i;
  return true;
}

const DASH = 45;
const DOT = 46;
const SLASH = 47;
const COLON = 58;
const SPACE = 32;
const LETTER_T = 84;

/**
 * Hand-written scanner for the numeric forms (y-m-d, d.m.y, m/d/y and a plain
 * `HH:MM[:SS]` time): they are nearly every cell of a real export, and a
 * regular expression with a back-reference costs several times more. Fills
 * `head` and returns true, or false to let the regular expressions decide.
 */
const head = { y: 0, mo: 0, d: 0, end: 0, h: -1, mi: 0, sec: 0 };
function scanNumeric(s: string, dayFirst: boolean): boolean {
  if (!readDigits(s, 0, 4)) return false;
  const first = scan.value;
  const firstDigits = scan.digits;
  if (firstDigits === 3) return false;
  const sep = s.charCodeAt(scan.i);
  if (sep !== DASH && sep !== SLASH && sep !== DOT) return false;
  if (!readDigits(s, scan.i + 1, 2)) return false;
  const second = scan.value;
  if (s.charCodeAt(scan.i) !== sep) return false;
  if (!readDigits(s, scan.i + 1, 4)) return false;
  const third = scan.value;
  const thirdDigits = scan.digits;
  if (firstDigits === 4) {
    if (thirdDigits > 2) return false;
    head.y = first;
    head.mo = second;
    head.d = third;
  } else {
    if (thirdDigits !== 2 && thirdDigits !== 4) return false;
    head.y = thirdDigits === 4 ? third : third < 30 ? 2000 + third : 1900 + third;
    // Dotted dates are day first in every locale that writes them.
    if (sep === DOT || dayFirst) {
      head.d = first;
      head.mo = second;
    } else {
      head.mo = first;
      head.d = second;
    }
  }
  let i = scan.i;
  head.h = -1;
  head.end = i;
  // Fast path for " HH:MM" / "THH:MM[:SS]" ending the text; anything else goes to TAIL_RE.
  const t = s.charCodeAt(i);
  if (
    (t === SPACE || t === LETTER_T) &&
    readDigits(s, i + 1, 2) &&
    s.charCodeAt(scan.i) === COLON
  ) {
    const h = scan.value;
    if (readDigits(s, scan.i + 1, 2) && scan.digits === 2) {
      const mi = scan.value;
      i = scan.i;
      let sec = 0;
      let ok = i === s.length;
      if (!ok && s.charCodeAt(i) === COLON && readDigits(s, i + 1, 2) && scan.digits === 2) {
        sec = scan.value;
        ok = scan.i === s.length;
      }
      if (ok) {
        head.h = h;
        head.mi = mi;
        head.sec = sec;
        head.end = s.length;
      }
    }
  }
  return true;
}

/** Text → epoch ms; exported for callers that already know they hold text. */
export function parseDateText(raw: string, ctx: DateContext): ParsedDate {
  const s = raw.trim();
  if (!s) return 'empty';
  let y: number;
  let mo: number;
  let d: number;
  let rest: string;
  let h = 0;
  let mi = 0;
  let sec = 0;
  let ms = 0;
  let offset: string | undefined;
  const c0 = s.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57 && scanNumeric(s, ctx.dayFirst)) {
    y = head.y;
    mo = head.mo;
    d = head.d;
    if (head.h >= 0) {
      if (head.h > 23 || head.mi > 59 || head.sec > 59) return 'impossibleDate';
      h = head.h;
      mi = head.mi;
      sec = head.sec;
    }
    rest = head.end < s.length ? s.slice(head.end) : '';
  } else if (c0 >= 48 && c0 <= 57) {
    const cjk = CJK_RE.exec(s);
    const m = cjk ?? D_MON_Y_RE.exec(s);
    if (!m) {
      // HubSpot's API and some connectors export epoch milliseconds as text.
      return EPOCH_TEXT_RE.test(s) ? checkInstant(+s) : 'unrecognized';
    }
    if (cjk) {
      y = +m[1];
      mo = +m[2];
      d = +m[3];
    } else {
      const month = MONTHS[m[2].toLowerCase()];
      if (!month) return 'unrecognized';
      y = +m[3];
      mo = month;
      d = +m[1];
    }
    rest = s.slice(m[0].length);
  } else {
    const m = MON_D_Y_RE.exec(s);
    const month = m && MONTHS[m[1].toLowerCase()];
    if (!m || !month) return 'unrecognized';
    y = +m[3];
    mo = month;
    d = +m[2];
    rest = s.slice(m[0].length);
  }

  if (rest) {
    const t = TAIL_RE.exec(rest);
    if (!t) return 'unrecognized';
    const ampm = t[5];
    if (t[1] !== undefined) {
      // An hour alone ("2026-03-05 14") is too ambiguous unless AM/PM says it is one.
      if (t[2] === undefined && !ampm) return 'unrecognized';
      h = +t[1];
      mi = t[2] === undefined ? 0 : +t[2];
      sec = t[3] === undefined ? 0 : +t[3];
      ms = t[4] === undefined ? 0 : +`${t[4]}00`.slice(0, 3);
      if (ampm) {
        if (h > 12) return 'impossibleDate';
        const pm = ampm === 'p' || ampm === 'P';
        h = (h % 12) + (pm ? 12 : 0);
      } else if (h > 23) {
        return 'impossibleDate';
      }
      if (mi > 59 || sec > 59) return 'impossibleDate';
    }
    offset = t[6];
  }

  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return 'impossibleDate';
  if (y < YEAR_MIN || y > YEAR_MAX) return 'outOfRange';
  const wall = wallMs(y, mo, d, h, mi, sec, ms);
  if (offset === undefined) return wallToUtc(ctx.timeZone, wall);
  if (offset === 'Z' || offset === 'UTC' || offset === 'GMT') return wall;
  const o = OFFSET_RE.exec(offset);
  if (!o) return 'unrecognized';
  const oh = +o[2];
  const om = o[3] === undefined ? 0 : +o[3];
  if (oh > 18 || om > 59) return 'impossibleDate';
  const sign = o[1] === '-' ? -1 : 1;
  return wall - sign * (oh * 60 + om) * 60_000;
}

/** Typed guard for callers that branch on success. */
export function isDateFailure(r: ParsedDate): r is DateFailure {
  return typeof r === 'string';
}
