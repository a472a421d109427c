import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseDateCell } from '../../src/core/actuals/dates';
import { dateOrderForLocale, dayFirstForLocale } from '../../src/core/actuals/locale';
import { monthKeyOf } from '../../src/core/actuals/zone';

const BERLIN = { timeZone: 'Europe/Berlin', dayFirst: true };
const LA = { timeZone: 'America/Los_Angeles', dayFirst: false };
const UTC = { timeZone: 'UTC', dayFirst: false };
const iso = (v: unknown, ctx = BERLIN): string => {
  const r = parseDateCell(v, ctx);
  return typeof r === 'number' ? new Date(r).toISOString() : r;
};

describe('parseDateCell: text forms', () => {
  it.each([
    // [input, instant (UTC) in Europe/Berlin, winter = UTC+1]
    ['2026-03-05', '2026-03-04T23:00:00.000Z'],
    ['2026-03-05 14:22', '2026-03-05T13:22:00.000Z'],
    ['2026-03-05T14:22', '2026-03-05T13:22:00.000Z'],
    ['2026-03-05T14:22:05', '2026-03-05T13:22:05.000Z'],
    ['2026-03-05T14:22:05.123', '2026-03-05T13:22:05.123Z'],
    ['2026-03-05T14:22:05Z', '2026-03-05T14:22:05.000Z'],
    ['2026-03-05T14:22:05.5Z', '2026-03-05T14:22:05.500Z'],
    ['2026-03-05T14:22:05+02:00', '2026-03-05T12:22:05.000Z'],
    ['2026-03-05T14:22:05-0530', '2026-03-05T19:52:05.000Z'],
    ['2026-03-05 14:22 +02:00', '2026-03-05T12:22:00.000Z'],
    ['2026-03-05 14:22 UTC', '2026-03-05T14:22:00.000Z'],
    ['2026-03-05 14:22 GMT+2', '2026-03-05T12:22:00.000Z'],
    ['2026-3-5', '2026-03-04T23:00:00.000Z'],
    ['05.03.2026', '2026-03-04T23:00:00.000Z'],
    ['5.3.2026 14:22', '2026-03-05T13:22:00.000Z'],
    ['05.03.2026 14.22', '2026-03-05T13:22:00.000Z'],
    ['05.03.26', '2026-03-04T23:00:00.000Z'],
    ['2026/3/5', '2026-03-04T23:00:00.000Z'],
    ['2026/03/05 09:00:00', '2026-03-05T08:00:00.000Z'],
    ['2026.03.05', '2026-03-04T23:00:00.000Z'],
    ['2026年3月5日', '2026-03-04T23:00:00.000Z'],
    ['Mar 5, 2026', '2026-03-04T23:00:00.000Z'],
    ['March 5th 2026 2:22 PM', '2026-03-05T13:22:00.000Z'],
    ['5 Mar 2026', '2026-03-04T23:00:00.000Z'],
    ['05-Mar-2026 14:22', '2026-03-05T13:22:00.000Z'],
    ['  2026-03-05 14:22  ', '2026-03-05T13:22:00.000Z'],
    ['1772719320000', '2026-03-05T14:02:00.000Z'],
  ])('%s', (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it('reads slash dates by the locale order', () => {
    expect(iso('3/5/2026', { timeZone: 'UTC', dayFirst: false })).toBe('2026-03-05T00:00:00.000Z');
    expect(iso('3/5/2026', { timeZone: 'UTC', dayFirst: true })).toBe('2026-05-03T00:00:00.000Z');
    expect(iso('03-05-2026', { timeZone: 'UTC', dayFirst: true })).toBe('2026-05-03T00:00:00.000Z');
    expect(iso('3/5/26', { timeZone: 'UTC', dayFirst: false })).toBe('2026-03-05T00:00:00.000Z');
    // A dotted date is day first whatever the locale.
    expect(iso('05.03.2026', { timeZone: 'UTC', dayFirst: false })).toBe(
      '2026-03-05T00:00:00.000Z',
    );
    // An order the locale cannot hold is impossible, not silently swapped.
    expect(iso('13/5/2026', { timeZone: 'UTC', dayFirst: false })).toBe('impossibleDate');
    expect(iso('5/13/2026', { timeZone: 'UTC', dayFirst: false })).toBe('2026-05-13T00:00:00.000Z');
  });

  it('reads AM/PM', () => {
    expect(iso('3/5/2026 12:05 AM', UTC)).toBe('2026-03-05T00:05:00.000Z');
    expect(iso('3/5/2026 12:05 PM', UTC)).toBe('2026-03-05T12:05:00.000Z');
    expect(iso('3/5/2026 2:22 pm', UTC)).toBe('2026-03-05T14:22:00.000Z');
    expect(iso('3/5/2026 2 PM', UTC)).toBe('2026-03-05T14:00:00.000Z');
    expect(iso('3/5/2026 11:59:59 p.m.', UTC)).toBe('2026-03-05T23:59:59.000Z');
    expect(iso('3/5/2026 13:00 PM', UTC)).toBe('impossibleDate');
  });

  it('two-digit years follow Sheets: 00–29 → 2000s, 30–99 → 1900s', () => {
    expect(iso('1/2/29', UTC)).toBe('2029-01-02T00:00:00.000Z');
    expect(iso('1/2/30', UTC)).toBe('1930-01-02T00:00:00.000Z');
  });

  it.each([
    ['2026-02-30', 'impossibleDate'],
    ['2026-02-29', 'impossibleDate'],
    ['2026-04-31 10:00', 'impossibleDate'],
    ['31.02.2026', 'impossibleDate'],
    ['2026-13-01', 'impossibleDate'],
    ['2026-00-10', 'impossibleDate'],
    ['2026-03-05 24:00', 'impossibleDate'],
    ['2026-03-05 14:60', 'impossibleDate'],
    ['2026-03-05T14:22+19:00', 'impossibleDate'],
    ['Feb 30, 2026', 'impossibleDate'],
    ['n/a', 'unrecognized'],
    ['TBD', 'unrecognized'],
    ['2026-13', 'unrecognized'],
    ['#VALUE!', 'unrecognized'],
    ['2026-03-05 14', 'unrecognized'],
    ['2026-03-05 soon', 'unrecognized'],
    ['Foo 5, 2026', 'unrecognized'],
    ['20260305', 'unrecognized'],
    ['2026', 'unrecognized'],
    ['0999-01-01', 'outOfRange'],
    ['', 'empty'],
    ['   ', 'empty'],
  ])('%s → %s', (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(iso('2028-02-29', UTC)).toBe('2028-02-29T00:00:00.000Z');
    expect(iso('2100-02-29', UTC)).toBe('impossibleDate');
    expect(iso('2000-02-29', UTC)).toBe('2000-02-29T00:00:00.000Z');
  });
});

describe('parseDateCell: non-text cells', () => {
  it('takes a Date as its instant, from this realm or another', () => {
    const ours = new Date(Date.UTC(2026, 2, 5, 13, 22));
    const foreign = runInNewContext('new Date(Date.UTC(2026, 2, 5, 13, 22))') as unknown;
    expect(foreign instanceof Date).toBe(false);
    expect(parseDateCell(ours, BERLIN)).toBe(Date.UTC(2026, 2, 5, 13, 22));
    expect(parseDateCell(foreign, BERLIN)).toBe(Date.UTC(2026, 2, 5, 13, 22));
    expect(parseDateCell(new Date(Number.NaN), BERLIN)).toBe('unrecognized');
  });

  it('reads serial numbers as local time in the spreadsheet zone', () => {
    // 46086 = 2026-03-05; .5 = noon.
    expect(iso(46086, UTC)).toBe('2026-03-05T00:00:00.000Z');
    expect(iso(46086.5, BERLIN)).toBe('2026-03-05T11:00:00.000Z');
    expect(iso(46086.5, LA)).toBe('2026-03-05T20:00:00.000Z');
    // 14:22 is a fraction that never multiplies back exactly.
    expect(iso(46086 + (14 * 60 + 22) / 1440, BERLIN)).toBe('2026-03-05T13:22:00.000Z');
    // Summer time: 2026-07-01 12:00 in Berlin is UTC+2.
    expect(iso(46204.5, BERLIN)).toBe('2026-07-01T10:00:00.000Z');
    expect(iso(2, UTC)).toBe('1900-01-01T00:00:00.000Z');
  });

  it('rejects serials outside 1900–9999 and non-dates', () => {
    expect(parseDateCell(0, UTC)).toBe('outOfRange');
    expect(parseDateCell(-5, UTC)).toBe('outOfRange');
    expect(parseDateCell(3e6, UTC)).toBe('outOfRange');
    expect(parseDateCell(Number.NaN, UTC)).toBe('unrecognized');
    expect(parseDateCell(Number.POSITIVE_INFINITY, UTC)).toBe('unrecognized');
    expect(parseDateCell(true, UTC)).toBe('unrecognized');
    expect(parseDateCell({}, UTC)).toBe('unrecognized');
    expect(parseDateCell(null, UTC)).toBe('empty');
    expect(parseDateCell(undefined, UTC)).toBe('empty');
  });

  it('takes numbers ≥ 1e11 as epoch milliseconds', () => {
    expect(parseDateCell(1772719320000, UTC)).toBe(1772719320000);
  });
});

describe('parseDateCell: time zones and DST', () => {
  it('23:30 on the last day of a month stays in that month', () => {
    for (const ctx of [
      BERLIN,
      LA,
      { timeZone: 'Asia/Jakarta', dayFirst: true },
      { timeZone: 'Asia/Kolkata', dayFirst: true },
    ]) {
      for (const [text, month] of [
        ['2026-01-31 23:30', '2026-01'],
        ['2026-02-28 23:30', '2026-02'],
        ['2026-03-31 23:30', '2026-03'],
        ['2026-10-31 23:30', '2026-10'],
        ['2026-12-31 23:59', '2026-12'],
        ['2026-04-01 00:00', '2026-04'],
        ['2027-01-01 00:15', '2027-01'],
      ]) {
        const ms = parseDateCell(text, ctx) as number;
        expect(monthKeyOf(ms, ctx.timeZone), `${text} in ${ctx.timeZone}`).toBe(month);
      }
    }
  });

  it('the same instant is in different months in different zones', () => {
    // 2026-04-01T05:00Z is 31 March 22:00 in Los Angeles, 1 April 07:00 in Berlin.
    const ms = Date.UTC(2026, 3, 1, 5, 0);
    expect(monthKeyOf(ms, 'America/Los_Angeles')).toBe('2026-03');
    expect(monthKeyOf(ms, 'Europe/Berlin')).toBe('2026-04');
    expect(monthKeyOf(ms, 'UTC')).toBe('2026-04');
  });

  it('uses the offset in force on each side of a DST change', () => {
    // Berlin: CET → CEST on 2026-03-29 at 02:00; back on 2026-10-25 at 03:00.
    expect(iso('2026-03-29 01:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(iso('2026-03-29 03:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(iso('2026-10-25 01:30')).toBe('2026-10-24T23:30:00.000Z');
    expect(iso('2026-10-25 03:30')).toBe('2026-10-25T02:30:00.000Z');
    // Los Angeles: PST → PDT on 2026-03-08 at 02:00; back on 2026-11-01 at 02:00.
    expect(iso('2026-03-08 01:59', LA)).toBe('2026-03-08T09:59:00.000Z');
    expect(iso('2026-03-08 03:00', LA)).toBe('2026-03-08T10:00:00.000Z');
    expect(iso('2026-11-01 00:30', LA)).toBe('2026-11-01T07:30:00.000Z');
    expect(iso('2026-11-01 02:30', LA)).toBe('2026-11-01T10:30:00.000Z');
  });

  it('a skipped local time moves forward; a repeated one takes the first occurrence', () => {
    // 02:30 does not exist on spring-forward day: read as 03:30 summer time.
    expect(iso('2026-03-29 02:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(iso('2026-03-08 02:30', LA)).toBe('2026-03-08T10:30:00.000Z');
    // 02:30 happens twice on fall-back day: the first is still summer time.
    expect(iso('2026-10-25 02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(iso('2026-11-01 01:30', LA)).toBe('2026-11-01T08:30:00.000Z');
  });

  it('DST change days at a month edge land in the right month', () => {
    // US fall back on 1 November 2026: just before and after midnight.
    expect(monthKeyOf(parseDateCell('2026-10-31 23:30', LA) as number, LA.timeZone)).toBe(
      '2026-10',
    );
    expect(monthKeyOf(parseDateCell('2026-11-01 00:10', LA) as number, LA.timeZone)).toBe(
      '2026-11',
    );
    expect(monthKeyOf(parseDateCell('2026-11-01 01:30', LA) as number, LA.timeZone)).toBe(
      '2026-11',
    );
    // Santiago springs forward at midnight: 2026-09-06 00:30 does not exist, it becomes 01:30.
    const cl = { timeZone: 'America/Santiago', dayFirst: true };
    const ms = parseDateCell('2026-09-06 00:30', cl) as number;
    expect(monthKeyOf(ms, cl.timeZone)).toBe('2026-09');
    expect(new Date(ms).toISOString()).toBe('2026-09-06T04:30:00.000Z');
  });

  it('half-hour zones and zones without DST', () => {
    expect(iso('2026-03-05 14:22', { timeZone: 'Asia/Kolkata', dayFirst: true })).toBe(
      '2026-03-05T08:52:00.000Z',
    );
    expect(iso('2026-03-05 14:22', { timeZone: 'Asia/Jakarta', dayFirst: true })).toBe(
      '2026-03-05T07:22:00.000Z',
    );
    expect(iso('2026-03-05 14:22', { timeZone: 'Asia/Shanghai', dayFirst: false })).toBe(
      '2026-03-05T06:22:00.000Z',
    );
    // Lord Howe moves by 30 minutes at 02:00 local = 15:30 UTC: not on a UTC hour boundary.
    expect(iso('2026-10-04 01:59', { timeZone: 'Australia/Lord_Howe', dayFirst: true })).toBe(
      '2026-10-03T15:29:00.000Z',
    );
    expect(iso('2026-10-04 02:30', { timeZone: 'Australia/Lord_Howe', dayFirst: true })).toBe(
      '2026-10-03T15:30:00.000Z',
    );
  });

  it('an unknown zone is a clear error', () => {
    expect(() => parseDateCell('2026-03-05', { timeZone: 'Mars/Olympus', dayFirst: true })).toThrow(
      /Mars\/Olympus/,
    );
  });
});

describe('locale date order', () => {
  it.each([
    ['en_US', 'MDY', false],
    ['en-US', 'MDY', false],
    ['', 'MDY', false],
    ['en_GB', 'DMY', true],
    ['de_DE', 'DMY', true],
    ['pl_PL', 'DMY', true],
    ['fi_FI', 'DMY', true],
    ['id_ID', 'DMY', true],
    ['en_AU', 'DMY', true],
    ['fr_FR', 'DMY', true],
    ['zh_CN', 'YMD', false],
    ['zh_TW', 'YMD', false],
    ['zh_HK', 'DMY', true],
    ['ja_JP', 'YMD', false],
    ['ko_KR', 'YMD', false],
    ['hu_HU', 'YMD', false],
    ['sv_SE', 'YMD', false],
    ['en_CA', 'YMD', false],
    ['xx_YY', 'DMY', true],
  ])('%s is %s', (locale, order, dayFirst) => {
    expect(dateOrderForLocale(locale)).toBe(order);
    expect(dayFirstForLocale(locale)).toBe(dayFirst);
  });

  it('drives how 3/5/2026 is read', () => {
    const read = (locale: string) =>
      monthKeyOf(
        parseDateCell('3/5/2026', {
          timeZone: 'UTC',
          dayFirst: dayFirstForLocale(locale),
        }) as number,
        'UTC',
      );
    expect(read('en_US')).toBe('2026-03');
    expect(read('en_GB')).toBe('2026-05');
    expect(read('id_ID')).toBe('2026-05');
    expect(read('zh_CN')).toBe('2026-03');
  });
});

describe('monthKeyOf', () => {
  it('pads and handles year ends', () => {
    expect(monthKeyOf(Date.UTC(2026, 11, 31, 23, 0), 'Europe/Berlin')).toBe('2027-01');
    expect(monthKeyOf(Date.UTC(2026, 11, 31, 23, 0), 'UTC')).toBe('2026-12');
    expect(monthKeyOf(Date.UTC(2027, 0, 1, 7, 59), 'America/Los_Angeles')).toBe('2026-12');
    expect(monthKeyOf(Date.UTC(2026, 8, 1), 'UTC')).toBe('2026-09');
  });
});
