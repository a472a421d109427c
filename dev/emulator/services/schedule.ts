/**
 * When a time-driven trigger runs, as instants (epoch ms). Google runs them
 * "near" the time (atHour: within the hour; nearMinute: ±15 minutes —
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder);
 * the emulator runs them exactly at hour:nearMinute (default :00) in the
 * trigger's time zone (inTimezone, else the script's), so tests are
 * deterministic. Recurring schedules start after the trigger was created.
 */
import { msToSerial, serialParts, serialToMs, wallSerial } from '../tz';
import type { ClockSchedule } from './triggers';

const HOUR = 3_600_000;
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

/** At most this many runs are reported per trigger per call (an hourly trigger over years). */
export const MAX_RUNS_PER_CALL = 1000;

function localMs(y: number, m: number, d: number, h: number, min: number, tz: string): number {
  return serialToMs(wallSerial(y, m, d, h, min), tz);
}

/**
 * Instants in (after, until] at which the schedule fires. `createdAt` anchors
 * everyHours / everyDays / everyWeeks; `tz` is the wall-clock zone.
 */
export function runsBetween(
  s: ClockSchedule,
  createdAt: number,
  after: number,
  until: number,
  scriptTz: string,
): number[] {
  const tz = s.timeZone ?? scriptTz;
  const out: number[] = [];
  const push = (t: number): boolean => {
    if (t > after && t <= until) out.push(t);
    return out.length < MAX_RUNS_PER_CALL && t <= until;
  };
  if (s.at !== undefined) {
    push(s.at);
    return out;
  }
  if (s.after !== undefined) {
    push(createdAt + s.after);
    return out;
  }
  if (s.everyHours !== undefined) {
    for (let t = createdAt + s.everyHours * HOUR; push(t); t += s.everyHours * HOUR);
    return out;
  }
  const created = serialParts(msToSerial(createdAt, tz));
  const hour = s.atHour ?? created.hour;
  const minute = s.nearMinute ?? 0;
  if (s.onMonthDay !== undefined) {
    for (let k = 0; ; k++) {
      const y = created.year + Math.floor((created.month - 1 + k) / 12);
      const m = ((created.month - 1 + k) % 12) + 1;
      const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
      // A month without that day has no run (Google's behaviour is not documented).
      if (s.onMonthDay > days) continue;
      if (!push(localMs(y, m, s.onMonthDay, hour, minute, tz))) break;
    }
    return out;
  }
  const stepDays = s.everyDays ?? 7 * (s.everyWeeks ?? 1);
  let day = { y: created.year, m: created.month, d: created.day };
  if (s.onWeekDay !== undefined) {
    const want = WEEKDAYS.indexOf(s.onWeekDay);
    const shift = (want - created.weekday + 7) % 7;
    day = { ...day, d: day.d + shift };
  }
  for (let k = 0; ; k++) {
    const date = new Date(Date.UTC(day.y, day.m - 1, day.d + k * stepDays));
    const t = localMs(
      date.getUTCFullYear(),
      date.getUTCMonth() + 1,
      date.getUTCDate(),
      hour,
      minute,
      tz,
    );
    if (t <= createdAt) continue;
    if (!push(t)) break;
  }
  return out;
}
