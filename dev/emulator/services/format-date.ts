/**
 * Utilities.formatDate: Java SimpleDateFormat patterns in any time zone, as
 * Apps Script evaluates them (English names, US week rules). Offsets come from
 * Intl, so DST follows the IANA database. Like Java, an unknown time-zone ID
 * silently means GMT, and `GMT+hh:mm` style custom IDs are accepted.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LETTERS = new Set('GyYMLwWDdFEuaHkKhmsSzZX');

const CUSTOM_ID = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/;

const offsetFormatters = new Map<string, Intl.DateTimeFormat | null>();

function offsetFormatter(tz: string): Intl.DateTimeFormat | null {
  if (!offsetFormatters.has(tz)) {
    let f: Intl.DateTimeFormat | null = null;
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      f = null; // unknown ID: Java falls back to GMT
    }
    offsetFormatters.set(tz, f);
  }
  return offsetFormatters.get(tz) ?? null;
}

interface Zone {
  /** Minutes east of UTC at the instant. */
  offset: number;
  /** Resolved IANA id, or null for GMT / custom offsets. */
  iana: string | null;
}

export function zoneAt(ms: number, timeZone: string): Zone {
  const custom = CUSTOM_ID.exec(timeZone);
  if (custom) {
    const mins = Number(custom[2]) * 60 + Number(custom[3] ?? 0);
    return { offset: custom[1] === '-' ? -mins : mins, iana: null };
  }
  const f = offsetFormatter(timeZone);
  if (!f) return { offset: 0, iana: null };
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(ms))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC') year = 1 - year;
  const wall = Date.UTC(
    year,
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  const whole = Math.floor(ms / 1000) * 1000;
  return { offset: Math.round((wall - whole) / 60000), iana: timeZone };
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function offsetText(offset: number, colon: boolean, zForZero: boolean): string {
  if (zForZero && offset === 0) return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const a = Math.abs(offset);
  return `${sign}${pad(Math.floor(a / 60), 2)}${colon ? ':' : ''}${pad(a % 60, 2)}`;
}

/** Java's `z` / `zzzz`: a zone name, or `GMT+hh:mm` where there is none. */
function zoneName(ms: number, zone: Zone, long: boolean): string {
  if (zone.iana) {
    const locales = long ? ['en-US'] : ['en-US', 'en-GB'];
    for (const loc of locales) {
      const name = new Intl.DateTimeFormat(loc, {
        timeZone: zone.iana,
        timeZoneName: long ? 'long' : 'short',
      })
        .formatToParts(new Date(ms))
        .find((p) => p.type === 'timeZoneName')?.value;
      if (name && !/^GMT[+-−]/.test(name))
        return name === 'Coordinated Universal Time' && !long ? 'UTC' : name;
    }
  }
  return zone.offset === 0 && !zone.iana ? 'GMT' : `GMT${offsetText(zone.offset, true, false)}`;
}

/** Day of week 0=Sunday of a UTC-field date. */
function weekFields(y: number, m: number, d: number): { week: number; weekYear: number } {
  const start = Date.UTC(y, 0, 1);
  const day = (Date.UTC(y, m, d) - start) / 86400000; // 0-based day of year
  const jan1Dow = new Date(start).getUTCDay();
  const dow = new Date(Date.UTC(y, m, d)).getUTCDay();
  const daysInYear = (Date.UTC(y + 1, 0, 1) - start) / 86400000;
  // US rules (Sunday first, minimal days 1): the week holding Jan 1 is week 1.
  if (dow + (daysInYear - day) <= 6) return { week: 1, weekYear: y + 1 };
  return { week: Math.floor((day + jan1Dow) / 7) + 1, weekYear: y };
}

type Tokens = ({ text: string } | { letter: string; count: number })[];

function tokenize(pattern: string): Tokens {
  const out: Tokens = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out.push({ text: "'" });
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) throw new Error('Unterminated quote');
      // '' inside a quoted run is a literal quote
      let text = '';
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern[j];
        j += 1;
      }
      if (j >= pattern.length) throw new Error('Unterminated quote');
      out.push({ text });
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      if (!LETTERS.has(c)) throw new Error(`Illegal pattern character '${c}'`);
      let j = i;
      while (pattern[j] === c) j += 1;
      out.push({ letter: c, count: j - i });
      i = j;
    } else {
      out.push({ text: c });
      i += 1;
    }
  }
  return out;
}

/** Formats epoch milliseconds with a SimpleDateFormat pattern in a time zone. */
export function formatDate(ms: number, timeZone: string, pattern: string): string {
  const tokens = tokenize(pattern);
  const zone = zoneAt(ms, timeZone);
  const t = new Date(ms + zone.offset * 60000);
  const y = t.getUTCFullYear();
  const mo = t.getUTCMonth();
  const d = t.getUTCDate();
  const h = t.getUTCHours();
  const dow = t.getUTCDay();
  const dayOfYear = (Date.UTC(y, mo, d) - Date.UTC(y, 0, 1)) / 86400000 + 1;
  const firstDow = new Date(Date.UTC(y, mo, 1)).getUTCDay();
  const year = (value: number, n: number) => (n === 2 ? pad(value % 100, 2) : pad(value, n));
  return tokens
    .map((tok) => {
      if ('text' in tok) return tok.text;
      const n = tok.count;
      switch (tok.letter) {
        case 'G':
          return y > 0 ? 'AD' : 'BC';
        case 'y':
          return year(y, n);
        case 'Y':
          return year(weekFields(y, mo, d).weekYear, n);
        case 'M':
        case 'L':
          if (n >= 4) return MONTHS[mo];
          if (n === 3) return MONTHS[mo].slice(0, 3);
          return pad(mo + 1, n);
        case 'w':
          return pad(weekFields(y, mo, d).week, n);
        case 'W':
          return pad(Math.floor((d - 1 + firstDow) / 7) + 1, n);
        case 'D':
          return pad(dayOfYear, n);
        case 'd':
          return pad(d, n);
        case 'F':
          return pad(Math.floor((d - 1) / 7) + 1, n);
        case 'E':
          return n >= 4 ? DAYS[dow] : DAYS[dow].slice(0, 3);
        case 'u':
          return pad(dow === 0 ? 7 : dow, n);
        case 'a':
          return h < 12 ? 'AM' : 'PM';
        case 'H':
          return pad(h, n);
        case 'k':
          return pad(h === 0 ? 24 : h, n);
        case 'K':
          return pad(h % 12, n);
        case 'h':
          return pad(h % 12 === 0 ? 12 : h % 12, n);
        case 'm':
          return pad(t.getUTCMinutes(), n);
        case 's':
          return pad(t.getUTCSeconds(), n);
        case 'S':
          return pad(t.getUTCMilliseconds(), n);
        case 'z':
          return zoneName(ms, zone, n >= 4);
        case 'Z':
          return offsetText(zone.offset, false, false);
        default: // 'X'
          if (n === 1) {
            if (zone.offset === 0) return 'Z';
            const sign = zone.offset < 0 ? '-' : '+';
            return `${sign}${pad(Math.floor(Math.abs(zone.offset) / 60), 2)}`;
          }
          if (n > 3) throw new Error(`invalid ISO 8601 format: length=${n}`);
          return offsetText(zone.offset, n === 3, true);
      }
    })
    .join('');
}
