/**
 * Utilities.parseDate: the inverse of formatDate for the pattern letters
 * people use to read dates (y M d H h k K a m s S E z Z X), in a time zone.
 * Like Java's lenient parser it accepts one-digit numbers where the pattern
 * has two; a mismatch throws Java's `Unparseable date: "…"`.
 */
import { zoneAt } from './format-date';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface Fields {
  y: number;
  M: number;
  d: number;
  h: number;
  m: number;
  s: number;
  S: number;
  pm: boolean | null;
  h12: boolean;
  offset: number | null;
}

/** Returns epoch milliseconds. */
export function parseDate(text: string, timeZone: string, pattern: string): number {
  const fail = (): never => {
    throw new Error(`Unparseable date: "${text}"`);
  };
  const f: Fields = {
    y: 1970,
    M: 0,
    d: 1,
    h: 0,
    m: 0,
    s: 0,
    S: 0,
    pm: null,
    h12: false,
    offset: null,
  };
  let pos = 0;
  let i = 0;
  const num = (max: number): number => {
    const m = /^\d+/.exec(text.slice(pos, pos + max));
    if (!m) fail();
    pos += m![0].length;
    return Number(m![0]);
  };
  const word = (names: string[]): number => {
    const rest = text.slice(pos).toLowerCase();
    const m = /^[a-z]+/.exec(rest);
    if (!m) fail();
    const idx = names.findIndex((n) => m![0].startsWith(n));
    if (idx < 0) fail();
    pos += m![0].length;
    return idx;
  };
  while (i < pattern.length) {
    const c = pattern[i];
    let n = 1;
    while (pattern[i + n] === c) n += 1;
    const nextIsDigitField = /[yMdHhkKmsS]/.test(pattern[i + n] ?? '');
    const width = nextIsDigitField ? n : 10;
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      const lit = end === i + 1 ? "'" : pattern.slice(i + 1, end);
      if (text.slice(pos, pos + lit.length) !== lit) fail();
      pos += lit.length;
      i = end + 1;
      continue;
    }
    switch (c) {
      case 'y':
        f.y = num(width);
        if (n <= 2 && f.y < 100) f.y += f.y < 70 ? 2000 : 1900;
        break;
      case 'M':
        f.M = n >= 3 ? word(MONTHS) : num(width) - 1;
        break;
      case 'd':
        f.d = num(width);
        break;
      case 'H':
      case 'k':
        f.h = num(width) % 24;
        break;
      case 'h':
      case 'K':
        f.h = num(width) % 12;
        f.h12 = true;
        break;
      case 'a':
        f.pm = word(['am', 'pm']) === 1;
        break;
      case 'm':
        f.m = num(width);
        break;
      case 's':
        f.s = num(width);
        break;
      case 'S':
        f.S = num(width);
        break;
      case 'E':
        word(DAYS);
        break;
      case 'z':
      case 'Z':
      case 'X': {
        const rest = text.slice(pos);
        const z = /^(?:Z|(?:GMT|UTC)?([+-])(\d{2}):?(\d{2})?|GMT|UTC)/.exec(rest);
        if (!z) fail();
        pos += z![0].length;
        f.offset = z![1] ? (z![1] === '-' ? -1 : 1) * (Number(z![2]) * 60 + Number(z![3] ?? 0)) : 0;
        break;
      }
      default:
        if (/[A-Za-z]/.test(c)) throw new Error(`Illegal pattern character '${c}'`);
        if (text.slice(pos, pos + n) !== c.repeat(n)) fail();
        pos += n;
    }
    i += n;
  }
  if (f.h12 && f.pm) f.h += 12;
  const wall = Date.UTC(f.y, f.M, f.d, f.h, f.m, f.s, f.S);
  if (Number.isNaN(wall)) fail();
  if (f.offset !== null) return wall - f.offset * 60000;
  // The zone's offset at the wall time; a second pass settles DST edges.
  let guess = wall - zoneAt(wall, timeZone).offset * 60000;
  guess = wall - zoneAt(guess, timeZone).offset * 60000;
  return guess;
}
