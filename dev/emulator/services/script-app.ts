/**
 * ScriptApp: enums, authorization info, and installable triggers built with
 * Google's builder chain (newTrigger → timeBased / forSpreadsheet → create).
 * The services know nothing of spreadsheets: forSpreadsheet accepts anything
 * with getId(), or an id string.
 */
import type {
  GClockTriggerBuilder,
  GEventType,
  GScriptApp,
  GSpreadsheetTriggerBuilder,
  GTrigger,
  GTriggerBuilder,
  GTriggerSource,
} from '../../../src/gas/surface';
import { type AuthContext, requireAuth, SCOPES } from './auth';
import { declared, makeEnum } from './enums';
import { gasError } from './realm';
import {
  type ClockSchedule,
  TRIGGER_MESSAGES,
  type TriggerEventName,
  type TriggerRecord,
  type TriggerState,
} from './triggers';

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const AuthorizationStatus = makeEnum(['REQUIRED', 'NOT_REQUIRED']);
export const EventType = makeEnum([
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
]);
export const InstallationSource = makeEnum([
  'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  'NONE',
  'WEB_STORE_ADD_ON',
]);
export const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
export const WeekDay = makeEnum([
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
]);

export interface ScriptAppContext extends AuthContext {
  triggers: TriggerState;
  userEmail: () => string;
  /** Id of the document the add-on runs in. */
  documentId: () => string;
  scriptId: string;
  /** The emulator clock (epoch ms), for trigger creation times. */
  now: () => number;
  /** When true, getAuthorizationInfo reports that the user must (re)authorize. */
  authorizationRequired?: () => boolean;
}

export class TriggerImpl implements GTrigger {
  constructor(readonly record: TriggerRecord) {}

  getHandlerFunction(): string {
    return this.record.handler;
  }
  getUniqueId(): string {
    return this.record.id;
  }
  getEventType(): GEventType {
    return declared<GEventType>(EventType[this.record.eventType]);
  }
  getTriggerSource(): GTriggerSource {
    return declared<GTriggerSource>(TriggerSource[this.record.source]);
  }
  getTriggerSourceId(): string {
    return this.record.sourceId;
  }
}

function create(ctx: ScriptAppContext, rec: Omit<TriggerRecord, 'id'>): TriggerImpl {
  const result = ctx.triggers.add(rec);
  if (typeof result === 'string') throw gasError(ctx.realm, result);
  return new TriggerImpl(result);
}

function integer(
  ctx: ScriptAppContext,
  name: string,
  v: unknown,
  min: number,
  max: number,
): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw gasError(ctx.realm, `Invalid argument: ${name}`);
  }
  return n;
}

export class ClockTriggerBuilderImpl implements GClockTriggerBuilder {
  private readonly schedule: ClockSchedule = {};

  constructor(
    private readonly ctx: ScriptAppContext,
    private readonly handler: string,
  ) {}

  after(durationMilliseconds: number): this {
    this.schedule.after = integer(
      this.ctx,
      'durationMilliseconds',
      durationMilliseconds,
      0,
      Number.MAX_SAFE_INTEGER,
    );
    return this;
  }
  at(date: Date): this {
    this.schedule.at = new Date(date.getTime()).getTime();
    return this;
  }
  atDate(year: number, month: number, day: number): this {
    this.schedule.at = Date.UTC(year, month - 1, day);
    return this;
  }
  atHour(hour: number): this {
    this.schedule.atHour = integer(this.ctx, 'hour', hour, 0, 23);
    return this;
  }
  nearMinute(minute: number): this {
    this.schedule.nearMinute = integer(this.ctx, 'minute', minute, 0, 59);
    return this;
  }
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(Number(n)))
      throw gasError(this.ctx.realm, TRIGGER_MESSAGES.everyMinutes);
    this.schedule.everyMinutes = Number(n);
    return this;
  }
  everyHours(n: number): this {
    this.schedule.everyHours = integer(this.ctx, 'n', n, 1, 24 * 366);
    return this;
  }
  everyDays(n: number): this {
    this.schedule.everyDays = integer(this.ctx, 'n', n, 1, 366);
    return this;
  }
  everyWeeks(n: number): this {
    this.schedule.everyWeeks = integer(this.ctx, 'n', n, 1, 53);
    return this;
  }
  onWeekDay(day: unknown): this {
    this.schedule.onWeekDay = String(day);
    return this;
  }
  onMonthDay(day: number): this {
    this.schedule.onMonthDay = integer(this.ctx, 'day', day, 1, 31);
    return this;
  }
  inTimezone(timezone: string): this {
    this.schedule.timeZone = String(timezone);
    return this;
  }
  create(): TriggerImpl {
    const s = this.schedule;
    const recurring =
      s.everyMinutes ?? s.everyHours ?? s.everyDays ?? s.everyWeeks ?? s.onWeekDay ?? s.onMonthDay;
    if (recurring === undefined && s.at === undefined && s.after === undefined) {
      throw gasError(this.ctx.realm, TRIGGER_MESSAGES.noSchedule);
    }
    return create(this.ctx, {
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: '',
      documentId: this.ctx.documentId(),
      userEmail: this.ctx.userEmail(),
      schedule: { ...s },
      createdAt: this.ctx.now(),
    });
  }
}

export class SpreadsheetTriggerBuilderImpl implements GSpreadsheetTriggerBuilder {
  private event: TriggerEventName | undefined;

