/**
 * Time-zone arithmetic over IANA zones with nothing but Intl.DateTimeFormat
 * (available in Apps Script V8; no tz database ships in the bundle).
 *
 * "Wall" milliseconds are a local date-time encoded as if it were UTC
 * (`Date.UTC(y, m - 1, d, h, mi, s)`): they let us do calendar maths with the
 * UTC getters and never touch the runtime's own zone, which on Apps Script is
 * the *script's* zone, not the spreadsheet's.
 *
 * Intl is slow (microseconds per call), so offsets are cached per zone, per
 * day and (on transition days) per hour: 100,000 rows × 5 stage dates would
 * otherwise cost seconds.
 */

const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Bound the caches so garbage dates spread over centuries cannot grow them forever. */
const MAX_CACHE = 200_000;

/**
 * Two levels per direction: a day bucket holds the offset when no transition
 * falls inside the day (almost every day), else NaN and the hour buckets of
 * that day decide. A year of data costs ~1,000 Intl calls instead of
 * ~70,000 for per-hour entries alone.
 */
interface ZoneCache {
  fmt: Intl.DateTimeFormat;
  /** UTC day / hour bucket → offset (ms, local − UTC), or NaN when a transition falls inside it. */
  byUtcDay: Map<number, number>;
  byUtcHour: Map<number, number>;
  /** Local (wall) day / hour bucket → offset, or NaN when part of it is skipped or repeated. */
  byWallDay: Map<number, number>;
  byWallHour: Map<number, number>;
}

const zones = new Map<string, ZoneCache>();

function cacheFor(timeZone: string): ZoneCache {
  const hit = zones.get(timeZone);
  if (hit) return hit;
  // `hourCycle` is not in the ES2019 lib typings; h23 avoids "24" at midnight
  // (which hour12:false gives in some V8 builds — still handled below).
  const options: Intl.DateTimeFormatOptions & { hourCycle: 'h23' } = {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  };
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', options);
  } catch {
    throw new RangeError(
      `Unknown time zone "${timeZone}": expected an IANA name such as Europe/Berlin.`,
    );
  }
  const z: ZoneCache = {
    fmt,
    byUtcDay: new Map(),
    byUtcHour: new Map(),
    byWallDay: new Map(),
    byWallHour: new Map(),
  };
  zones.set(timeZone, z);
  return z;
}

/** Throws a RangeError naming the zone when Intl does not know it. */
export function assertTimeZone(timeZone: string): void {
  cacheFor(timeZone);
}

/** `Date.UTC` that also means years 0–99 literally (Date.UTC maps them to 19xx). */
export function wallMs(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  if (y >= 100) return Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const date = new Date(Date.UTC(2000, mo - 1, d, h, mi, s, ms));
  date.setUTCFullYear(y);
  return date.getTime();
}

/** Offset in force at `utcMs`, straight from Intl (uncached; whole seconds). */
function intlOffset(z: ZoneCache, utcMs: number): number {
  const parts = z.fmt.formatToParts(new Date(utcMs));
  let y = 0;
  let mo = 1;
  let d = 1;
  let h = 0;
  let mi = 0;
  let s = 0;
  for (const p of parts) {
    switch (p.type) {
      case 'year':
        y = +p.value;
        break;
      case 'month':
        mo = +p.value;
        break;
      case 'day':
        d = +p.value;
        break;
      case 'hour':
        h = +p.value % 24;
        break;
      case 'minute':
        mi = +p.value;
        break;
      case 'second':
        s = +p.value;
        break;
    }
  }
  const floored = utcMs - (((utcMs % 1000) + 1000) % 1000);
  return wallMs(y, mo, d, h, mi, s) - floored;
}

/** Offset (ms to add to UTC to get local wall time) in force at instant `utcMs`. */
export function offsetAt(timeZone: string, utcMs: number): number {
  const z = cacheFor(timeZone);
  return cachedOffset(z, utcMs);
}

function remember(map: Map<number, number>, key: number, value: number): void {
  if (map.size >= MAX_CACHE) map.clear();
  map.set(key, value);
}

