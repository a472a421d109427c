/**
 * Sheets stores a date-time as a serial number of days since 1899-12-30 that
 * means *wall-clock time in the spreadsheet's time zone*. Writing a JS Date
 * converts the instant to that wall time; reading converts back. Offsets are
 * cached per hour because the actuals tab converts hundreds of thousands of
 * dates in one getValues and Intl is slow per call.
 */
import { zoneAt } from './services/format-date';

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
/** Days from 1899-12-30 (serial 0) to 1970-01-01. */
export const EPOCH_SERIAL = 25_569;

const offsetCache = new Map<string, Map<number, number>>();

/** Minutes east of UTC in `timeZone` at the instant `ms`. */
function offsetMinutes(ms: number, timeZone: string): number {
  let perZone = offsetCache.get(timeZone);
  if (!perZone) {
    perZone = new Map();
    offsetCache.set(timeZone, perZone);
  }
  const bucket = Math.floor(ms / MS_PER_HOUR);
  let off = perZone.get(bucket);
  if (off === undefined) {
    off = zoneAt(bucket * MS_PER_HOUR, timeZone).offset;
    perZone.set(bucket, off);
  }
  return off;
}

/** Epoch ms of an instant → serial of its wall time in `timeZone`. */
export function msToSerial(ms: number, timeZone: string): number {
  const wall = ms + offsetMinutes(ms, timeZone) * 60_000;
  return wall / MS_PER_DAY + EPOCH_SERIAL;
}

/** Serial (wall time in `timeZone`) → epoch ms of that instant, rounded to the millisecond. */
export function serialToMs(serial: number, timeZone: string): number {
  const wall = Math.round((serial - EPOCH_SERIAL) * MS_PER_DAY);
  // Two passes settle the offset on both sides of a DST change.
  let guess = wall - offsetMinutes(wall, timeZone) * 60_000;
  guess = wall - offsetMinutes(guess, timeZone) * 60_000;
  return guess;
}

/** Calendar parts of a serial's wall time, for number formats. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** 0 = Sunday. */
  weekday: number;
}

export function serialParts(serial: number): WallTime {
  // Round to the millisecond first so 0.9999999 of a second shows as the next one.
  const wall = Math.round((serial - EPOCH_SERIAL) * MS_PER_DAY);
  const d = new Date(wall);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

/** Serial of a wall-clock date (no time zone involved). */
export function wallSerial(y: number, m: number, d: number, h = 0, min = 0, s = 0): number {
  return Date.UTC(y, m - 1, d, h, min, s) / MS_PER_DAY + EPOCH_SERIAL;
}
