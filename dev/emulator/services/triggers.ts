/**
 * Installable triggers as data, with the rules Google applies to editor
 * add-ons: one trigger of each event type per user per document, time-driven
 * triggers at most once an hour, triggers only for the add-on's own document,
 * and at most 20 triggers per user per script.
 */
import type { TriggerInfo } from '../contract';

export type TriggerEventName = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
export type TriggerSourceName = 'CLOCK' | 'SPREADSHEETS';

export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  onWeekDay?: string;
  onMonthDay?: number;
  atHour?: number;
  nearMinute?: number;
  /** One-off triggers: epoch ms. */
  at?: number;
  after?: number;
  timeZone?: string;
}

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: TriggerEventName;
  source: TriggerSourceName;
  /** Spreadsheet id for spreadsheet triggers; '' for clock triggers. */
  sourceId: string;
  /** The document the add-on created it in (add-on triggers belong to one document). */
  documentId: string;
  userEmail: string;
  schedule?: ClockSchedule;
  /** Epoch ms of creation (anchors recurring schedules). */
  createdAt: number;
  /** Epoch ms of the last run the emulator fired (time-driven only). */
  lastRun?: number;
}

export const MAX_TRIGGERS_PER_USER = 20;

export const TRIGGER_MESSAGES = {
  tooMany:
    'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  /** Google's text for a second time-driven trigger of an add-on in one document. */
  addonDuplicate: (kind: string) =>
    `This add-on has created too many ${kind} triggers in this document for this Google user account.`,
  /** Wording not verified against Google (the rule is documented, its message is not). */
  addonTooFrequent: 'Add-ons can only create time-based triggers that run at most once per hour.',
  addonOtherDocument: 'Add-ons can only create triggers for the document in which they are used.',
  everyMinutes: 'The value passed to everyMinutes must be 1, 5, 10, 15 or 30.',
  noSchedule:
    'A time-based trigger needs a schedule: call everyHours, everyDays, onMonthDay, at or after.',
  noEvent: 'A spreadsheet trigger needs an event: call onOpen, onEdit, onChange or onFormSubmit.',
} as const;

/** Google's wording names a trigger type in the duplicate message (`time-based`, …). */
const KIND: Record<TriggerEventName, string> = {
  CLOCK: 'time-based',
  ON_OPEN: 'open',
  ON_EDIT: 'edit',
  ON_CHANGE: 'change',
  ON_FORM_SUBMIT: 'form submit',
};

export class TriggerState {
  private readonly triggers: TriggerRecord[] = [];
  private seq = 0;

  constructor(readonly addon: boolean) {}

  /** Validates Google's limits, then stores the trigger; returns the error message or the record. */
  add(t: Omit<TriggerRecord, 'id'>): TriggerRecord | string {
    const mine = this.triggers.filter((x) => x.userEmail === t.userEmail);
    if (mine.length >= MAX_TRIGGERS_PER_USER) return TRIGGER_MESSAGES.tooMany;
    if (this.addon) {
      if (t.source === 'SPREADSHEETS' && t.sourceId !== t.documentId) {
        return TRIGGER_MESSAGES.addonOtherDocument;
      }
      if (t.schedule?.everyMinutes !== undefined) return TRIGGER_MESSAGES.addonTooFrequent;
      const sameType = mine.some(
        (x) => x.documentId === t.documentId && x.eventType === t.eventType,
      );
      if (sameType) return TRIGGER_MESSAGES.addonDuplicate(KIND[t.eventType]);
    }
    this.seq += 1;
    // Google's ids are long decimal strings; these are deterministic for tests.
    const rec = { ...t, id: String(7_000_000_000_000_000 + this.seq * 7919) };
    this.triggers.push(rec);
    return rec;
  }

  remove(id: string): boolean {
    const i = this.triggers.findIndex((t) => t.id === id);
    if (i < 0) return false;
    this.triggers.splice(i, 1);
    return true;
  }

  all(): readonly TriggerRecord[] {
    return this.triggers;
  }

  forUser(email: string): TriggerRecord[] {
    return this.triggers.filter((t) => t.userEmail === email);
  }

  /** The contract's view, for EmulatorApi.listTriggers(). */
  list(): TriggerInfo[] {
    return this.triggers.map((t) => {
      const info: TriggerInfo = {
        id: t.id,
        handler: t.handler,
        user: t.userEmail,
        eventType: t.eventType,
      };
      if (t.schedule) {
        const { everyDays, everyHours, onMonthDay, atHour } = t.schedule;
        const schedule: NonNullable<TriggerInfo['schedule']> = {};
        if (everyDays !== undefined) schedule.everyDays = everyDays;
        if (everyHours !== undefined) schedule.everyHours = everyHours;
        if (onMonthDay !== undefined) schedule.onMonthDay = onMonthDay;
        if (atHour !== undefined) schedule.atHour = atHour;
        info.schedule = schedule;
      }
      return info;
    });
  }
}
