/**
 * Sheets number formats → display strings (what getDisplayValues returns and
 * the playground shows). Supports what spreadsheets actually use: sections
 * (`pos;neg;zero;text`), `0 # ?` placeholders, grouping and scaling commas,
 * `%`, scientific `E+`, quoted and escaped literals, `[$€]` currency, `[Red]`
 * colours (ignored), `_x` spacing, `*x` fill (ignored), `@` text, and date /
 * time tokens (y, m, d, h, s, am/pm, [h] elapsed, .000). Compiled formats are
 * cached: a 100,000-row display read formats the same pattern many times.
 */
import { dayName, type LocaleInfo, monthName } from './locale';
import { serialParts } from './tz';

/** What Sheets' getNumberFormat() reports for a cell with the "Automatic" format. */
export const AUTOMATIC_FORMAT = '0.###############';

type Token =
  | { k: 'lit'; text: string }
  | { k: 'digit'; ch: '0' | '#' | '?' }
  | { k: 'dot' }
  | { k: 'comma' }
  | { k: 'percent' }
  | { k: 'exp'; plus: boolean }
  | { k: 'text' }
  | { k: 'date'; t: string };

interface Section {
  tokens: Token[];
  isDate: boolean;
}

const cache = new Map<string, Section[]>();

function tokenize(section: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const lit = (text: string) => {
    const last = out[out.length - 1];
    if (last && last.k === 'lit') last.text += text;
    else out.push({ k: 'lit', text });
  };
  while (i < section.length) {
    const ch = section[i];
    const rest = section.slice(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      lit(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '\\') {
      lit(section[i + 1] ?? '');
      i += 2;
    } else if (ch === '_') {
      lit(' ');
      i += 2;
    } else if (ch === '*') {
      i += 2;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end + 1;
      if (inner.startsWith('$')) lit(inner.slice(1).split('-')[0]);
      else if (/^(h+|m+|s+)$/i.test(inner)) out.push({ k: 'date', t: `[${inner.toLowerCase()}]` });
      // Colours and conditions are not shown as text.
    } else if (/^(am\/pm|a\/p)/i.test(rest)) {
      const t = /^am\/pm/i.test(rest) ? 'am/pm' : 'a/p';
      out.push({ k: 'date', t });
      i += t.length;
    } else if (/[yYmMdDhHsS]/.test(ch)) {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === ch.toLowerCase()) j++;
      out.push({ k: 'date', t: section.slice(i, j).toLowerCase() });
      i = j;
    } else if (ch === '0' || ch === '#' || ch === '?') {
      out.push({ k: 'digit', ch });
      i++;
    } else if (ch === '.') {
      // `.000` right after seconds is fractional seconds, not a decimal point.
      const prev = out[out.length - 1];
      if (prev && prev.k === 'date' && prev.t.startsWith('s') && /^\.0+/.test(rest)) {
        const m = /^\.0+/.exec(rest)![0];
        out.push({ k: 'date', t: m });
        i += m.length;
      } else {
        out.push({ k: 'dot' });
        i++;
      }
    } else if (ch === ',') {
      out.push({ k: 'comma' });
      i++;
    } else if (ch === '%') {
      out.push({ k: 'percent' });
      i++;
    } else if ((ch === 'E' || ch === 'e') && /^[Ee][+-]/.test(rest)) {
      out.push({ k: 'exp', plus: rest[1] === '+' });
      i += 2;
    } else if (ch === '@') {
      out.push({ k: 'text' });
      i++;
    } else {
      lit(ch);
      i++;
    }
  }
  return out;
}