  constructor(
    private readonly ctx: ScriptAppContext,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {}

  onOpen(): this {
    this.event = 'ON_OPEN';
    return this;
  }
  onEdit(): this {
    this.event = 'ON_EDIT';
    return this;
  }
  onChange(): this {
    this.event = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): this {
    this.event = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): TriggerImpl {
    if (!this.event) throw gasError(this.ctx.realm, TRIGGER_MESSAGES.noEvent);
    return create(this.ctx, {
      handler: this.handler,
      eventType: this.event,
      source: 'SPREADSHEETS',
      sourceId: this.sourceId,
      documentId: this.ctx.documentId(),
      userEmail: this.ctx.userEmail(),
      createdAt: this.ctx.now(),
    });
  }
}

function documentIdOf(doc: unknown): string {
  if (typeof doc === 'string') return doc;
  if (doc && typeof doc === 'object' && 'getId' in doc && typeof doc.getId === 'function') {
    return String(doc.getId());
  }
  return '';
}

export class TriggerBuilderImpl implements GTriggerBuilder {
  constructor(
    private readonly ctx: ScriptAppContext,
    private readonly handler: string,
  ) {}

  timeBased(): ClockTriggerBuilderImpl {
    return new ClockTriggerBuilderImpl(this.ctx, this.handler);
  }

  forSpreadsheet(sheet: unknown): SpreadsheetTriggerBuilderImpl {
    return new SpreadsheetTriggerBuilderImpl(this.ctx, this.handler, documentIdOf(sheet));
  }

  forDocument(_doc: unknown): never {
    throw gasError(
      this.ctx.realm,
      'Add-ons can only create triggers for the document in which they are used.',
    );
  }

  forForm(_form: unknown): never {
    throw gasError(
      this.ctx.realm,
      'Add-ons can only create triggers for the document in which they are used.',
    );
  }

  forUserCalendar(_emailId: string): never {
    throw gasError(this.ctx.realm, 'Calendar triggers are not emulated.');
  }
}

class AuthorizationInfoImpl {
  constructor(private readonly required: boolean) {}
  getAuthorizationStatus(): (typeof AuthorizationStatus)[keyof typeof AuthorizationStatus] {
    return this.required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
  }
  getAuthorizationUrl(): string | null {
    return this.required ? 'https://script.google.com/macros/d/emulator/authorize' : null;
  }
  getAuthorizedScopes(): string[] {
    return [];
  }
}

const TRIGGER_DENY = ['NONE', 'CUSTOM_FUNCTION'] as const;

type S = typeof GoogleAppsScript.Script;

export class ScriptAppImpl implements GScriptApp {
  readonly AuthMode = declared<S['AuthMode']>(AuthMode);
  readonly AuthorizationStatus = declared<S['AuthorizationStatus']>(AuthorizationStatus);
  readonly EventType = declared<S['EventType']>(EventType);
  readonly InstallationSource = declared<S['InstallationSource']>(InstallationSource);
  readonly TriggerSource = declared<S['TriggerSource']>(TriggerSource);
  readonly WeekDay = declared<typeof GoogleAppsScript.Base.Weekday>(WeekDay);

  constructor(private readonly ctx: ScriptAppContext) {}

  private guard(method: string): void {
    requireAuth(this.ctx, `ScriptApp.${method}`, { scope: SCOPES.scriptApp, deny: TRIGGER_DENY });
  }

  newTrigger(functionName: string): TriggerBuilderImpl {
    this.guard('newTrigger');
    return new TriggerBuilderImpl(this.ctx, String(functionName));
  }

  getProjectTriggers(): TriggerImpl[] {
    this.guard('getProjectTriggers');
    return this.ctx.triggers.forUser(this.ctx.userEmail()).map((t) => new TriggerImpl(t));
  }

  getUserTriggers(document: unknown): TriggerImpl[] {
    this.guard('getUserTriggers');
    const id = documentIdOf(document);
    return this.ctx.triggers
      .forUser(this.ctx.userEmail())
      .filter((t) => t.documentId === id)
      .map((t) => new TriggerImpl(t));
  }

  deleteTrigger(trigger: unknown): void {
    this.guard('deleteTrigger');
    if (trigger && typeof trigger === 'object' && 'getUniqueId' in trigger) {
      const id = String((trigger as TriggerImpl).getUniqueId());
      const own = this.ctx.triggers.forUser(this.ctx.userEmail()).some((t) => t.id === id);
      if (own) this.ctx.triggers.remove(id);
    }
  }

  getAuthorizationInfo(_authMode: unknown): AuthorizationInfoImpl {
    return new AuthorizationInfoImpl(this.ctx.authorizationRequired?.() ?? false);
  }

  getInstallationSource(): (typeof InstallationSource)[keyof typeof InstallationSource] {
    return InstallationSource.NONE;
  }

  getOAuthToken(): string {
    return 'ya29.emulator-token';
  }

  getIdentityToken(): string {
    return '';
  }

  getScriptId(): string {
    return this.ctx.scriptId;
  }

  getService(): { getUrl(): string; isEnabled(): boolean } {
    return { getUrl: () => '', isEnabled: () => false };
  }

  invalidateAuth(): void {}

  requireAllScopes(_authMode: unknown): void {}

  requireScopes(_authMode: unknown, _scopes: string[]): void {}
}
