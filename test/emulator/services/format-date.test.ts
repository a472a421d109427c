import { describe, expect, it } from 'vitest';
import { setup, thrown } from './helpers';

const { Utilities } = setup().globals;
const fmt = (iso: string, tz: string, pattern: string) =>
  Utilities.formatDate(new Date(iso), tz, pattern);

describe('Utilities.formatDate (Java SimpleDateFormat)', () => {
  it('formats numbers, names and offsets in a time zone', () => {
    const t = '2026-07-15T09:00:00Z';
    expect(fmt(t, 'Europe/Berlin', 'yyyy-MM-dd HH:mm:ss Z')).toBe('2026-07-15 11:00:00 +0200');
    expect(fmt(t, 'Europe/Berlin', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-07-15T11:00:00+02:00');
    expect(fmt(t, 'Europe/Berlin', 'z')).toBe('CEST');
    expect(fmt(t, 'Europe/Berlin', 'zzzz')).toBe('Central European Summer Time');
    expect(fmt(t, 'America/Los_Angeles', 'EEE, d MMM yyyy h:mm a z')).toBe(
      'Wed, 15 Jul 2026 2:00 AM PDT',
    );
    expect(fmt(t, 'America/New_York', 'EEEE, MMMM d, yy')).toBe('Wednesday, July 15, 26');
    expect(fmt(t, 'Asia/Kolkata', 'HH:mm XXX X XX')).toBe('14:30 +05:30 +05 +0530');
    expect(fmt(t, 'Etc/UTC', 'HH:mm X z')).toBe('09:00 Z UTC');
    expect(fmt(t, 'Asia/Tokyo', 'dd.MM.yyyy HH:mm')).toBe('15.07.2026 18:00');
  });

  it('follows DST transitions (Europe/Berlin, spring and autumn)', () => {
    const p = 'yyyy-MM-dd HH:mm:ss z Z';
    expect(fmt('2026-03-29T00:59:59Z', 'Europe/Berlin', p)).toBe('2026-03-29 01:59:59 CET +0100');
    expect(fmt('2026-03-29T01:00:00Z', 'Europe/Berlin', p)).toBe('2026-03-29 03:00:00 CEST +0200');
    expect(fmt('2026-10-25T00:30:00Z', 'Europe/Berlin', p)).toBe('2026-10-25 02:30:00 CEST +0200');
    expect(fmt('2026-10-25T01:30:00Z', 'Europe/Berlin', p)).toBe('2026-10-25 02:30:00 CET +0100');
  });

  it('follows DST transitions (America/Los_Angeles)', () => {
    expect(fmt('2026-03-08T09:59:00Z', 'America/Los_Angeles', 'HH:mm z')).toBe('01:59 PST');
    expect(fmt('2026-03-08T10:00:00Z', 'America/Los_Angeles', 'HH:mm z')).toBe('03:00 PDT');
  });

  it('crosses the date line in the zone, not in UTC', () => {
    expect(fmt('2026-01-01T03:00:00Z', 'America/Chicago', 'yyyy-MM-dd')).toBe('2025-12-31');
    expect(fmt('2025-12-31T20:00:00Z', 'Pacific/Auckland', 'yyyy-MM-dd HH')).toBe('2026-01-01 09');
  });

  it('supports the other pattern letters', () => {
    const t = '2026-07-15T00:05:06.007Z';
    expect(fmt(t, 'Etc/UTC', 'G D F u k K h a S SSS')).toBe('AD 196 3 3 24 0 12 AM 7 007');
    expect(fmt('2026-07-15T13:00:00Z', 'Etc/UTC', 'K h a')).toBe('1 1 PM');
    expect(fmt(t, 'Etc/UTC', "'quoted ''text''' ''")).toBe("quoted 'text' '");
  });

  it('numbers weeks the US way (Sunday first; the week of Jan 1 is week 1)', () => {
    expect(fmt('2026-12-26T12:00:00Z', 'Etc/UTC', 'w YYYY')).toBe('52 2026');
    expect(fmt('2026-12-31T12:00:00Z', 'Etc/UTC', 'w YYYY yyyy')).toBe('1 2027 2026');
    expect(fmt('2026-01-01T12:00:00Z', 'Etc/UTC', 'ww W')).toBe('01 1');
    expect(fmt('2026-07-15T12:00:00Z', 'Etc/UTC', 'W')).toBe('3');
  });

  it('accepts GMT+hh:mm ids and, like Java, treats unknown ids as GMT', () => {
    expect(fmt('2026-07-15T09:00:00Z', 'GMT+2', 'HH:mm z Z')).toBe('11:00 GMT+02:00 +0200');
    expect(fmt('2026-07-15T09:00:00Z', 'GMT-03:30', 'HH:mm XXX')).toBe('05:30 -03:30');
    expect(fmt('2026-07-15T09:00:00Z', 'Mars/Olympus', 'HH:mm Z')).toBe('09:00 +0000');
  });

  it('throws Java’s message for an unquoted pattern letter', () => {
    const err = thrown(() => fmt('2026-07-15T09:00:00Z', 'Etc/UTC', 'yyyy-MM-ddTHH:mm'));
    expect(err.message).toBe("Illegal pattern character 'T'");
  });

  it('accepts dates from another realm (the vm context)', async () => {
    const vm = await import('node:vm');
    const d = vm.runInNewContext('new Date(Date.UTC(2026, 6, 15, 9))') as Date;
    expect(Utilities.formatDate(d, 'Europe/Berlin', 'HH:mm')).toBe('11:00');
  });
});

describe('Utilities.parseDate', () => {
  it('reads a date in a time zone and back', () => {
    const d = Utilities.parseDate('2026-03-05 14:22', 'Europe/Berlin', 'yyyy-MM-dd HH:mm');
    expect(d.toISOString()).toBe('2026-03-05T13:22:00.000Z');
    const summer = Utilities.parseDate(
      '15 Jul 2026 9:05 PM',
      'America/New_York',
      'd MMM yyyy h:mm a',
    );
    expect(summer.toISOString()).toBe('2026-07-16T01:05:00.000Z');
    const offset = Utilities.parseDate(
      '2026-07-15T11:00:00+02:00',
      'Etc/UTC',
      "yyyy-MM-dd'T'HH:mm:ssXXX",
    );
    expect(offset.toISOString()).toBe('2026-07-15T09:00:00.000Z');
  });

  it('throws Java’s message for text that does not match', () => {
    expect(() => Utilities.parseDate('March 5', 'Etc/UTC', 'yyyy-MM-dd')).toThrow(
      'Unparseable date: "March 5"',
    );
  });
});