/** Splits on `;` outside quotes and brackets. */
function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '\\' && !quoted) {
      cur += ch + (fmt[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '[') bracket = true;
    else if (!quoted && ch === ']') bracket = false;
    if (ch === ';' && !quoted && !bracket) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function compile(fmt: string): Section[] {
  let sections = cache.get(fmt);
  if (!sections) {
    sections = splitSections(fmt).map((s) => {
      const tokens = tokenize(s);
      return { tokens, isDate: tokens.some((t) => t.k === 'date') };
    });
    cache.set(fmt, sections);
  }
  return sections;
}

function isAutomatic(fmt: string | undefined): boolean {
  return !fmt || fmt === AUTOMATIC_FORMAT || fmt.toLowerCase() === 'general';
}

/** True when the format shows a date, time or duration (getValues then returns a Date). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (isAutomatic(fmt)) return false;
  return compile(fmt as string)[0].isDate;
}

/** True for the text format `@` (values written to it stay text). */
export function isTextFormat(fmt: string | undefined): boolean {
  return fmt === '@';
}

/** Sheets' "Automatic" display: up to 10 significant digits, no grouping. */
export function formatAutomatic(n: number, loc: LocaleInfo): string {
  if (!Number.isFinite(n)) return n > 0 ? '#NUM!' : '-#NUM!';
  if (n === 0) return '0';
  const abs = Math.abs(n);
  let s: string;
  if (abs >= 1e15 || abs < 1e-9) {
    const [m, e] = n.toExponential(5).split('e');
    const mant = m.replace(/\.?0+$/, '');
    const exp = Number(e);
    s = `${mant}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  } else if (Number.isInteger(n)) {
    s = String(n);
  } else {
    s = String(Number(n.toPrecision(10)));
    if (/e/i.test(s))
      s = Number(n.toPrecision(10))
        .toFixed(10)
        .replace(/\.?0+$/, '');
  }
  return loc.decimal === '.' ? s : s.replace('.', loc.decimal);
}

function groupDigits(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function formatNumberSection(n: number, tokens: Token[], loc: LocaleInfo): string {
  // Where the numeric block starts and ends; literals outside it are prefix/suffix.
  const isNumTok = (t: Token) => t.k === 'digit' || t.k === 'dot' || t.k === 'exp';
  const first = tokens.findIndex(isNumTok);
  if (first < 0) {
    // No placeholders: a literal-only section (e.g. `"zero"`), `%` still scales nothing visible.
    return tokens.map((t) => (t.k === 'lit' ? t.text : t.k === 'percent' ? '%' : '')).join('');
  }
  let last = tokens.length - 1;
  while (last >= 0 && !isNumTok(tokens[last])) last--;
  // Trailing commas right after the last digit placeholder scale by 1000 each.
  let scaleCommas = 0;
  for (let j = last + 1; j < tokens.length && tokens[j].k === 'comma'; j++) scaleCommas++;

  let value = n;
  const percents = tokens.filter((t) => t.k === 'percent').length;
  value *= 100 ** percents;
  value /= 1000 ** scaleCommas;

  const block = tokens.slice(first, last + 1);
  const expAt = block.findIndex((t) => t.k === 'exp');
  const mantissa = expAt >= 0 ? block.slice(0, expAt) : block;
  const expDigits = expAt >= 0 ? block.slice(expAt + 1).filter((t) => t.k === 'digit').length : 0;
  const dotAt = mantissa.findIndex((t) => t.k === 'dot');
  const intToks = dotAt >= 0 ? mantissa.slice(0, dotAt) : mantissa;
  const fracToks = dotAt >= 0 ? mantissa.slice(dotAt + 1) : [];
  const intDigits = intToks.filter((t) => t.k === 'digit') as { k: 'digit'; ch: string }[];
  const fracDigits = fracToks.filter((t) => t.k === 'digit') as { k: 'digit'; ch: string }[];
  const grouping = intToks.some((t, idx) => t.k === 'comma' && idx > 0);
  const minInt = intDigits.filter((d) => d.ch === '0').length;
  const minFrac = fracDigits.filter((d) => d.ch === '0').length;
  const maxFrac = fracDigits.length;

  let exponent = '';
  if (expAt >= 0) {
    const e = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
    value /= 10 ** e;
    const expTok = block[expAt] as { k: 'exp'; plus: boolean };
    const sign = e < 0 ? '-' : expTok.plus ? '+' : '';
    exponent = `E${sign}${String(Math.abs(e)).padStart(expDigits, '0')}`;
  }

  const fixed = Math.abs(value).toFixed(maxFrac);
  let [int, frac = ''] = fixed.split('.');
  // Optional fraction digits (`#`) drop trailing zeros down to the required ones.
  while (frac.length > minFrac && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (int === '0' && minInt === 0) int = '';
  int = int.padStart(minInt, '0');
  if (grouping) int = groupDigits(int, loc.group);

  const prefix = tokens
    .slice(0, first)
    .map((t) => (t.k === 'lit' ? t.text : t.k === 'percent' ? '%' : ''))
    .join('');
  const suffix = tokens
    .slice(last + 1)
    .map((t) => (t.k === 'lit' ? t.text : t.k === 'percent' ? '%' : ''))
    .join('');
  const inner = block
    .filter((t) => t.k === 'lit')
    .map((t) => (t as { text: string }).text)
    .join('');
  const dot = dotAt >= 0 && frac.length > 0 ? loc.decimal : '';
  return `${prefix}${int}${dot}${frac}${exponent}${inner}${suffix}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function formatDateSection(serial: number, tokens: Token[], loc: LocaleInfo): string {
  const p = serialParts(serial);
  const hasAmPm = tokens.some((t) => t.k === 'date' && (t.t === 'am/pm' || t.t === 'a/p'));
  const dateToks = tokens.map((t, i) => ({ t, i })).filter((x) => x.t.k === 'date');
  /** `m`/`mm` means minutes right after an hour or right before a second token. */
  const isMinute = (idx: number): boolean => {
    const pos = dateToks.findIndex((x) => x.i === idx);
    const prev = dateToks[pos - 1]?.t as { t: string } | undefined;
    const next = dateToks[pos + 1]?.t as { t: string } | undefined;
    return Boolean(
      (prev && (prev.t.startsWith('h') || prev.t.startsWith('[h'))) ||
        (next && (next.t.startsWith('s') || next.t.startsWith('[s'))),
    );
  };
  let out = '';
  tokens.forEach((tok, idx) => {
    if (tok.k === 'lit') {
      out += tok.text;
      return;
    }
    if (tok.k !== 'date') {
      if (tok.k === 'dot') out += '.';
      else if (tok.k === 'comma') out += ',';
      else if (tok.k === 'digit') out += tok.ch === '0' ? '0' : '';
      else if (tok.k === 'percent') out += '%';
      return;
    }
    const t = tok.t;
    const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
    switch (t) {
      case 'y':
      case 'yy':
        out += pad2(p.year % 100);
        break;
      case 'yyy':
      case 'yyyy':
        out += String(p.year);
        break;
      case 'm':
        out += isMinute(idx) ? String(p.minute) : String(p.month);
        break;
      case 'mm':
        out += isMinute(idx) ? pad2(p.minute) : pad2(p.month);
        break;
      case 'mmm':
        out += monthName(loc.bcp47, p.month, 'short');
        break;
      case 'mmmmm':
        out += monthName(loc.bcp47, p.month, 'long').charAt(0);
        break;
      case 'd':
        out += String(p.day);
        break;
      case 'dd':
        out += pad2(p.day);
        break;
      case 'ddd':
        out += dayName(loc.bcp47, p.weekday, 'short');
        break;
      case 'h':
        out += String(hasAmPm ? hour12 : p.hour);
        break;
      case 'hh':
        out += pad2(hasAmPm ? hour12 : p.hour);
        break;
      case 's':
        out += String(p.second);
        break;
      case 'ss':
        out += pad2(p.second);
        break;
      case 'am/pm':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'a/p':
        out += p.hour < 12 ? 'A' : 'P';
        break;
      case '[h]':
      case '[hh]':
        out += String(Math.floor(serial * 24));
        break;
      case '[m]':
      case '[mm]':
        out += String(Math.floor(serial * 1440));
        break;
      case '[s]':
      case '[ss]':
        out += String(Math.floor(serial * 86400));
        break;
      default:
        if (t.startsWith('.')) {
          out += `.${String(p.ms)
            .padStart(3, '0')
            .slice(0, t.length - 1)
            .padEnd(t.length - 1, '0')}`;
        } else if (t.startsWith('mmmm')) out += monthName(loc.bcp47, p.month, 'long');
        else if (t.startsWith('dddd')) out += dayName(loc.bcp47, p.weekday, 'long');
        else if (t.startsWith('y')) out += String(p.year);
        else out += t;
    }
  });
  return out;
}

/** The display string of a computed value under a number format. */
export function formatValue(
  value: string | number | boolean | null,
  fmt: string | undefined,
  loc: LocaleInfo,
): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') {
    if (isAutomatic(fmt)) return value;
    const sections = compile(fmt as string);
    const textSection = sections[3] ?? sections.find((s) => s.tokens.some((t) => t.k === 'text'));
    if (!textSection) return value;
    return textSection.tokens
      .map((t) => (t.k === 'text' ? value : t.k === 'lit' ? t.text : ''))
      .join('');
  }
  if (isAutomatic(fmt) || fmt === '@') return formatAutomatic(value, loc);
  const sections = compile(fmt as string);
  let section = sections[0];
  let n = value;
  let minus = false;
  if (value < 0 && sections.length >= 2 && sections[1].tokens.length > 0) {
    section = sections[1];
    n = -value;
  } else if (value === 0 && sections.length >= 3) {
    section = sections[2];
  } else if (value < 0) {
    minus = !section.isDate;
    n = -value;
  }
  if (section.isDate) return formatDateSection(value, section.tokens, loc);
  const body = formatNumberSection(n, section.tokens, loc);
  // A negative number rounded to zero shows without a minus, as in Sheets.
  return minus && /[1-9]/.test(body) ? `-${body}` : body;
}