function cachedOffset(z: ZoneCache, utcMs: number): number {
  const day = Math.floor(utcMs / DAY);
  let off = z.byUtcDay.get(day);
  if (off === undefined) {
    // Transitions happen at most once a day, so equal offsets at both ends of
    // a span mean the offset holds for all of it.
    const a = intlOffset(z, day * DAY);
    const b = intlOffset(z, day * DAY + DAY - 1);
    off = a === b ? a : Number.NaN;
    remember(z.byUtcDay, day, off);
  }
  if (!Number.isNaN(off)) return off;
  const hour = Math.floor(utcMs / HOUR);
  off = z.byUtcHour.get(hour);
  if (off === undefined) {
    const a = intlOffset(z, hour * HOUR);
    const b = intlOffset(z, hour * HOUR + HOUR - 1);
    off = a === b ? a : Number.NaN;
    remember(z.byUtcHour, hour, off);
  }
  return !Number.isNaN(off) ? off : intlOffset(z, utcMs);
}

/** One offset for the whole wall span [start, start + length), or NaN. */
function wallSpanOffset(z: ZoneCache, start: number, length: number): number {
  const a = resolveWall(z, start);
  const b = resolveWall(z, start + length - 1);
  return a.unique && b.unique && a.utc - start === b.utc - (start + length - 1)
    ? start - a.utc
    : Number.NaN;
}

/**
 * Resolves one wall time exactly. Skipped times (spring forward) move forward
 * by the gap and repeated times (fall back) take the earlier instant — the
 * "compatible" rule `new Date(y, m, d, h)` and Temporal use.
 * `unique` is false for skipped and repeated times.
 */
function resolveWall(z: ZoneCache, wall: number): { utc: number; unique: boolean } {
  // |offset| < 1 day, so a day either side is safely before/after any transition at `wall`.
  const before = cachedOffset(z, wall - DAY);
  const after = cachedOffset(z, wall + DAY);
  const u1 = wall - before;
  const u2 = wall - after;
  const ok1 = cachedOffset(z, u1) === before;
  const ok2 = u1 !== u2 && cachedOffset(z, u2) === after;
  if (ok1 && ok2) return { utc: Math.min(u1, u2), unique: false };
  if (ok1) return { utc: u1, unique: true };
  if (ok2) return { utc: u2, unique: true };
  // In the gap: read the wall time with the offset from before the jump.
  return { utc: wall - before, unique: false };
}

/** The instant at which the wall clock in `timeZone` shows `wall` (see resolveWall). */
export function wallToUtc(timeZone: string, wall: number): number {
  const z = cacheFor(timeZone);
  const day = Math.floor(wall / DAY);
  let off = z.byWallDay.get(day);
  if (off === undefined) {
    off = wallSpanOffset(z, day * DAY, DAY);
    remember(z.byWallDay, day, off);
  }
  if (!Number.isNaN(off)) return wall - off;
  const hour = Math.floor(wall / HOUR);
  off = z.byWallHour.get(hour);
  if (off === undefined) {
    off = wallSpanOffset(z, hour * HOUR, HOUR);
    remember(z.byWallHour, hour, off);
  }
  return !Number.isNaN(off) ? wall - off : resolveWall(z, wall).utc;
}

/** Wall milliseconds (read with getUTC*) of instant `utcMs` in `timeZone`. */
export function utcToWall(timeZone: string, utcMs: number): number {
  return utcMs + offsetAt(timeZone, utcMs);
}

/** 'YYYY-MM' of the instant in `timeZone`, e.g. for a summary or a test. */
export function monthKeyOf(epochMs: number, timeZone: string): string {
  const d = new Date(utcToWall(timeZone, epochMs));
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
}

/** First instant of month `monthKey` ('YYYY-MM') in `timeZone`. */
export function monthStartUtc(monthKey: string, timeZone: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(monthKey);
  if (!m || +m[2] < 1 || +m[2] > 12)
    throw new RangeError(`Not a month key: "${monthKey}" (expected YYYY-MM).`);
  return wallToUtc(timeZone, wallMs(+m[1], +m[2], 1));
}

/** The month key after `monthKey`. */
export function nextMonthKey(monthKey: string): string {
  const y = +monthKey.slice(0, 4);
  const m = +monthKey.slice(5, 7);
  return m === 12
    ? `${String(y + 1).padStart(4, '0')}-01`
    : `${monthKey.slice(0, 4)}-${m < 9 ? '0' : ''}${m + 1}`;
}
